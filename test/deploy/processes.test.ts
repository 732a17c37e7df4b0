import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DASHBOARD, STATION_LIST } from '../../bench/queries.js';
import { HIVE_GATEWAY, HUB_GATEWAY, startTopology, type Topology } from '../../bench/topology.js';
import { issueToken } from '../../gateway/auth.js';
import { DEPARTMENT_SERVICES } from '../../shared/config.js';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import {
  copyDatabaseStatement,
  departmentDatabaseName,
  TEMPLATE_DATABASE_PREFIX,
} from '../../shared/db/names.js';
import { NATIONAL_SUPERVISOR } from '../support/hub.js';

// The hub as docker-compose runs it: each department and the gateway in a process of its own,
// started from the compiled entry points with nothing but environment variables, then stopped
// with SIGTERM as `docker compose stop` does. Beside the hub's gateway, the benchmark's Hive
// Gateway serves the same supergraph in front of the same departments, with the same security.

const server = parseDatabaseUrl(process.env.HUB_TEST_DATABASE_URL!);
const prefix = `hub_proc_${process.pid}_`;
const secret = randomBytes(32).toString('base64url');
let topology: Topology | undefined;

async function admin(work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ ...server, database: 'postgres' });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(async (client) => {
    for (const name of DEPARTMENT_SERVICES) {
      const template = `${TEMPLATE_DATABASE_PREFIX}${name.replaceAll('-', '_')}`;
      await client.query(copyDatabaseStatement(departmentDatabaseName(prefix, name), template));
    }
  });
  topology = await startTopology({
    server,
    prefix,
    secret,
    env: { DEMO_DATA: 'off' },
    gateways: [HUB_GATEWAY, HIVE_GATEWAY],
  });
}, 200_000);

afterAll(async () => {
  topology?.processes.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
  await admin(async (client) => {
    for (const name of DEPARTMENT_SERVICES) {
      await client.query(
        `DROP DATABASE IF EXISTS "${departmentDatabaseName(prefix, name)}" WITH (FORCE)`,
      );
    }
  });
});

it('answers through the gateway across every department process', async () => {
  const token = await issueToken(secret, NATIONAL_SUPERVISOR, { audience: 'social-work-hub' });
  const response = await fetch(topology!.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: DASHBOARD, variables: { code: '620723' } }),
  });
  const { data, errors } = (await response.json()) as { data: any; errors?: unknown };
  expect(errors).toBeUndefined();
  expect(data.region).toMatchObject({
    name: '临泽县',
    coverage: { townships: 7, townshipsWithStation: 3 },
    tradeUnion: { workersInDifficulty: 15 },
    womenFederation: { childrenHomes: 3 },
  });
  // Production: no development sign-in.
  expect((await fetch(new URL('/dev/token', topology!.gatewayUrl))).status).toBe(404);
});

/** Posts an operation to a gateway and keeps the HTTP status. */
async function post(
  gateway: string,
  query: string,
  variables: Record<string, unknown>,
  authorization?: string,
) {
  const response = await fetch(topology!.gatewayUrls[gateway]!, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  return { status: response.status, body, code: body.errors?.[0]?.extensions?.code };
}

describe('the same supergraph through Hive Gateway', () => {
  it('answers as the hub’s gateway does, through the same departments', async () => {
    const bearer = `Bearer ${await issueToken(secret, NATIONAL_SUPERVISOR, { audience: 'social-work-hub' })}`;
    for (const [query, variables] of [
      [DASHBOARD, { code: '620723' }],
      [STATION_LIST, { code: '230127' }],
    ] as const) {
      const own = await post(HUB_GATEWAY.name, query, variables, bearer);
      const hive = await post(HIVE_GATEWAY.name, query, variables, bearer);
      expect(own.body.errors).toBeUndefined();
      expect(hive.body.errors).toBeUndefined();
      expect(hive.body.data).toEqual(own.body.data);
    }
  });

  it('gives each of several callers asking the same query at once their own answer', async () => {
    const query = '{ stations(first: 1) { totalCount } }';
    const callers = [
      NATIONAL_SUPERVISOR,
      { ...NATIONAL_SUPERVISOR, subject: 'mulan', regionCode: '230127' },
      { ...NATIONAL_SUPERVISOR, subject: 'linze', regionCode: '620723' },
    ];
    const bearers = await Promise.all(
      callers.map(
        async (caller) =>
          `Bearer ${await issueToken(secret, caller, { audience: 'social-work-hub' })}`,
      ),
    );
    const expected = await Promise.all(
      bearers.map(async (bearer) => (await post(HUB_GATEWAY.name, query, {}, bearer)).body.data),
    );
    expect(new Set(expected.map((data) => JSON.stringify(data))).size).toBe(callers.length);
    const rounds = Array.from({ length: 4 }, () => bearers).flat();
    const answers = await Promise.all(
      rounds.map(async (bearer) => (await post(HIVE_GATEWAY.name, query, {}, bearer)).body.data),
    );
    expect(answers).toEqual(rounds.map((bearer) => expected[bearers.indexOf(bearer)]));
  });

  it('refuses anonymous callers and bad tokens with 401 UNAUTHENTICATED', async () => {
    for (const authorization of [undefined, 'Bearer not-a-token']) {
      const { status, body, code } = await post(
        HIVE_GATEWAY.name,
        '{ __typename }',
        {},
        authorization,
      );
      expect({ status, code, data: body.data ?? null }).toEqual({
        status: 401,
        code: 'UNAUTHENTICATED',
        data: null,
      });
    }
  });

  it('refuses what the hub’s limits refuse, with the same code', async () => {
    const bearer = `Bearer ${await issueToken(secret, NATIONAL_SUPERVISOR, { audience: 'social-work-hub' })}`;
    const bomb =
      '{ stations(first:500){ edges{ node{ projects{ stations{ projects{ stations{ projects{ name }}}}}}}}}';
    const deep = `{ region(code: "620723") { ${'parent { '.repeat(10)}name${' }'.repeat(10)} } }`;
    for (const query of [bomb, deep]) {
      const own = await post(HUB_GATEWAY.name, query, {}, bearer);
      const hive = await post(HIVE_GATEWAY.name, query, {}, bearer);
      expect(own.code).toBeDefined();
      expect(hive.code).toBe(own.code);
      expect(hive.body.data ?? null).toBeNull();
    }
  });
});

it('stops every process on SIGTERM with exit code 0', async () => {
  const codes = await topology!.stop();
  expect(codes).toEqual(
    Object.fromEntries(
      [...DEPARTMENT_SERVICES, HUB_GATEWAY.name, HIVE_GATEWAY.name].map((name) => [name, 0]),
    ),
  );
});
