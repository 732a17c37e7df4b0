import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DASHBOARD } from '../../bench/queries.js';
import { startTopology, type Topology } from '../../bench/topology.js';
import { issueToken } from '../../gateway/auth.js';
import { DEPARTMENT_SERVICES } from '../../shared/config.js';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { departmentDatabaseName, TEMPLATE_DATABASE_PREFIX } from '../../shared/db/orm.js';
import { NATIONAL_SUPERVISOR } from '../support/hub.js';

// The hub as docker-compose runs it: each department and the gateway in a process of its own,
// started from the compiled entry points with nothing but environment variables, then stopped
// with SIGTERM as `docker compose stop` does.

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
      await client.query(
        `CREATE DATABASE "${departmentDatabaseName(prefix, name)}" TEMPLATE "${template}"`,
      );
    }
  });
  topology = await startTopology({ server, prefix, secret, env: { DEMO_DATA: 'off' } });
}, 60000);

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

it('stops every process on SIGTERM with exit code 0', async () => {
  const codes = await topology!.stop();
  expect(codes).toEqual(
    Object.fromEntries([...DEPARTMENT_SERVICES, 'gateway'].map((name) => [name, 0])),
  );
});
