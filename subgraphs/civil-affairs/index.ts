import type { CryptoKey } from 'jose';
import type { ServerConnection } from '../../shared/db/connection.js';
import { openDepartmentDatabase, type DepartmentDatabase } from '../../shared/db/orm.js';
import type { Logger } from '../../shared/logger.js';
import { startSubgraphServer } from '../../shared/server.js';
import { loadCivilAffairsDemo } from './demo.js';
import { civilAffairsEntities } from './entities/index.js';
import { createCivilAffairsLoaders } from './loaders.js';
import { civilAffairsMigrations } from './migrations/index.js';
import { buildCivilAffairsSchema } from './schema.js';

export interface CivilAffairsSubgraphOptions {
  server: ServerConnection;
  database: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  logger: Logger;
  /** Load the demo world when the database holds no region yet. */
  demo: boolean;
  exposeInternals: boolean;
  poolMax?: number;
  /** The gateway's public keys: requests without a grant signed by one of them are refused. */
  verifyingKeys: CryptoKey[];
}

export interface CivilAffairsSubgraph {
  url: string;
  database: DepartmentDatabase;
  stop(): Promise<void>;
}

/**
 * Starts the civil-affairs subgraph: opens and migrates its database, loads the demo world into
 * an empty one when asked, and serves GraphQL. Nothing happens on import.
 */
export async function createCivilAffairsSubgraph(
  options: CivilAffairsSubgraphOptions,
): Promise<CivilAffairsSubgraph> {
  const logger = options.logger;
  const database = await openDepartmentDatabase({
    server: options.server,
    database: options.database,
    entities: civilAffairsEntities,
    migrations: civilAffairsMigrations,
    logger,
    ...(options.poolMax ? { poolMax: options.poolMax } : {}),
  });
  try {
    const applied = await database.migrate();
    if (applied.length) logger.info({ applied }, 'migrations applied');
    if (options.demo) await loadCivilAffairsDemo(database.orm.em.fork(), logger);
    const { schema } = await buildCivilAffairsSchema();
    const server = await startSubgraphServer({
      name: 'civil-affairs',
      schema,
      host: options.host,
      port: options.port,
      logger,
      forkEntityManager: () => database.orm.em.fork(),
      createLoaders: createCivilAffairsLoaders,
      checkHealth: async () => {
        await database.orm.em.getConnection().execute('select 1');
      },
      exposeInternals: options.exposeInternals,
      verifyingKeys: options.verifyingKeys,
    });
    return {
      url: server.url,
      database,
      async stop() {
        await server.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
