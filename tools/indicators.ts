import type { ServerConnection } from '../shared/db/connection.js';
import { openDepartmentDatabase } from '../shared/db/orm.js';
import { departmentDatabaseName } from '../shared/db/names.js';
import { rowsOf } from '../shared/db/statements.js';
import type { Logger } from '../shared/logger.js';
import type { SubgraphModule } from '../shared/subgraph.js';
import { civilAffairsEntities } from '../subgraphs/civil-affairs/entities/index.js';
import {
  databaseFacts,
  rebuildIndicators,
} from '../subgraphs/civil-affairs/indicators/consumer.js';
import { civilAffairsMigrations } from '../subgraphs/civil-affairs/migrations/index.js';
import { SUBGRAPHS } from '../subgraphs/index.js';

// Building the indicators' rollups from the departments' records, for whoever prepares the
// databases: the hub's launcher and the test templates when the rollups were never built (a world
// loaded in bulk is read once from its tables instead of replayed change by change from the
// outboxes), and `npm run indicators -- --rebuild` whenever asked.

/**
 * Rebuilds the rollups from every department's records when `force` or when they were never
 * built; returns how many facts were read, or null when nothing was done. Every department's
 * database must be migrated.
 */
export async function buildIndicators(options: {
  server: ServerConnection;
  databasePrefix: string;
  logger: Logger;
  force?: boolean;
  modules?: SubgraphModule[];
}): Promise<number | null> {
  const { server, databasePrefix, logger } = options;
  const civilAffairs = await openDepartmentDatabase({
    server,
    database: departmentDatabaseName(databasePrefix, 'civil-affairs'),
    entities: civilAffairsEntities,
    migrations: civilAffairsMigrations,
    logger,
    poolMax: 2,
  });
  const records = (options.modules ?? SUBGRAPHS).map((module) =>
    databaseFacts(server, departmentDatabaseName(databasePrefix, module.name), module.indicators),
  );
  try {
    const fork = () => civilAffairs.orm.em.fork();
    if (!options.force) {
      const [built] = await rowsOf<{ n: string }>(
        fork(),
        'select count(*)::text as n from indicator_checkpoints',
      );
      if (Number(built?.n) > 0) return null;
    }
    return await rebuildIndicators(fork, records);
  } finally {
    await Promise.all(records.map((source) => source.close()));
    await civilAffairs.close();
  }
}
