import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { generateInternalKeys } from '../../shared/auth.js';
import { createLogger } from '../../shared/logger.js';
import { checkWithin } from '../../shared/observability/health.js';
import type { RunningServer } from '../../shared/server.js';
import { startSubgraphServer } from '../../shared/subgraph-server.js';
import { vouchHeaders } from '../support/hub.js';

// The life of a service around its requests: readiness that follows its database, and a stop
// that lets the requests in flight finish.

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      slow: {
        type: GraphQLString,
        args: { ms: { type: GraphQLInt } },
        resolve: async (_source, { ms }: { ms: number }) => {
          // Unreferenced: a request cut at stop must not keep the test process alive.
          await sleep(ms, undefined, { ref: false });
          return `answered after ${ms} ms`;
        },
      },
    },
  }),
});

const keys = await generateInternalKeys();
let databaseUp = true;

async function start(shutdownGraceMs: number): Promise<RunningServer> {
  return startSubgraphServer({
    name: 'civil-affairs',
    schema,
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('test'),
    forkEntityManager: () => ({}) as never,
    createLoaders: () => ({}),
    ownerLookup: () => ({ find: async () => null, otherHelp: async () => ({ help: [] }) }),
    recordsLookup: () => ({ find: async () => null }),
    verifyingKeys: keys.verifying,
    bindingSecrets: keys.binding,
    checkHealth: async () => {
      if (!databaseUp) throw new Error('connection refused');
    },
    exposeInternals: false,
    settings: { shutdownGraceMs, aggregateCacheSeconds: 60 },
  });
}

async function slow(url: string, ms: number): Promise<Response> {
  const body = { query: `{ slow(ms: ${ms}) }` };
  const headers = await vouchHeaders(
    keys,
    'civil-affairs',
    { subject: 't', department: 'CIVIL_AFFAIRS', roles: ['VIEWER'], regionCode: '100000' },
    body,
  );
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

it('is ready only while its database answers, and alive all the same', async () => {
  const server = await start(1000);
  try {
    const ready = await fetch(new URL('/health/ready', server.url));
    expect(ready.status).toBe(200);
    databaseUp = false;
    const down = await fetch(new URL('/health/ready', server.url));
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({
      status: 'down',
      service: 'civil-affairs',
      checks: { database: 'down' },
    });
    expect((await fetch(new URL('/health/live', server.url))).status).toBe(200);
  } finally {
    databaseUp = true;
    await server.stop();
  }
});

it('counts a check that hangs as down', async () => {
  expect(await checkWithin(50, () => new Promise(() => undefined))).toBe('down');
  expect(await checkWithin(50, async () => 'fine')).toBe('up');
  expect(await checkWithin(50, () => Promise.reject(new Error('refused')))).toBe('down');
});

it('finishes the requests in flight when it stops, then takes no more', async () => {
  const server = await start(5000);
  const events: string[] = [];
  const inFlight = slow(server.url, 600).then(async (response) => {
    events.push('answered');
    return { status: response.status, body: await response.json() };
  });
  await sleep(150);
  await server.stop();
  events.push('stopped');
  expect(await inFlight).toEqual({
    status: 200,
    body: { data: { slow: 'answered after 600 ms' } },
  });
  expect(events).toEqual(['answered', 'stopped']);
  await expect(fetch(new URL('/health/live', server.url))).rejects.toThrow();
});

it('cuts requests that outlast the grace period', async () => {
  const server = await start(200);
  const inFlight = slow(server.url, 4000).then(
    () => 'answered',
    () => 'cut',
  );
  await sleep(100);
  const stopping = Date.now();
  await server.stop();
  expect(Date.now() - stopping).toBeLessThan(3000);
  expect(await inFlight).toBe('cut');
});
