import type { HubConfig, loadConfig as loadHubConfig } from '../../shared/config.js';
import type { generateInternalKeys as generateKeys } from '../../shared/auth.js';
import type { parseDatabaseUrl as parseUrl } from '../../shared/db/connection.js';
import type { departmentDatabaseName as databaseName } from '../../shared/db/names.js';
import type { startHub as startWholeHub } from '../../tools/hub.js';
import pg from 'pg';

// One hub on the demo world that the test files of one jest worker share when they only read it
// (`readOnlyHub()` in ./hub.ts). The run's global setup starts one such process per worker, on
// databases it has already copied from the templates, and stops it at the end of the run.
//
// Node runs this file as it is (type stripping), so it takes the hub from the compiled output
// (`npm test` builds first) rather than from the TypeScript sources, and uses no syntax that
// stripping cannot erase.

async function compiled<T>(path: string): Promise<T> {
  return (await import(new URL(`../../dist/${path}`, import.meta.url).href)) as T;
}

/**
 * Tables a read may still write to: each department's access log, one row per reveal (its own
 * triggers already refuse updates, deletes and truncation).
 */
const WRITABLE_BY_READS = ['access_log'];

/** The text a refused write raises; the run repeats the log lines that carry it. */
const READ_ONLY_REFUSAL = 'read-only test hub';

/**
 * Makes every other table of a department's database refuse writes, by statement, before they
 * touch a row: a test that writes to the shared hub fails on that write instead of changing the
 * world the next test file reads.
 */
async function refuseWrites(client: pg.Client): Promise<void> {
  await client.query(`
    create or replace function read_only_test_hub_refuses() returns trigger language plpgsql as $$
    begin
      raise exception '${READ_ONLY_REFUSAL}: % on % refused; a test that writes starts a hub of its own (startTestHub)',
        tg_op, tg_table_name using errcode = 'read_only_sql_transaction';
    end $$`);
  const { rows } = await client.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and not (table_name = any($1))`,
    [WRITABLE_BY_READS],
  );
  for (const { name } of rows) {
    await client.query(
      `create trigger read_only_test_hub before insert or update or delete or truncate on "${name}"
        for each statement execute function read_only_test_hub_refuses()`,
    );
  }
}

async function main(): Promise<void> {
  const { loadConfig } = await compiled<{ loadConfig: typeof loadHubConfig }>('shared/config.js');
  const { generateInternalKeys } = await compiled<{ generateInternalKeys: typeof generateKeys }>(
    'shared/auth.js',
  );
  const { parseDatabaseUrl } = await compiled<{ parseDatabaseUrl: typeof parseUrl }>(
    'shared/db/connection.js',
  );
  const { departmentDatabaseName } = await compiled<{
    departmentDatabaseName: typeof databaseName;
  }>('shared/db/names.js');
  const { startHub } = await compiled<{ startHub: typeof startWholeHub }>('tools/hub.js');

  const url = process.env.HUB_TEST_DATABASE_URL!;
  const prefix = process.env.HUB_TEST_SHARED_PREFIX!;
  const server = parseDatabaseUrl(url);
  const keys = await generateInternalKeys();
  // The settings of `startTestHub()` without options, so a file reads the same hub either way.
  const config: HubConfig = loadConfig({
    NODE_ENV: 'test',
    DATABASE_NAME_PREFIX: prefix,
    DEMO_DATA: 'auto',
    DATABASE_POOL_MAX: '4',
    AUTH_JWT_SECRET: process.env.HUB_TEST_SHARED_SECRET!,
    HUB_SIGNING_KEY: keys.privatePem,
    HUB_VERIFY_KEYS: keys.publicPem,
    HUB_BINDING_SECRET: keys.bindingSecret,
  });
  const hub = await startHub({ config, server, ephemeralPorts: true });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= hub.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    ));
  // The run stops it; so does the run's end, however it ends.
  process.on('message', (message) => {
    if (message === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());

  // Whatever starting wrote is written: from now on only reads may write, and only their log.
  for (const service of Object.keys(hub.subgraphs)) {
    const client = new pg.Client({ ...server, database: departmentDatabaseName(prefix, service) });
    await client.connect();
    try {
      await refuseWrites(client);
    } finally {
      await client.end();
    }
  }
  process.send!({
    gatewayUrl: hub.gatewayUrl,
    subgraphUrls: Object.fromEntries(
      Object.entries(hub.subgraphs).map(([service, running]) => [service, running.url]),
    ),
    audience: config.AUTH_AUDIENCE,
    refusal: READ_ONLY_REFUSAL,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`the shared read-only test hub did not start: ${String(error)}\n`);
  process.exit(1);
});
