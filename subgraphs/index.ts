import type { SubgraphModule } from '../shared/subgraph.js';
import { charity } from './charity/index.js';
import { civilAffairs } from './civil-affairs/index.js';
import { disabilityFederation } from './disabled-persons-federation/index.js';
import { tradeUnion } from './trade-union/index.js';
import { womenFederation } from './women-federation/index.js';
import { youthLeague } from './youth-league/index.js';

export type { RunningSubgraph, SubgraphModule, SubgraphOptions } from '../shared/subgraph.js';

/** The department subgraphs of the hub, in the order of their ports. */
export const SUBGRAPHS: SubgraphModule[] = [
  civilAffairs,
  tradeUnion,
  youthLeague,
  womenFederation,
  disabilityFederation,
  charity,
];
