import type { DepartmentService } from '../shared/config.js';
import type { RunningSubgraph, SubgraphOptions } from '../shared/subgraph.js';
import { createCivilAffairsSubgraph } from './civil-affairs/index.js';
import { buildCivilAffairsSchema } from './civil-affairs/schema.js';
import { createDisabilitySubgraph } from './disability-federation/index.js';
import { buildDisabilitySchema } from './disability-federation/schema.js';

export type {
  RunningSubgraph,
  SubgraphOptions as SubgraphStartOptions,
} from '../shared/subgraph.js';

/** A department subgraph as the hub assembles it: its schema for composition and its factory. */
export interface SubgraphModule {
  name: DepartmentService;
  typeDefs(): Promise<string>;
  start(options: SubgraphOptions): Promise<RunningSubgraph>;
}

/** The department subgraphs of the hub, in port order. */
export const SUBGRAPHS: SubgraphModule[] = [
  {
    name: 'civil-affairs',
    typeDefs: async () => (await buildCivilAffairsSchema()).typeDefs,
    start: createCivilAffairsSubgraph,
  },
  {
    name: 'disability-federation',
    typeDefs: async () => (await buildDisabilitySchema()).typeDefs,
    start: createDisabilitySubgraph,
  },
];
