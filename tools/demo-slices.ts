import type { DepartmentService } from '../shared/config.js';
import type { DemoLoader } from '../shared/subgraph.js';
import { loadDemo as charity } from '../subgraphs/charity/demo.js';
import { loadDemo as civilAffairs } from '../subgraphs/civil-affairs/demo.js';
import { loadDemo as disabilityFederation } from '../subgraphs/disabled-persons-federation/demo.js';
import { loadDemo as tradeUnion } from '../subgraphs/trade-union/demo.js';
import { loadDemo as womenFederation } from '../subgraphs/women-federation/demo.js';
import { loadDemo as youthLeague } from '../subgraphs/youth-league/demo.js';

/** Each department's slice of the demo world, which the launchers hand to the subgraphs they start. */
export const DEMO_SLICES: Record<DepartmentService, DemoLoader> = {
  'civil-affairs': civilAffairs,
  'trade-union': tradeUnion,
  'youth-league': youthLeague,
  'women-federation': womenFederation,
  'disabled-persons-federation': disabilityFederation,
  charity,
};
