import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import pg from 'pg';
import { loadConfig } from '../../shared/config.js';
import { parseDatabaseUrl, type ServerConnection } from '../../shared/db/connection.js';
import { startEmbeddedPostgres } from '../../shared/db/embedded.js';
import { departmentDatabaseName } from '../../shared/db/orm.js';
import { createLogger } from '../../shared/logger.js';
import { bulkInsert, type BulkColumn } from '../../shared/scale/bulk.js';
import { generateScaleWorld, MAX_SCALE, SCALE_PROVINCE } from '../../shared/scale/generate.js';
import { civilAffairs } from '../../subgraphs/civil-affairs/index.js';

// `npm run demo -- --scale N [--replace]`: grows the civil-affairs register with a synthetic
// province for load tests (N = 10: 5,000 stations, 200,000 people, 1,000,000 service records).

const { values } = parseArgs({
  options: { scale: { type: 'string' }, replace: { type: 'boolean', default: false } },
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
  process.stderr.write(
    `usage: npm run demo -- --scale N [--replace]   (N from 1 to ${MAX_SCALE}; ${MAX_SCALE} is a whole province)\n`,
  );
  process.exit(2);
}

const config = loadConfig();
const logger = createLogger('demo');
let server: ServerConnection;
let stopEmbedded = async () => undefined as void;
if (config.DATABASE_URL) {
  server = parseDatabaseUrl(config.DATABASE_URL);
} else {
  const embedded = await startEmbeddedPostgres({
    dataDir: config.DATA_DIR,
    port: config.EMBEDDED_POSTGRES_PORT,
    logger,
  });
  server = embedded.connection;
  stopEmbedded = () => embedded.stop();
}

const database = departmentDatabaseName(config.DATABASE_NAME_PREFIX, 'civil-affairs');
await civilAffairs.prepare({ server, database, logger, demo: config.DEMO_DATA === 'auto' });
const client = new pg.Client({ ...server, database });
await client.connect();
const started = Date.now();
try {
  const present = await client.query('SELECT 1 FROM regions WHERE code = $1', [
    SCALE_PROVINCE.code,
  ]);
  if (present.rowCount && !values.replace) {
    process.stderr.write(
      `The province ${SCALE_PROVINCE.code} is already loaded; add --replace to build it again.\n`,
    );
    process.exitCode = 2;
  } else {
    process.stdout.write(`Generating scale ${scale}…\n`);
    const world = generateScaleWorld(scale);
    const tables: Array<[string, BulkColumn[], unknown[][]]> = [
      [
        'regions',
        [
          ['code', 'varchar'],
          ['name', 'varchar'],
          ['level', 'text'],
          ['parent_code', 'varchar'],
        ],
        world.regions,
      ],
      [
        'agencies',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['credit_code', 'varchar'],
          ['region_code', 'varchar'],
        ],
        world.agencies,
      ],
      [
        'stations',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['level', 'text'],
          ['status', 'text'],
          ['region_code', 'varchar'],
          ['parent_id', 'uuid'],
          ['operator_id', 'uuid'],
          ['opened_on', 'date'],
        ],
        world.stations,
      ],
      [
        'social_workers',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['region_code', 'varchar'],
          ['station_id', 'uuid'],
          ['agency_id', 'uuid'],
          ['employment', 'text'],
          ['certification', 'text'],
        ],
        world.workers,
      ],
      [
        'people',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['identity_number', 'varchar'],
          ['sex', 'text'],
          ['birth_date', 'date'],
          ['region_code', 'varchar'],
          ['categories', 'text', 'text[]'],
        ],
        world.people.map((row) => [...row.slice(0, 6), `{${row[6].join(',')}}`]),
      ],
      [
        'service_projects',
        [
          ['id', 'uuid'],
          ['name', 'varchar'],
          ['lead_department', 'text'],
          ['agency_id', 'uuid'],
          ['region_code', 'varchar'],
          ['service_areas', 'text', 'text[]'],
          ['target_groups', 'text', 'text[]'],
          ['starts_on', 'date'],
          ['ends_on', 'date'],
          ['contract_amount_fen', 'bigint'],
          ['status', 'text'],
        ],
        world.projects.map((row) => [
          ...row.slice(0, 5),
          `{${(row[5] as string[]).join(',')}}`,
          `{${(row[6] as string[]).join(',')}}`,
          ...row.slice(7),
        ]),
      ],
      [
        'project_stations',
        [
          ['project_id', 'uuid'],
          ['station_id', 'uuid'],
        ],
        world.projectStations,
      ],
      [
        'service_records',
        [
          ['id', 'uuid'],
          ['method', 'text'],
          ['station_id', 'uuid'],
          ['project_id', 'uuid'],
          ['region_code', 'varchar'],
          ['served_on', 'date'],
          ['duration_minutes', 'int4'],
          ['person_times', 'int4'],
          ['households', 'int4'],
        ],
        world.records,
      ],
    ];
    const total = tables.reduce((sum, [, , rows]) => sum + rows.length, 0);
    const bar = new SingleBar({
      format:
        'loading {bar} {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted} | {table}',
      hideCursor: true,
    });
    bar.start(total, 0, { rate: 0, table: '' });
    await client.query('BEGIN');
    if (values.replace) {
      for (const [table, column] of [
        ['service_records', 'region_code'],
        ['social_workers', 'region_code'],
        ['people', 'region_code'],
      ] as const) {
        await client.query(`DELETE FROM ${table} WHERE ${column} LIKE '33%'`);
      }
      await client.query(
        `DELETE FROM project_stations WHERE project_id IN (SELECT id FROM service_projects WHERE region_code LIKE '33%')`,
      );
      await client.query(`DELETE FROM service_projects WHERE region_code LIKE '33%'`);
      await client.query(
        `DELETE FROM stations WHERE region_code LIKE '33%' AND parent_id IS NOT NULL`,
      );
      await client.query(`DELETE FROM stations WHERE region_code LIKE '33%'`);
      await client.query(`DELETE FROM agencies WHERE region_code LIKE '33%'`);
      await client.query(`DELETE FROM regions WHERE code LIKE '33%' AND length(code) = 12`);
      await client.query(`DELETE FROM regions WHERE code LIKE '33%' AND length(code) = 9`);
      await client.query(`DELETE FROM regions WHERE code LIKE '33%'`);
    }
    let done = 0;
    for (const [table, columns, rows] of tables) {
      await bulkInsert(client, table, columns, rows, (inserted) => {
        done += inserted;
        bar.update(done, {
          rate: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)),
          table,
        });
      });
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
    bar.stop();
    process.stdout.write(
      `Loaded scale ${scale} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${world.stations.length} stations, ${world.people.length} people, ${world.records.length} service records.\n`,
    );
  }
} catch (error) {
  await client.query('ROLLBACK').catch(() => undefined);
  throw error;
} finally {
  await client.end();
  await stopEmbedded();
}
