import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../shared/config.js';
import { departmentDatabases, openDepartmentDatabase } from '../../shared/db/orm.js';
import { DEPARTMENT_SERVICES } from '../../shared/departments.js';
import { createLogger } from '../../shared/logger.js';
import { civilAffairsEntities } from '../../subgraphs/civil-affairs/entities/index.js';
import {
  catchUpIndicators,
  databaseFeed,
} from '../../subgraphs/civil-affairs/indicators/consumer.js';
import { civilAffairsMigrations } from '../../subgraphs/civil-affairs/migrations/index.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { buildIndicators } from '../indicators.js';
import { operatorServer } from '../operator.js';
import { answerHelp, usageError } from './usage.js';

// `npm run indicators -- --rebuild`: empties the indicators' rollups and builds them again from
// every department's records as they stand; `--catch-up` applies only the changes waiting in the
// outboxes. A running hub's consumer waits meanwhile: the rebuild holds the checkpoints.

const USAGE = 'usage: npm run indicators -- --rebuild | --catch-up\n';
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
const logger = createLogger('indicators');
const { server, release } = await operatorServer(config, logger);
const databases = departmentDatabases(config.DATABASE_NAME_PREFIX);
try {
  // Every department's database migrated (and its triggers installed), so every table is there.
  for (const module of SUBGRAPHS) {
    await module.prepare({ server, database: databases[module.name], logger });
  }
  const started = Date.now();
  if (values.rebuild) {
    const read = await buildIndicators({
      server,
      databasePrefix: config.DATABASE_NAME_PREFIX,
      logger,
      force: true,
    });
    process.stdout.write(`rebuilt: ${read} facts read in ${Date.now() - started} ms\n`);
  } else {
    const civilAffairs = await openDepartmentDatabase({
      server,
      database: databases['civil-affairs'],
      entities: civilAffairsEntities,
      migrations: civilAffairsMigrations,
      logger,
      poolMax: 2,
    });
    const feeds = DEPARTMENT_SERVICES.map((service) =>
      databaseFeed(server, service, databases[service]),
    );
    try {
      const applied = await catchUpIndicators(() => civilAffairs.orm.em.fork(), feeds);
      process.stdout.write(`caught up: ${applied} changes applied in ${Date.now() - started} ms\n`);
    } finally {
      await Promise.all(feeds.map((feed) => feed.close()));
      await civilAffairs.close();
    }
  }
} finally {
  await release();
}
