import { Counter, Gauge, type Registry } from 'prom-client';

/** Which store holds the gateway's cache: Redis shared by the gateways, or this process's memory. */
export type CacheStoreKind = 'redis' | 'memory';

/** A store operation, as the failure counter labels it. */
export type CacheOperation = 'get' | 'set' | 'delete';

/**
 * The gateway's cache on `/metrics`: whether its store answers, the operations done without it,
 * and how often a cacheable question found its answer kept.
 */
export class CacheMetrics {
  private readonly up: Gauge<'store'>;
  private readonly failures: Counter<'store' | 'operation'>;
  private readonly lookups: Counter<'result'>;
  private readonly writes: Counter;

  constructor(
    registry: Registry,
    readonly store: CacheStoreKind,
  ) {
    this.up = new Gauge({
      name: 'hub_cache_store_up',
      help: "1 while the gateway's cache store (persisted queries, cached answers) answers, 0 while it does not and requests are answered without it",
      labelNames: ['store'],
      registers: [registry],
    });
    this.failures = new Counter({
      name: 'hub_cache_store_failures_total',
      help: "Operations on the gateway's cache store that failed or were skipped because it did not answer; the request went on without the cache",
      labelNames: ['store', 'operation'],
      registers: [registry],
    });
    this.lookups = new Counter({
      name: 'hub_response_cache_lookups_total',
      help: 'Queries the gateway looked up in its response cache: hit (answered from it, no subgraph asked) or miss',
      labelNames: ['result'],
      registers: [registry],
    });
    this.writes = new Counter({
      name: 'hub_response_cache_writes_total',
      help: 'Answers the gateway kept in its response cache (aggregates whose cache hints allow it)',
      registers: [registry],
    });
    this.up.set({ store }, store === 'memory' ? 1 : 0);
    for (const operation of ['get', 'set', 'delete'] satisfies CacheOperation[]) {
      this.failures.inc({ store, operation }, 0);
    }
    this.lookups.inc({ result: 'hit' }, 0);
    this.lookups.inc({ result: 'miss' }, 0);
  }

  available(up: boolean): void {
    this.up.set({ store: this.store }, up ? 1 : 0);
  }

  failed(operation: CacheOperation): void {
    this.failures.inc({ store: this.store, operation });
  }

  looked(hit: boolean): void {
    this.lookups.inc({ result: hit ? 'hit' : 'miss' });
  }

  stored(): void {
    this.writes.inc();
  }
}
