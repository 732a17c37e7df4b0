import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningPostgres, startEmbeddedPostgres } from '../shared/db/embedded.js';
import pg from 'pg';
import type { parseDatabaseUrl as parseUrl, ServerConnection } from '../shared/db/connection.js';
import type { createLogger } from '../shared/logger.js';
import type { buildIndicators } from '../tools/indicators.js';
import type { catchUpLedger } from '../tools/ledger.js';
import type { SubgraphModule } from '../shared/subgraph.js';
import type { DEMO_SLICES as demoSlices } from '../tools/demo-slices.js';
import type { SharedHubAddress } from './support/hub.js';

/** What the run's teardown stops and drops: the shared read-only hubs and their databases. */
export interface SharedReadOnlyHubs {
  server: ServerConnection;
  databases: string[];
  processes: ChildProcess[];
}

// One PostgreSQL cluster for the whole run: each test file then creates its own databases in it.
// With DATABASE_URL set, that server is used instead of an embedded one.
//
// Jest loads this file natively, outside its module mapping, so it takes the launcher from the
// compiled output (`npm test` builds first) rather than from the TypeScript sources.

async function compiled<T>(path: string): Promise<T> {
  return (await import(new URL(`../dist/${path}`, import.meta.url).href)) as T;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Each department's database with migrations and the demo world, built once per run: test files
 * copy it (`CREATE DATABASE … TEMPLATE`) instead of loading the world again.
 */
async function prepareTemplates(url: string): Promise<void> {
  const { SUBGRAPHS } = await compiled<{ SUBGRAPHS: SubgraphModule[] }>('subgraphs/index.js');
  const { DEMO_SLICES } = await compiled<{ DEMO_SLICES: typeof demoSlices }>(
    'tools/demo-slices.js',
  );
  const { parseDatabaseUrl } = await compiled<{ parseDatabaseUrl: typeof parseUrl }>(
    'shared/db/connection.js',
  );
  const logging = await compiled<{ createLogger: typeof createLogger }>('shared/logger.js');
  const { TEMPLATE_DATABASE_PREFIX } = await compiled<{ TEMPLATE_DATABASE_PREFIX: string }>(
    'shared/db/names.js',
  );
  const indicators = await compiled<{ buildIndicators: typeof buildIndicators }>(
    'tools/indicators.js',
  );
  const ledger = await compiled<{ catchUpLedger: typeof catchUpLedger }>('tools/ledger.js');
  const server = parseDatabaseUrl(url);
  // The departments side by side, each on a connection of its own: loading one waits mostly on
  // its database.
  await Promise.all(
    SUBGRAPHS.map(async (module) => {
      const database = `${TEMPLATE_DATABASE_PREFIX}${module.name.replaceAll('-', '_')}`;
      const admin = new pg.Client({ ...server, database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
      await module.prepare({
        server,
        database,
        logger: logging.createLogger('test-template'),
        demo: DEMO_SLICES[module.name],
      });
    }),
  );
  // The ledger and the rollups as a running hub's consumers make them, the ledger first (the
  // benefits it writes are facts of the rollups): a hub started on the copies has nothing to catch
  // up while its tests already count its rows.
  await ledger.catchUpLedger({
    server,
    databasePrefix: TEMPLATE_DATABASE_PREFIX,
    logger: logging.createLogger('test-template'),
  });
  await indicators.buildIndicators({
    server,
    databasePrefix: TEMPLATE_DATABASE_PREFIX,
    logger: logging.createLogger('test-template'),
  });
  // The ledger and rollups were built after the world was loaded and vacuumed: vacuumed too.
  const civilAffairs = new pg.Client({
    ...server,
    database: `${TEMPLATE_DATABASE_PREFIX}civil_affairs`,
  });
  await civilAffairs.connect();
  await civilAffairs.query(
    'VACUUM (ANALYZE) benefits, ledger_checkpoints, indicator_rollups, indicator_members',
  );
  await civilAffairs.end();
}

/**
 * One hub on copies of the templates for each jest worker, each in a process of its own, for the
 * test files of that worker that only read the demo world (`readOnlyHub()`): a worker runs one file
 * at a time, so a file that counts its own reveals in the access log counts only them.
 */
async function startReadOnlyHubs(url: string, workers: number): Promise<void> {
  const { SUBGRAPHS } = await compiled<{ SUBGRAPHS: SubgraphModule[] }>('subgraphs/index.js');
  const { parseDatabaseUrl } = await compiled<{ parseDatabaseUrl: typeof parseUrl }>(
    'shared/db/connection.js',
  );
  const { TEMPLATE_DATABASE_PREFIX, copyDatabaseStatement } = await compiled<{
    TEMPLATE_DATABASE_PREFIX: string;
    copyDatabaseStatement: (database: string, template: string) => string;
  }>('shared/db/names.js');
  const server = parseDatabaseUrl(url);
  const shared: SharedReadOnlyHubs = {
    server,
    databases: [],
    processes: [],
  };
  (globalThis as { hubTestShared?: SharedReadOnlyHubs }).hubTestShared = shared;
  const addresses: Record<string, SharedHubAddress> = {};
  await Promise.all(
    Array.from({ length: workers }, async (_, index) => {
      const worker = String(index + 1);
      const prefix = `hub_test_shared_${worker}_`;
      const admin = new pg.Client({ ...server, database: 'postgres' });
      await admin.connect();
      try {
        for (const module of SUBGRAPHS) {
          const suffix = module.name.replaceAll('-', '_');
          const database = `${prefix}${suffix}`;
          await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
          await admin.query(
            copyDatabaseStatement(database, `${TEMPLATE_DATABASE_PREFIX}${suffix}`),
          );
          shared.databases.push(database);
        }
      } finally {
        await admin.end();
      }
      const secret = randomBytes(32).toString('base64url');
      const child = fork(new URL('./support/read-only-hub-server.ts', import.meta.url), [], {
        execArgv: [],
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          HUB_TEST_DATABASE_URL: url,
          HUB_TEST_SHARED_PREFIX: prefix,
          HUB_TEST_SHARED_SECRET: secret,
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
          APOLLO_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      });
      shared.processes.push(child);
      addresses[worker] = { ...(await ready(child, worker)), secret, prefix };
    }),
  );
  process.env.HUB_TEST_SHARED_HUBS = JSON.stringify(addresses);
}

/** The message of a refused write's log line, and the field of the operation it came from. */
function refused(line: string): string {
  try {
    const entry = JSON.parse(line) as { err?: { message?: string }; path?: unknown[] };
    return [entry.err?.message, entry.path && `(at ${entry.path.join('.')})`]
      .filter(Boolean)
      .join(' ');
  } catch {
    return line;
  }
}

/**
 * Waits for a shared hub's address; from then on repeats the log lines of the writes it refused,
 * which a test otherwise sees only as an internal error.
 */
function ready(
  child: ChildProcess,
  worker: string,
): Promise<Omit<SharedHubAddress, 'secret' | 'prefix'>> {
  return new Promise((resolve, reject) => {
    let refusal: string | undefined;
    let pending = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (refusal && line.includes(refusal)) {
          process.stderr.write(`shared read-only hub of worker ${worker}: ${refused(line)}\n`);
        }
      }
    });
    child.once('message', (message: Omit<SharedHubAddress, 'secret' | 'prefix'>) => {
      refusal = message.refusal;
      resolve(message);
    });
    child.once('exit', (code) =>
      reject(new Error(`the shared read-only hub of worker ${worker} exited (${code})`)),
    );
  });
}

export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  process.env.NODE_ENV = 'test';
  if (process.env.DATABASE_URL) {
    process.env.HUB_TEST_DATABASE_URL = process.env.DATABASE_URL;
    await prepareTemplates(process.env.DATABASE_URL);
    await startReadOnlyHubs(process.env.DATABASE_URL, globalConfig.maxWorkers);
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'hub-test-'));
  const embedded = await compiled<{ startEmbeddedPostgres: typeof startEmbeddedPostgres }>(
    'shared/db/embedded.js',
  );
  const logging = await compiled<{ createLogger: typeof createLogger }>('shared/logger.js');
  const running: RunningPostgres = await embedded.startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    logger: logging.createLogger('test-postgres'),
    ephemeral: true,
  });
  const { user, password, host, port } = running.connection;
  process.env.HUB_TEST_DATABASE_URL = `postgres://${user}:${encodeURIComponent(password)}@${host}:${port}/postgres`;
  (globalThis as { hubTestPostgres?: RunningPostgres }).hubTestPostgres = running;
  await prepareTemplates(process.env.HUB_TEST_DATABASE_URL);
  await startReadOnlyHubs(process.env.HUB_TEST_DATABASE_URL, globalConfig.maxWorkers);
}
