import type { Registry } from 'prom-client';
import type { HubConfig } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import { MemoryStore } from './memory-store.js';
import { CacheMetrics, type CacheStoreKind } from './metrics.js';
import type { CacheStore } from './store.js';

/**
 * How long a persisted query is kept in Redis: a day. A client whose hash is no longer known sends
 * the query once more (the protocol's `PERSISTED_QUERY_NOT_FOUND`), so expiry costs one request
 * per query and client a day; without it, every query text any signed-in client ever registered
 * would stay in the shared store for good. In memory the store's bound does that work instead.
 */
export const SHARED_PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;

/** Where the gateway keeps its cache; from the configuration (`cacheOptions`). */
export interface CacheOptions {
  /** Redis shared with the other gateways; this process's memory without it. */
  redisUrl?: string;
  /** Prefix of every key in Redis. */
  keyPrefix: string;
  /** Whether whole answers are kept (aggregates, as their cache hints allow). */
  responses: boolean;
}

/** The cache options a configuration describes. */
export function cacheOptions(config: HubConfig): CacheOptions {
  return {
    keyPrefix: config.REDIS_KEY_PREFIX,
    responses: config.GATEWAY_RESPONSE_CACHE === 'on',
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
  };
}

/** The gateway's one cache: persisted queries and cached answers live in the same store. */
export interface GatewayCache {
  kind: CacheStoreKind;
  store: CacheStore;
  /** Whether whole answers are kept beside the persisted queries. */
  responses: boolean;
  metrics: CacheMetrics;
  /** The `ttl` of persisted queries in this store, as Apollo Server's option takes it. */
  persistedQueryTtl: number | null;
  close(): Promise<void>;
}

/**
 * Opens the gateway's cache: Redis when one is configured (shared by every gateway that names
 * it), a bounded store in this process otherwise. A Redis that does not answer at start does not
 * stop the gateway, which keeps trying and answers without the cache meanwhile.
 */
export async function openGatewayCache(
  options: CacheOptions | undefined,
  logger: Logger,
  registry: Registry,
): Promise<GatewayCache> {
  if (!options?.redisUrl) {
    return {
      kind: 'memory',
      store: new MemoryStore(),
      responses: options?.responses ?? true,
      metrics: new CacheMetrics(registry, 'memory'),
      persistedQueryTtl: null,
      close: async () => {},
    };
  }
  // The Redis client is loaded only by a gateway that uses it: a few hundred modules, 6 MB of heap.
  const { RedisStore } = await import('./redis-store.js');
  const metrics = new CacheMetrics(registry, 'redis');
  const store = new RedisStore({
    url: options.redisUrl,
    keyPrefix: options.keyPrefix,
    logger,
    metrics,
  });
  await store.connect();
  return {
    kind: 'redis',
    store,
    responses: options.responses,
    metrics,
    persistedQueryTtl: SHARED_PERSISTED_QUERY_TTL_SECONDS,
    close: () => store.close(),
  };
}
