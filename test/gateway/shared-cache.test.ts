import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createClient } from '@redis/client';
import { createAuthenticator, issueToken } from '../../gateway/auth.js';
import { cacheOptions } from '../../gateway/cache/gateway-cache.js';
import { createGateway } from '../../gateway/server.js';
import { generateInternalKeys } from '../../shared/auth.js';
import { loadConfig } from '../../shared/config.js';
import { createLogger } from '../../shared/logger.js';
import type { RunningServer } from '../../shared/server.js';
import { describeWithRedis, REDIS_URL } from '../support/redis.js';

// Gateways that name the same Redis share one cache: a persisted query registered at one is known
// at the others, as a client behind a load balancer needs. A Redis that does not answer costs
// the gateway nothing but the cache. No subgraph is needed: the gateway answers `__typename` alone.

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const QUERY = 'query Ping { __typename }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const running: RunningServer[] = [];
let bearer: string;

/** A gateway without subgraphs, with the cache this environment describes. */
async function gateway(env: Record<string, string>): Promise<string> {
  const config = loadConfig({ AUTH_JWT_SECRET: SECRET, ...env });
  const keys = await generateInternalKeys();
  const started = await createGateway({
    supergraphSdl: await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8'),
    subgraphUrls: {},
    host: '127.0.0.1',
    port: 0,
    timeoutMs: 1000,
    logger: createLogger('shared-cache-test'),
    exposeInternals: false,
    authenticate: await createAuthenticator(config),
    keys: { signing: keys.signing!, bindingSecret: keys.binding[0]! },
    cache: cacheOptions(config),
  });
  running.push(started);
  return started.url;
}

async function post(url: string, body: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: bearer },
    body: JSON.stringify(body),
  });
  return response.json();
}

const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } };

beforeAll(async () => {
  const principal = {
    subject: 'analyst',
    department: 'CIVIL_AFFAIRS' as const,
    roles: ['ANALYST'],
    regionCode: '620000',
  };
  bearer = `Bearer ${await issueToken(SECRET, principal, { audience: 'social-work-hub' })}`;
});
afterAll(async () => {
  for (const server of running) await server.stop();
});

const withRedis = await describeWithRedis();

withRedis(`gateways sharing the Redis at ${REDIS_URL}`, () => {
  const prefix = `hub-test:${randomUUID().slice(0, 8)}:`;
  const raw = createClient({ url: REDIS_URL });
  beforeAll(async () => {
    await raw.connect();
  });
  afterAll(async () => {
    for (const key of await raw.keys(`${prefix}*`)) await raw.del(key);
    await raw.close();
  });

  it('share persisted queries: a hash registered at one is known at the other', async () => {
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix };
    const [first, second] = [await gateway(env), await gateway(env)];
    expect((await post(second, byHash)).errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );

    expect(await post(first, { query: QUERY, ...byHash })).toEqual({
      data: { __typename: 'Query' },
    });
    expect(await post(second, byHash)).toEqual({ data: { __typename: 'Query' } });

    // Kept under the prefix for a day, not for ever.
    const ttl = await raw.ttl(`${prefix}apq:${HASH}`);
    expect(ttl).toBeGreaterThan(86000);
    expect(ttl).toBeLessThanOrEqual(86400);

    // A gateway of another hub on the same server (another prefix) does not see it.
    const other = await gateway({ REDIS_URL, REDIS_KEY_PREFIX: `${prefix}other:` });
    expect((await post(other, byHash)).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('a gateway whose Redis does not answer', () => {
  it('starts, answers, and follows the persisted-query protocol without the cache', async () => {
    const started = Date.now();
    const url = await gateway({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect(Date.now() - started).toBeLessThan(10000);

    expect(await post(url, { query: QUERY })).toEqual({ data: { __typename: 'Query' } });
    expect(await post(url, { query: QUERY, ...byHash })).toEqual({
      data: { __typename: 'Query' },
    });
    // Nothing was kept, so the client is asked for the query again; it is not an error.
    expect((await post(url, byHash)).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const metrics = await (await fetch(new URL('/metrics', url))).text();
    expect(metrics).toMatch(/^hub_cache_store_up\{store="redis",service="gateway"\} 0$/m);
    expect(metrics).toMatch(
      /^hub_cache_store_failures_total\{store="redis",operation="set",service="gateway"\} [1-9]/m,
    );
  });

  it('keeps one in-process store when no Redis is named', async () => {
    const url = await gateway({});
    await post(url, { query: QUERY, ...byHash });
    expect(await post(url, byHash)).toEqual({ data: { __typename: 'Query' } });
    const metrics = await (await fetch(new URL('/metrics', url))).text();
    expect(metrics).toMatch(/^hub_cache_store_up\{store="memory",service="gateway"\} 1$/m);
  });
});
