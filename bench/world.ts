import pg from 'pg';
import { loadConfig, type HubConfig } from '../shared/config.js';
import type { ServerConnection } from '../shared/db/connection.js';
import { operatorServer } from '../tools/operator.js';
import { departmentDatabaseName } from '../shared/db/names.js';
import type { Logger } from '../shared/logger.js';
import { loadDepartmentsScale } from '../tools/scale/departments.js';
import { loadScale, scaleLoaded } from '../tools/scale/load.js';
import { DEMO_SLICES } from '../tools/demo-slices.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { buildIndicators } from '../tools/indicators.js';

// The province-scale world the benchmarks measure: its own embedded PostgreSQL under
// `.data/bench` (or DATABASE_URL), its own databases, loaded at scale 10 the first time, with
// the departments' benefit snapshots in their outboxes for the ledger's consumer to apply.

export interface BenchWorld {
  config: HubConfig;
  server: ServerConnection;
  /** A pool on the civil-affairs database, for the SQL floor and for picking ids. */
  sql: pg.Pool;
  close(): Promise<void>;
}

/**
 * Opens the province: at scale 10, or with `recordsFactor` times its service records (its own
 * databases beside the first, on the same server; one world open at a time).
 */
export async function openBenchWorld(
  logger: Logger,
  secret: string,
  recordsFactor = 1,
): Promise<BenchWorld> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DATA_DIR: '.data/bench',
    DATABASE_NAME_PREFIX: recordsFactor === 1 ? 'hub_bench_' : `hub_bench_x${recordsFactor}_`,
    AUTH_JWT_SECRET: secret,
    // The same question is asked again and again: measured is the work of answering it, not the
    // gateway's response cache (unless the environment asks for it).
    GATEWAY_RESPONSE_CACHE: process.env.GATEWAY_RESPONSE_CACHE ?? 'off',
  });
  // A port of its own beside the hub's, so that a running `npm start` is left alone.
  const { server, release } = await operatorServer(
    { ...config, EMBEDDED_POSTGRES_PORT: config.EMBEDDED_POSTGRES_PORT + 1 },
    logger,
  );
  for (const module of SUBGRAPHS) {
    const name = departmentDatabaseName(config.DATABASE_NAME_PREFIX, module.name);
    await module.prepare({ server, database: name, logger, demo: DEMO_SLICES[module.name] });
  }
  const civilDb = departmentDatabaseName(config.DATABASE_NAME_PREFIX, 'civil-affairs');
  const sql = new pg.Pool({ ...server, database: civilDb, max: 16 });
  // Idle connections are closed under the pool when the database stops at the end.
  sql.on('error', () => undefined);
  // A province loaded before it had hardships (and so the ledger nothing to overlap) is built again.
  const loaded = await scaleLoaded(sql);
  const current =
    loaded &&
    ((await sql.query(`SELECT 1 FROM temporary_assistance WHERE region_code LIKE '33%' LIMIT 1`))
      .rowCount ?? 0) > 0;
  if (!current) {
    const client = await sql.connect();
    process.stdout.write(
      `${loaded ? 'Building the province again' : 'Loading the province'} (scale 10, ${recordsFactor}x the service records)…\n`,
    );
    const { world } = await loadScale(client, 10, loaded, () => undefined, recordsFactor);
    await loadDepartmentsScale(server, config.DATABASE_NAME_PREFIX, world, loaded, () => undefined);
    client.release();
  }
  // Rollups built from the records whenever the province was (re)loaded or never had them.
  await buildIndicators({
    server,
    databasePrefix: config.DATABASE_NAME_PREFIX,
    logger,
    force: !current,
  });
  return {
    config,
    server,
    sql,
    async close() {
      await sql.end();
      await release();
    },
  };
}
