import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import pg from 'pg';
import { loadConfig } from '../../shared/config.js';
import { departmentDatabaseName } from '../../shared/db/names.js';
import { createLogger } from '../../shared/logger.js';
import { MAX_SCALE, SCALE_PROVINCE } from '../scale/generate.js';
import { answerHelp, usageError } from './usage.js';

// `npm run demo -- --scale N [--replace]`: grows the civil-affairs register with a synthetic
// province for load tests (N = 10: 5,000 stations, 200,000 people, 1,000,000 service records).

const USAGE = `usage: npm run demo -- --scale N [--replace]   (N from 1 to ${MAX_SCALE}; ${MAX_SCALE} is a whole province)\n`;
answerHelp(USAGE);
let values;
try {
  ({ values } = parseArgs({
    options: { scale: { type: 'string' }, replace: { type: 'boolean', default: false } },
  }));
} catch (error) {
  usageError((error as Error).message, USAGE);
}
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE)
  usageError('--scale N is required', USAGE);

// What the command runs is loaded once its arguments are read: `--help` answers at once.
const [
  { operatorServer },
  { loadScale, scaleLoaded },
  { loadDepartmentsScale },
  { DEMO_SLICES },
  { SUBGRAPHS },
] = await Promise.all([
  import('../operator.js'),
  import('../scale/load.js'),
  import('../scale/departments.js'),
  import('../demo-slices.js'),
  import('../../subgraphs/index.js'),
]);

const config = loadConfig();
const logger = createLogger('demo');
// Shares the embedded server of a running hub rather than starting a second one on its data.
const { server, release } = await operatorServer(config, logger);

for (const module of SUBGRAPHS) {
  const name = departmentDatabaseName(config.DATABASE_NAME_PREFIX, module.name);
  await module.prepare({
    server,
    database: name,
    logger,
    ...(config.DEMO_DATA === 'auto' ? { demo: DEMO_SLICES[module.name] } : {}),
  });
}
const database = departmentDatabaseName(config.DATABASE_NAME_PREFIX, 'civil-affairs');
const client = new pg.Client({ ...server, database });
await client.connect();
try {
  if ((await scaleLoaded(client)) && !values.replace) {
    process.stderr.write(
      `The province ${SCALE_PROVINCE.code} is already loaded; add --replace to build it again.\n`,
    );
    process.exitCode = 2;
  } else {
    const started = Date.now();
    const bar = new SingleBar({
      format:
        'loading {bar} {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted} | {table}',
      hideCursor: true,
    });
    let startedBar = false;
    const loaded = await loadScale(client, scale, values.replace, (done, total, table) => {
      if (!startedBar) bar.start(total, 0, { rate: 0, table });
      startedBar = true;
      const rate = Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
      bar.update(done, { rate, table });
    });
    bar.stop();
    let departmentRows = 0;
    const departments = new SingleBar({
      format: 'departments {value} rows | {table}',
      hideCursor: true,
    });
    departments.start(0, 0, { table: '' });
    await loadDepartmentsScale(
      server,
      config.DATABASE_NAME_PREFIX,
      loaded.world,
      values.replace,
      (inserted, table) => {
        departmentRows += inserted;
        departments.update(departmentRows, { table });
      },
    );
    departments.stop();
    process.stdout.write(`Other departments: ${departmentRows} rows.\n`);
    process.stdout.write(
      `Loaded scale ${scale} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${loaded.stations} stations, ${loaded.people} people, ${loaded.records} service records.\n`,
    );
  }
} finally {
  await client.end();
  await release();
}
// The embedded database's exit hook would end the process with 0, whatever the code set above.
process.exit(process.exitCode ?? 0);
