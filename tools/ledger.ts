import type { ServerConnection } from '../shared/db/connection.js';
import { departmentDatabaseName } from '../shared/db/names.js';
import { openDepartmentDatabase } from '../shared/db/orm.js';
import { DEPARTMENT_SERVICES } from '../shared/departments.js';
import type { Logger } from '../shared/logger.js';
import { civilAffairsEntities } from '../subgraphs/civil-affairs/entities/index.js';
import { catchUp, databaseSource } from '../subgraphs/civil-affairs/ledger/consumer.js';
import { civilAffairsMigrations } from '../subgraphs/civil-affairs/migrations/index.js';

// Bringing the benefit ledger up to every department's outbox, for whoever prepares databases
// that hubs start from ready-made (the test templates): a hub started on them finds its ledger
// where its consumer would have brought it, instead of catching up while it is already asked.

/** Applies every department's outbox to the ledger; returns how many snapshots were applied. */
export async function catchUpLedger(options: {
  server: ServerConnection;
  databasePrefix: string;
  logger: Logger;
}): Promise<number> {
  const { server, databasePrefix, logger } = options;
  const civilAffairs = await openDepartmentDatabase({
    server,
    database: departmentDatabaseName(databasePrefix, 'civil-affairs'),
    entities: civilAffairsEntities,
    migrations: civilAffairsMigrations,
    logger,
    poolMax: 2,
  });
  const sources = DEPARTMENT_SERVICES.map((service) =>
    databaseSource(server, service, departmentDatabaseName(databasePrefix, service)),
  );
  try {
    return await catchUp(() => civilAffairs.orm.em.fork(), sources);
  } finally {
    await Promise.all(sources.map((source) => source.close()));
    await civilAffairs.close();
  }
}
