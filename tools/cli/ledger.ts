import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../shared/config.js';
import { departmentDatabases, openDepartmentDatabase } from '../../shared/db/orm.js';
import { DEPARTMENT_SERVICES } from '../../shared/departments.js';
import { createLogger } from '../../shared/logger.js';
import { civilAffairsEntities } from '../../subgraphs/civil-affairs/entities/index.js';
import {
  catchUp,
  databaseSource,
  rebuildLedger,
} from '../../subgraphs/civil-affairs/ledger/consumer.js';
import { civilAffairsMigrations } from '../../subgraphs/civil-affairs/migrations/index.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { operatorServer } from '../operator.js';
import { answerHelp, usageError } from './usage.js';

// `npm run ledger -- --rebuild`: empties the benefit ledger's read model and builds it again from
// every department's outbox; `--catch-up` applies only what is new. A running hub's consumer may
// go on meanwhile: checkpoints are locked per department, so the two never apply one batch twice.

const USAGE = 'usage: npm run ledger -- --rebuild | --catch-up\n';
answerHelp(USAGE);
let values;
try {
  ({ values } = parseArgs({
    options: {
      rebuild: { type: 'boolean', default: false },
      'catch-up': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  usageError((error as Error).message, USAGE);
}
if (values.rebuild === values['catch-up']) usageError('say --rebuild or --catch-up', USAGE);

const config = loadConfig();
const logger = createLogger('ledger');
const { server, release } = await operatorServer(config, logger);
const databases = departmentDatabases(config.DATABASE_NAME_PREFIX);
// Every department's database migrated, so that every outbox is there to read.
for (const module of SUBGRAPHS) {
  await module.prepare({ server, database: databases[module.name], logger });
}
const civilAffairs = await openDepartmentDatabase({
  server,
  database: databases['civil-affairs'],
  entities: civilAffairsEntities,
  migrations: civilAffairsMigrations,
  logger,
  poolMax: 2,
});
const sources = DEPARTMENT_SERVICES.map((service) =>
  databaseSource(server, service, databases[service]),
);
try {
  const started = Date.now();
  const fork = () => civilAffairs.orm.em.fork();
  const applied = values.rebuild
    ? await rebuildLedger(fork, sources)
    : await catchUp(fork, sources);
  process.stdout.write(
    `${values.rebuild ? 'rebuilt' : 'caught up'}: ${applied} benefit snapshots applied in ${Date.now() - started} ms\n`,
  );
} finally {
  await Promise.all(sources.map((source) => source.close()));
  await civilAffairs.close();
  await release();
}
