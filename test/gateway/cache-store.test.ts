import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { Registry } from 'prom-client';
import { MemoryStore } from '../../gateway/cache/memory-store.js';
import { CacheMetrics } from '../../gateway/cache/metrics.js';
import { RedisStore } from '../../gateway/cache/redis-store.js';
import type { CacheStore } from '../../gateway/cache/store.js';
import { createLogger, type Logger } from '../../shared/logger.js';
import { describeWithRedis, REDIS_URL } from '../support/redis.js';

// The gateway's one cache store, persisted queries and cached answers alike: the same contract in
// memory and in Redis, and a Redis that does not answer costs the requests nothing.

const withRedis = await describeWithRedis();

const silent = createLogger('cache-store-test');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The value of one sample of a registry, e.g. `sample(registry, 'x_total', { a: 'b' })`. */
async function sample(registry: Registry, name: string, labels: Record<string, string> = {}) {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  return metric?.values.find((value) =>
    Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted),
  )?.value;
}

/** What every store promises, whatever keeps it. */
function contract(open: () => Promise<CacheStore>) {
  let store: CacheStore;
  let key: (name: string) => string;
  beforeAll(async () => {
    store = await open();
    const run = randomUUID();
    key = (name) => `${run}:${name}`;
  });

  it('finds nothing under a key never set', async () => {
    expect(await store.get(key('never'))).toBeUndefined();
  });

  it('gives back what was set, the last value set, and nothing once deleted', async () => {
    await store.set(key('a'), '{"data":{"region":{"name":"临泽县"}}}');
    expect(await store.get(key('a'))).toBe('{"data":{"region":{"name":"临泽县"}}}');
    await store.set(key('a'), 'second');
    expect(await store.get(key('a'))).toBe('second');
    expect(await store.delete(key('a'))).toBe(true);
    expect(await store.get(key('a'))).toBeUndefined();
    expect(await store.delete(key('a'))).toBe(false);
  });

  it('forgets an entry when its time is up, and keeps one set without a time', async () => {
    await store.set(key('brief'), 'one second', { ttl: 1 });
    await store.set(key('kept'), 'no expiry', { ttl: null });
    expect(await store.get(key('brief'))).toBe('one second');
    await sleep(1300);
    expect(await store.get(key('brief'))).toBeUndefined();
    expect(await store.get(key('kept'))).toBe('no expiry');
    await store.delete(key('kept'));
  });

  it('keeps entries apart by key', async () => {
    await store.set(key('x'), 'x');
    await store.set(key('y'), 'y');
    expect([await store.get(key('x')), await store.get(key('y'))]).toEqual(['x', 'y']);
  });
}

describe('the in-process store', () => {
  contract(async () => new MemoryStore());

  it('is bounded: the least recently used entries leave first when it is full', async () => {
    const store = new MemoryStore(100);
    await store.set('a', 'x'.repeat(40));
    await store.set('b', 'y'.repeat(40));
    expect(await store.get('a')).toBeDefined(); // a is now the more recently used
    await store.set('c', 'z'.repeat(40));
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe('x'.repeat(40));
    expect(await store.get('c')).toBe('z'.repeat(40));
    // An entry larger than the whole store is not kept at all.
    await store.set('huge', 'h'.repeat(200));
    expect(await store.get('huge')).toBeUndefined();
  });
});

withRedis(`the Redis store at ${REDIS_URL}`, () => {
  const prefix = `hub-test:${randomUUID()}:`;
  const registry = new Registry();
  const stores: RedisStore[] = [];
  const raw = createClient({ url: REDIS_URL });
  const open = async () => {
    const store = new RedisStore({
      url: REDIS_URL,
      keyPrefix: prefix,
      logger: silent,
      metrics: new CacheMetrics(registry, 'redis'),
    });
    stores.push(store);
    await store.connect();
    return store;
  };
  beforeAll(async () => {
    await raw.connect();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const found of await raw.keys(`${prefix}*`)) await raw.del(found);
    await raw.close();
  });

  contract(open);

  it('writes every key under its prefix, with the time to live it was given', async () => {
    const store = stores[0]!;
    await store.set('apq:abc', 'query { __typename }', { ttl: 86400 });
    expect(await raw.get(`${prefix}apq:abc`)).toBe('query { __typename }');
    const ttl = await raw.ttl(`${prefix}apq:abc`);
    expect(ttl).toBeGreaterThan(86000);
    expect(ttl).toBeLessThanOrEqual(86400);
    expect(await raw.get('apq:abc')).toBeNull();
  });

  it('reports itself up', async () => {
    expect(await sample(registry, 'hub_cache_store_up', { store: 'redis' })).toBe(1);
  });
});

describe('a Redis that does not answer', () => {
  let store: RedisStore;
  const registry = new Registry();
  const warnings: unknown[][] = [];
  beforeAll(async () => {
    const logger = {
      warn: (...args: unknown[]) => warnings.push(args),
      info: () => {},
    } as unknown as Logger;
    // Port 1 on the loopback refuses connections at once.
    store = new RedisStore({
      url: 'redis://127.0.0.1:1',
      keyPrefix: 'hub:',
      logger,
      metrics: new CacheMetrics(registry, 'redis'),
    });
    await store.connect();
  });
  afterAll(async () => {
    await store.close();
  });

  it('finds nothing and keeps nothing, at once, without failing', async () => {
    const started = Date.now();
    expect(await store.get('a')).toBeUndefined();
    await expect(store.set('a', 'b', { ttl: 60 })).resolves.toBeUndefined();
    expect(await store.delete('a')).toBe(false);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('counts what it did without the store, says it is down, and logs the outage once', async () => {
    for (let i = 0; i < 5; i++) await store.get(`k${i}`);
    await sleep(500); // several reconnection attempts fail meanwhile
    expect(await sample(registry, 'hub_cache_store_failures_total', { operation: 'get' })).toBe(6);
    expect(await sample(registry, 'hub_cache_store_failures_total', { operation: 'set' })).toBe(1);
    expect(await sample(registry, 'hub_cache_store_up', { store: 'redis' })).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]![1])).toMatch(/does not answer/);
  });
});
