// Two ways for a test file to get a hub, chosen by what the file does:
//
// - `readOnlyHub()`: a file that only reads the demo world shares the hub its jest worker's
//   files share, started once for the run by the global setup (test/global-setup.ts). Nothing
//   to start or stop; every table but the access logs refuses writes (a refused write fails as an
//   internal error, and the run's output names the table), so no file can change what the next
//   one reads. It offers what works from outside the hub's process: queries, tokens, SQL reads.
// - `startTestHub()`: a file that writes, needs settings of its own, counts the SQL a subgraph
//   sends, calls subgraphs with gateway grants, or stops services starts a hub of its own on fresh
//   copies of the demo databases. Isolation comes before speed: when in doubt, start one.
//
// Either way the hook that starts a hub is given `HUB_START_TIMEOUT_MS`; jest's own timeout
// (jest.config.js) is sized for a busy machine too.

import { randomBytes, randomUUID } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import pg from 'pg';
import { Agent, request } from 'undici';
import { issueToken } from '../../gateway/auth.js';
import type { RunningHub } from '../../tools/hub.js';
import {
  bodyHash,
  generateInternalKeys,
  PRINCIPAL_HEADER,
  signCallerGrant,
  type InternalKeys,
  type SubgraphRequestBody,
} from '../../shared/auth.js';
import { loadConfig } from '../../shared/config.js';
import type { Principal } from '../../shared/context.js';
import { signSeamGrant, type SeamAudience } from '../../shared/department/reference-grant.js';
import { BINDING_HEADER, bindRequest } from '../../shared/request-binding.js';
import { parseDatabaseUrl, type ServerConnection } from '../../shared/db/connection.js';
import {
  copyDatabaseStatement,
  departmentDatabaseName,
  TEMPLATE_DATABASE_PREFIX,
} from '../../shared/db/names.js';
import type { SubgraphModule } from '../../subgraphs/index.js';

/** A GraphQL answer as a client sees it. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: Record<string, unknown>;
  }>;
  /** What the answer carries beside its data, such as `notices`. */
  extensions?: Record<string, unknown>;
}

/** Who a test request comes from, and what it says. */
export interface AsOptions {
  /** Defaults to {@link NATIONAL_SUPERVISOR}; `null` sends no token at all. */
  principal?: Principal | null;
  /** Sent as `x-access-purpose`; the default caller states one, others only when given. */
  purpose?: string | null;
  /** A raw bearer token instead of one made for `principal`. */
  token?: string;
}

/** The default caller of tests: civil affairs, whole country, may write and reveal. */
export const NATIONAL_SUPERVISOR: Principal = {
  subject: 'test-supervisor',
  department: 'CIVIL_AFFAIRS',
  roles: ['ADMIN', 'SUPERVISOR'],
  regionCode: '100000',
};

/**
 * The headers with which a gateway holding `keys` vouches for `principal` to the subgraph
 * `audience` for one request `body`, sent as `JSON.stringify(body)`: a fresh grant and a binding
 * made `at` (now by default).
 */
export async function vouchHeaders(
  keys: InternalKeys,
  audience: string,
  principal: Principal,
  body: SubgraphRequestBody,
  at?: number,
): Promise<Record<string, string>> {
  const grant = await signCallerGrant(principal, keys.signing!, audience);
  const binding = bindRequest(
    {
      grantId: grant.id,
      audience,
      requestId: randomUUID(),
      purpose: null,
      requestHash: bodyHash(JSON.stringify(body)),
    },
    keys.binding[0]!,
    at,
  );
  return { [PRINCIPAL_HEADER]: grant.token, [BINDING_HEADER]: binding };
}

/** A principal for tests, named after what it is: `principal('TRADE_UNION', ['CASEWORKER'], '230127')`. */
export function principal(
  department: Principal['department'],
  roles: Principal['roles'],
  regionCode: string,
): Principal {
  return {
    subject: `${department}-${roles.join('-')}-${regionCode}`.toLowerCase(),
    department,
    roles,
    regionCode,
  };
}

/** What a test asks of any hub: operations through the gateway, as a client would. */
export interface HubClient {
  /** Sends an operation to the gateway, the way a client would. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: AsOptions,
  ): Promise<GraphQLResponse<T>>;
  /** A client token for the principal, signed with the hub's secret. */
  token(principal: Principal, expiresIn?: string): Promise<string>;
}

export interface TestHub extends RunningHub, HubClient {
  /**
   * The headers with which the gateway vouches for a caller to a subgraph, for calling it directly
   * as only the gateway can: the caller's grant for `audience` and a binding of the one request
   * `body` to it, made `at` a given time (now by default) and good once.
   */
  vouch(
    audience: string,
    principal: Principal,
    body: SubgraphRequestBody,
    at?: number,
  ): Promise<Record<string, string>>;
  /** A grant the gateway signs for one mutation's lookups across a seam (references or records). */
  seamGrant(audience: SeamAudience, principal: Principal, requestId: string): Promise<string>;
  /** SQL statements the subgraph has sent so far. */
  sqlCount(service?: string): number;
  /** Rows of every table of every running department, `service.table`: a refused write leaves them alike. */
  everyRowCount(): Promise<Record<string, number>>;
  /** Rows in a table of a subgraph's database, to show what a write left behind. */
  rowCount(service: string, table: string): Promise<number>;
}

/**
 * How long a hook may take to start a hub: copying the databases and starting six subgraphs and
 * a gateway takes some 5 s on a quiet machine and several times that on a busy one.
 */
export const HUB_START_TIMEOUT_MS = 180_000;

/**
 * How long a test waits for what a hub does in the background (a webhook delivery, an overdue
 * sweep) before it fails: the work runs on timers of tens of milliseconds, which a busy machine
 * stretches to seconds. Waiting stops as soon as the awaited state is there.
 */
export const POLL_TIMEOUT_MS = 90_000;

/**
 * How long a hook may take to start a hub and then work through the whole world once (catching a
 * ledger up from every outbox, finding the records a file's tests share).
 */
export const HUB_SETUP_TIMEOUT_MS = HUB_START_TIMEOUT_MS + 60_000;

/** Where a worker's shared read-only hub listens, as the global setup hands it to the workers. */
export interface SharedHubAddress {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** The audience and secret the hub's gateway checks client tokens with. */
  audience: string;
  secret: string;
  /** Its databases' name prefix. */
  prefix: string;
  /** The text of the error a refused write raises. */
  refusal: string;
}

/** The hub a jest worker's read-only test files share (see the top of this file). */
export interface ReadOnlyHub extends HubClient {
  gatewayUrl: string;
  /** Each subgraph's own address, for requests that must not carry a grant. */
  subgraphUrls: Record<string, string>;
  /** Rows in a table of a subgraph's database, such as the access log a reveal appends to. */
  rowCount(service: string, table: string): Promise<number>;
  /** Rows a read-only statement (`$1`, `$2`… parameters) returns from a subgraph's database. */
  sql<T = Record<string, unknown>>(service: string, text: string, params?: unknown[]): Promise<T[]>;
  /** Where a subgraph's database is, for a test that reads it with the ORM. */
  database(service: string): { server: ServerConnection; name: string };
}

/**
 * The shared hub on the demo world for a test file that only reads it. Writes other than the
 * access log's are refused by the databases themselves.
 */
export async function readOnlyHub(): Promise<ReadOnlyHub> {
  const hubs = JSON.parse(process.env.HUB_TEST_SHARED_HUBS ?? '{}') as Record<
    string,
    SharedHubAddress
  >;
  const address = hubs[process.env.JEST_WORKER_ID ?? '1'];
  if (!address) {
    throw new Error('no shared read-only hub for this jest worker: run the tests through jest');
  }
  // Alive is enough: the global setup saw it start, and readiness asks every subgraph within a
  // deadline a loaded machine may miss.
  await answersLive(address.gatewayUrl);
  const server = parseDatabaseUrl(process.env.HUB_TEST_DATABASE_URL!);
  const token = (principal: Principal, expiresIn = '1h') =>
    issueToken(address.secret, principal, { audience: address.audience, expiresIn });
  const sql = async <T>(service: string, text: string, params: unknown[] = []) => {
    const client = new pg.Client({
      ...server,
      database: departmentDatabaseName(address.prefix, service),
    });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    gatewayUrl: address.gatewayUrl,
    subgraphUrls: address.subgraphUrls,
    query: (query, variables, as) => sendQuery(address.gatewayUrl, token, query, variables, as),
    token,
    async rowCount(service, table) {
      const [row] = await sql<{ n: string }>(service, `select count(*) as n from "${table}"`);
      return Number(row!.n);
    },
    sql,
    database: (service) => ({ server, name: departmentDatabaseName(address.prefix, service) }),
  };
}

/** Posts an operation to a gateway as the caller `as` describes. */
async function sendQuery<T>(
  gatewayUrl: string,
  token: (principal: Principal) => Promise<string>,
  query: string,
  variables: Record<string, unknown> | undefined,
  as: AsOptions = {},
): Promise<GraphQLResponse<T>> {
  const principal = as.principal === undefined ? NATIONAL_SUPERVISOR : as.principal;
  const purpose =
    as.purpose !== undefined ? as.purpose : as.principal === undefined ? 'automated test' : null;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const bearer = as.token ?? (principal ? await token(principal) : null);
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  // Header values are Latin-1: a purpose in Chinese travels percent-encoded.
  if (purpose) headers['x-access-purpose'] = encodeURIComponent(purpose);
  const response = await request(gatewayUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    dispatcher: testClient,
  });
  return (await response.body.json()) as never;
}

/**
 * The tests' connections to their hubs. A hub closes a connection idle for 5 s; a client that
 * picks that connection again at that moment sees it reset. On a loaded machine the client's own
 * timers run late, so it lets connections go after one idle second, well before the hub does.
 */
const testClient = new Agent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000 });

/** Waits for a hub's gateway to say it is alive: three tries a second apart, the last reason told. */
async function answersLive(gatewayUrl: string): Promise<void> {
  let reason = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1_000));
    try {
      const { statusCode, body } = await request(new URL('/health/live', gatewayUrl), {
        dispatcher: testClient,
      });
      await body.dump();
      if (statusCode === 200) return;
      reason = `HTTP ${statusCode}`;
    } catch (error) {
      reason = (error as Error).message;
    }
  }
  throw new Error(`the shared read-only hub at ${gatewayUrl} does not answer: ${reason}`);
}

/**
 * With `HUB_TEST_TIMINGS` naming a file, appends a line there for each hub a test file starts or
 * stops: the file, the step, and milliseconds per phase, tab-separated.
 */
async function recordTiming(step: string, phases: Record<string, number>): Promise<void> {
  const path = process.env.HUB_TEST_TIMINGS;
  if (!path) return;
  const file = relative(process.cwd(), expect.getState().testPath ?? '?');
  const figures = Object.entries(phases).map(([phase, ms]) => `${phase}=${Math.round(ms)}`);
  await appendFile(path, [file, step, ...figures].join('\t') + '\n');
}

let counter = 0;

/**
 * Starts the whole hub on free ports against the run's PostgreSQL, with databases of its own
 * (dropped and recreated, so each test file starts from the demo world) and keys of its own.
 */
export async function startTestHub(
  options: {
    demo?: boolean;
    /** Run only these subgraphs, behind a supergraph composed from them; all by default. */
    modules?: SubgraphModule[];
    /** More configuration, as environment variables would give it. */
    env?: Record<string, string>;
  } = {},
): Promise<TestHub> {
  const url = process.env.HUB_TEST_DATABASE_URL;
  if (!url) throw new Error('HUB_TEST_DATABASE_URL is not set: run the tests through jest');
  counter += 1;
  const prefix = `hub_test_${process.env.JEST_WORKER_ID ?? '0'}_${process.pid}_${counter}_`;
  const server = parseDatabaseUrl(url);
  // The hub's own code is loaded by the files that start one: a file that only reads the shared
  // hub spends none of its time on it.
  const [{ startHub }, { composeHubSupergraph }, { SUBGRAPHS }] = await Promise.all([
    import('../../tools/hub.js'),
    import('../../tools/compose.js'),
    import('../../subgraphs/index.js'),
  ]);
  const modules = options.modules ?? SUBGRAPHS;
  // One connection per department: PostgreSQL copies and drops the databases side by side.
  const eachDatabase = (statement: (name: string, suffix: string) => string) =>
    Promise.all(
      modules.map(async (module) => {
        const admin = new pg.Client({ ...server, database: 'postgres' });
        await admin.connect();
        try {
          const suffix = module.name.replaceAll('-', '_');
          await admin.query(statement(departmentDatabaseName(prefix, module.name), suffix));
        } finally {
          await admin.end();
        }
      }),
    );
  const dropDatabases = () =>
    eachDatabase((name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const started = performance.now();
  await dropDatabases();
  if (options.demo !== false) {
    // Copy the department databases the run prepared, world included, instead of rebuilding them.
    await eachDatabase((name, suffix) =>
      copyDatabaseStatement(name, `${TEMPLATE_DATABASE_PREFIX}${suffix}`),
    );
  }
  const copied = performance.now();

  const secret = randomBytes(32).toString('base64url');
  const keys = await generateInternalKeys();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_NAME_PREFIX: prefix,
    DEMO_DATA: options.demo === false ? 'off' : 'auto',
    DATABASE_POOL_MAX: '4',
    AUTH_JWT_SECRET: secret,
    HUB_SIGNING_KEY: keys.privatePem,
    HUB_VERIFY_KEYS: keys.publicPem,
    HUB_BINDING_SECRET: keys.bindingSecret,
    ...options.env,
  });
  const token = (principal: Principal, expiresIn = '1h') =>
    issueToken(secret, principal, { audience: config.AUTH_AUDIENCE, expiresIn });
  const hub = await startHub({
    config,
    server,
    ephemeralPorts: true,
    // The committed supergraph is served as it is: whether it is what the subgraphs compose to is
    // the supergraph test's question, not asked again at every start.
    ...(options.modules
      ? { modules: options.modules, supergraphSdl: await composeHubSupergraph(options.modules) }
      : { supergraphSdl: await readFile(resolve(config.SUPERGRAPH_PATH), 'utf8') }),
  });
  await recordTiming('start', { copy: copied - started, start: performance.now() - copied });
  const rowCount = async (service: string, table: string) => {
    const em = hub.subgraphs[service]!.database.orm.em.fork();
    const rows = await em
      .getConnection()
      .execute<Array<{ n: string }>>(`select count(*) as n from "${table}"`);
    return Number(rows[0]!.n);
  };
  return {
    ...hub,
    // Leaves nothing behind on a shared server.
    async stop() {
      await hub.stop();
      const stopped = performance.now();
      await dropDatabases();
      await recordTiming('stop', { drop: performance.now() - stopped });
    },
    query: (query, variables, as) => sendQuery(hub.gatewayUrl, token, query, variables, as),
    token,
    vouch: (audience, principal, body, at) => vouchHeaders(keys, audience, principal, body, at),
    seamGrant: (audience, principal, requestId) =>
      signSeamGrant(audience, principal, requestId, keys.signing!),
    async everyRowCount() {
      // One statement per database, every database at once: a refusal is checked against some
      // hundred tables, a few of them hundreds of thousands of rows long.
      const counted = await Promise.all(
        Object.entries(hub.subgraphs).map(async ([service, running]) => {
          const connection = running.database.orm.em.fork().getConnection();
          const tables = await connection.execute<Array<{ name: string }>>(
            "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
          );
          // Without parallel workers: forking them for each count took three times as long on
          // two cores as counting alone.
          const rows = await running.database.orm.em.fork().transactional(async (em) => {
            await em.execute('set local max_parallel_workers_per_gather = 0');
            return em.execute<Array<{ name: string; n: string }>>(
              tables
                .map(({ name }) => `select '${name}' as name, count(*) as n from "${name}"`)
                .join(' union all '),
            );
          });
          return rows.map(({ name, n }): [string, number] => [`${service}.${name}`, Number(n)]);
        }),
      );
      return Object.fromEntries(counted.flat().sort(([a], [b]) => a.localeCompare(b)));
    },
    rowCount,
    sqlCount(service = 'civil-affairs') {
      return hub.subgraphs[service]?.database.queries.count ?? 0;
    },
  };
}

/**
 * Row counts of every table but those background work fills on its own (the webhook outbox and
 * delivery log, the indicators' rollups), which may change meanwhile: what a refused write must
 * leave as it was.
 */
export async function writtenRowCount(hub: TestHub): Promise<Record<string, number>> {
  return Object.fromEntries(
    Object.entries(await hub.everyRowCount()).filter(
      ([table]) =>
        !/\.(outbox_events|webhook_\w+|indicator_(rollups|members|checkpoints))$/.test(table),
    ),
  );
}
