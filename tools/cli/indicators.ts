import 'reflect-metadata';
import { loadConfig } from '../../shared/config.js';
import { DEPARTMENT_SERVICES } from '../../shared/departments.js';
import { createLogger } from '../../shared/logger.js';
import { rebuildOrCatchUp } from './usage.js';

// `npm run indicators -- --rebuild`: empties the indicators' rollups and builds them again from
// every department's records as they stand; `--catch-up` applies only the changes waiting in the
// outboxes. A running hub's consumer waits meanwhile: the rebuild holds the checkpoints.

const action = rebuildOrCatchUp('usage: npm run indicators -- --rebuild | --catch-up\n');
// What the command runs is loaded once its arguments are read: `--help` answers at once.
const [{ catchUpIndicators, databaseFeed }, { buildIndicators }, { openReadModelDatabases }] =
  await Promise.all([
    import('../../subgraphs/civil-affairs/indicators/consumer.js'),
    import('../indicators.js'),
    import('../operator.js'),
  ]);
const config = loadConfig();
const logger = createLogger('indicators');
const { server, databases, civilAffairs, release } = await openReadModelDatabases(config, logger);
const feeds = DEPARTMENT_SERVICES.map((service) =>
  databaseFeed(server, service, databases[service]),
);
try {
  const started = Date.now();
  if (action === 'rebuild') {
    const read = await buildIndicators({
      server,
      databasePrefix: config.DATABASE_NAME_PREFIX,
      logger,
      force: true,
    });
    process.stdout.write(`rebuilt: ${read} facts read in ${Date.now() - started} ms\n`);
  } else {
    const applied = await catchUpIndicators(() => civilAffairs.orm.em.fork(), feeds);
    process.stdout.write(`caught up: ${applied} changes applied in ${Date.now() - started} ms\n`);
  }
} finally {
  await Promise.all(feeds.map((feed) => feed.close()));
  await release();
}
