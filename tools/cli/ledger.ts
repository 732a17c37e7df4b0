import 'reflect-metadata';
import { loadConfig } from '../../shared/config.js';
import { DEPARTMENT_SERVICES } from '../../shared/departments.js';
import { createLogger } from '../../shared/logger.js';
import { rebuildOrCatchUp } from './usage.js';

// `npm run ledger -- --rebuild`: empties the benefit ledger's read model and builds it again from
// every department's outbox; `--catch-up` applies only what is new. A running hub's consumer may
// go on meanwhile: checkpoints are locked per department, so the two never apply one batch twice.

const action = rebuildOrCatchUp('usage: npm run ledger -- --rebuild | --catch-up\n');
// What the command runs is loaded once its arguments are read: `--help` answers at once.
const [{ catchUp, databaseSource, rebuildLedger }, { openReadModelDatabases }] = await Promise.all([
  import('../../subgraphs/civil-affairs/ledger/consumer.js'),
  import('../operator.js'),
]);
const config = loadConfig();
const logger = createLogger('ledger');
const { server, databases, civilAffairs, release } = await openReadModelDatabases(config, logger);
const sources = DEPARTMENT_SERVICES.map((service) =>
  databaseSource(server, service, databases[service]),
);
try {
  const started = Date.now();
  const fork = () => civilAffairs.orm.em.fork();
  const applied =
    action === 'rebuild' ? await rebuildLedger(fork, sources) : await catchUp(fork, sources);
  process.stdout.write(
    `${action === 'rebuild' ? 'rebuilt' : 'caught up'}: ${applied} benefit snapshots applied in ${Date.now() - started} ms\n`,
  );
} finally {
  await Promise.all(sources.map((source) => source.close()));
  await release();
}
