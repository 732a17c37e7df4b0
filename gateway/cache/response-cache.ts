import { createHash, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { GatewayContext } from '../context.js';
import type { CacheMetrics } from './metrics.js';
import type { CacheStore } from './store.js';

/**
 * Everything about the caller that changes an answer the response cache may keep: the
 * department, the roles and the region scope of the principal, and the purpose they stated.
 *
 * The subject is left out on purpose: only aggregates carry a `maxAge` (`shared/cache-hints.ts`:
 * `Region`, its figures and `IndicatorTable`), and none of them reads who asks beyond these, writes
 * to the access log or reveals anything; masking and reveals belong to people, which are never
 * cached. Two caseworkers of one county's department therefore share the county's figures.
 */
export function callerCacheKey(context: Pick<GatewayContext, 'principal' | 'purpose'>): string {
  const { department, roles, regionCode } = context.principal;
  return JSON.stringify({
    department,
    roles: [...new Set(roles)].sort(),
    regionCode,
    purpose: context.purpose ?? null,
  });
}

/**
 * How long the mark of the last write is kept: longer than any answer may be
 * (`AGGREGATE_CACHE_SECONDS` is at most a day), so no answer kept before the write outlives it.
 */
const WRITE_MARK_TTL_SECONDS = 24 * 60 * 60 + 60;

/**
 * The key of the mark every write changes. A write in one township changes the figures of its
 * county, province and country, which callers of every scope and department read: any write
 * therefore retires every kept answer, in every gateway that shares the store.
 */
const WRITE_MARK_KEY = 'fqw:last-write';

export interface ResponseCacheOptions {
  /** Off: no answer is kept (no plugin at all). */
  responses: boolean;
  store: CacheStore;
  metrics: CacheMetrics;
  /** The graph served: answers kept under one supergraph are never served under another. */
  supergraphSdl: string;
}

/**
 * The gateway's response cache: a whole answer is kept when the cache hints of every field in it
 * allow it (the subgraphs' `Cache-Control`, combined by the gateway: only aggregates have a
 * `maxAge`, so an answer that also reads a station or a person is never kept), for that `maxAge`,
 * keyed by the operation, its variables, the graph and the caller ({@link callerCacheKey}).
 * Mutations, answers with errors and answers with notices are never kept. Hits and misses are
 * counted on `/metrics`.
 *
 * Every caller sees a write at once: each mutation changes one mark that is part of every key, so
 * nothing kept before it is found again.
 */
export function responseCache(options: ResponseCacheOptions): ApolloServerPlugin<GatewayContext>[] {
  if (!options.responses) return [];
  const graph = createHash('sha256').update(options.supergraphSdl).digest('hex').slice(0, 16);
  const looked = new WeakSet<GatewayContext>();
  const store: CacheStore = {
    get: (key) => options.store.get(key),
    set: async (key, value, setOptions) => {
      options.metrics.stored();
      await options.store.set(key, value, setOptions);
    },
    delete: (key) => options.store.delete(key),
  };
  return [
    responseCachePlugin<GatewayContext>({
      cache: store,
      // Every answer depends on its caller, and the hints say PRIVATE: the caller is the session.
      sessionId: async ({ contextValue }) =>
        contextValue.principal ? callerCacheKey(contextValue) : null,
      // …and is in the key of any answer, even one a hint would make public.
      extraCacheKeyData: async ({ contextValue }) => ({
        graph,
        caller: contextValue.principal ? callerCacheKey(contextValue) : null,
        lastWrite: contextValue.principal
          ? ((await options.store.get(WRITE_MARK_KEY)) ?? null)
          : null,
      }),
      shouldReadFromCache: async ({ contextValue }) => {
        if (!contextValue.principal) return false;
        looked.add(contextValue);
        return true;
      },
      shouldWriteToCache: async ({ contextValue }) =>
        !!contextValue.principal && contextValue.notices.length === 0,
    }),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, metrics, operation }) {
            if (looked.has(contextValue)) options.metrics.looked(metrics.responseCacheHit === true);
            // Before the answer leaves, so that the next question anywhere finds the new mark.
            if (operation?.operation === OperationTypeNode.MUTATION && contextValue.principal) {
              await options.store.set(WRITE_MARK_KEY, randomUUID(), {
                ttl: WRITE_MARK_TTL_SECONDS,
              });
            }
          },
        };
      },
    },
  ];
}
