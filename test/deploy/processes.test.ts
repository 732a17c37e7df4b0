import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { DASHBOARD } from '../../bench/queries.js';
import { issueToken } from '../../gateway/auth.js';
import { generateInternalKeys } from '../../shared/auth.js';
import {
  serviceUrlVariable,
  servicePortVariable,
  DEPARTMENT_SERVICES,
} from '../../shared/config.js';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { departmentDatabaseName, TEMPLATE_DATABASE_PREFIX } from '../../shared/db/orm.js';
import { NATIONAL_SUPERVISOR } from '../support/hub.js';

// The hub as docker-compose runs it: each department and the gateway in a process of its own,
// started from the compiled entry points with nothing but environment variables, then stopped
// with SIGTERM as `docker compose stop` does.

const server = parseDatabaseUrl(process.env.HUB_TEST_DATABASE_URL!);
const prefix = `hub_proc_${process.pid}_`;
const secret = randomBytes(32).toString('base64url');
const children = new Map<string, ChildProcess>();
const ports: Record<string, number> = {};
let gatewayUrl: string;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...server, database: 'postgres' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function start(name: string, entry: string, env: Record<string, string>): void {
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.once('exit', (code) => {
    if (code !== 0 && code !== null) process.stderr.write(`${name} exited ${code}:\n${stderr}\n`);
  });
  children.set(name, child);
}

async function ready(url: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const response = await fetch(new URL('/health/ready', url)).catch(() => null);
    if (response?.ok) return;
    await sleep(200);
  }
  throw new Error(`${url} never became ready`);
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
  const keys = await generateInternalKeys();
  const databaseUrl = `postgres://${server.user}:${encodeURIComponent(server.password ?? '')}@${server.host}:${server.port}/postgres`;
  for (const name of [...DEPARTMENT_SERVICES, 'gateway']) ports[name] = await freePort();
  for (const name of DEPARTMENT_SERVICES) {
    start(name, `dist/subgraphs/${name}/main.js`, {
      DATABASE_URL: databaseUrl,
      DATABASE_NAME_PREFIX: prefix,
      DEMO_DATA: 'off',
      HUB_VERIFY_KEYS: keys.publicPem,
      [servicePortVariable(name)]: String(ports[name]),
    });
  }
  start('gateway', 'dist/gateway/main.js', {
    GATEWAY_PORT: String(ports.gateway),
    HUB_SIGNING_KEY: keys.privatePem,
    AUTH_JWT_SECRET: secret,
    ...Object.fromEntries(
      DEPARTMENT_SERVICES.map((name) => [
        serviceUrlVariable(name),
        `http://127.0.0.1:${ports[name]}/graphql`,
      ]),
    ),
  });
  gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  await Promise.all(Object.values(ports).map((port) => ready(`http://127.0.0.1:${port}/graphql`)));
}, 60000);

afterAll(async () => {
  for (const child of children.values()) if (child.exitCode === null) child.kill('SIGKILL');
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
  const response = await fetch(gatewayUrl, {
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
  expect((await fetch(new URL('/dev/token', gatewayUrl))).status).toBe(404);
});

it('stops every process on SIGTERM with exit code 0', async () => {
  const exits = [...children.entries()].map(
    ([name, child]) =>
      new Promise<[string, number | null]>((resolve) =>
        child.once('exit', (code) => resolve([name, code])),
      ),
  );
  // The gateway first, then the departments, as an orchestrator stops dependants first.
  children.get('gateway')!.kill('SIGTERM');
  await sleep(100);
  for (const name of DEPARTMENT_SERVICES) children.get(name)!.kill('SIGTERM');
  expect(Object.fromEntries(await Promise.all(exits))).toEqual(
    Object.fromEntries([...children.keys()].map((name) => [name, 0])),
  );
});
