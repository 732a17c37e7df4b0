import type { CryptoKey } from 'jose';
import type { DepartmentService } from '../shared/config.js';
import type { ServerConnection } from '../shared/db/connection.js';
import type { DepartmentDatabase } from '../shared/db/orm.js';
import type { Logger } from '../shared/logger.js';
import { createCivilAffairsSubgraph } from './civil-affairs/index.js';
import { buildCivilAffairsSchema } from './civil-affairs/schema.js';

/** What starting any department subgraph takes. */
export interface SubgraphStartOptions {
  server: ServerConnection;
  database: string;
  host: string;
  port: number;
  logger: Logger;
  demo: boolean;
  exposeInternals: boolean;
  poolMax?: number;
  verifyingKeys: CryptoKey[];
}

export interface RunningSubgraph {
  url: string;
  database: DepartmentDatabase;
  stop(): Promise<void>;
}

/** A department subgraph as the hub assembles it: its schema for composition and its factory. */
export interface SubgraphModule {
  name: DepartmentService;
  typeDefs(): Promise<string>;
  start(options: SubgraphStartOptions): Promise<RunningSubgraph>;
}

/** The department subgraphs of the hub, in port order. */
export const SUBGRAPHS: SubgraphModule[] = [
  {
    name: 'civil-affairs',
    typeDefs: async () => (await buildCivilAffairsSchema()).typeDefs,
    start: createCivilAffairsSubgraph,
  },
];
