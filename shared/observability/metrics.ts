import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { getOperationAST, parse } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js';

/** Latency buckets in seconds: from a cached lookup to a subgraph timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Operation names come from clients, so they are bounded: a name that is not a GraphQL name, or
 * one beyond the first {@link MAX_OPERATION_NAMES} seen, is counted as `other`. Without the cap
 * a client could grow the metrics without limit.
 */
export const MAX_OPERATION_NAMES = 200;

/** How a GraphQL request ended, as the request counter labels it. */
export type Outcome = 'success' | 'partial' | 'error' | 'rejected' | 'persisted_query_miss';

/** Pool figures of the service's database connection. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

let processRegistry: Registry | undefined;

/**
 * CPU, memory, event-loop lag and GC belong to the process, not to a service: `npm start` runs
 * seven services in one process, so they are collected once and shown on every service's page.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'hub_' });
  }
  return processRegistry;
}

/** The Prometheus metrics of one service (a subgraph or the gateway), in a registry of its own. */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'type' | 'outcome'>;
  private readonly duration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly names = new Set<string>();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    this.requests = new Counter({
      name: 'hub_graphql_requests_total',
      help: 'GraphQL requests by operation name, operation type and outcome',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'hub_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
  }

  /** The label for a client-given operation name, bounded as {@link MAX_OPERATION_NAMES} says. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }

  /** An Apollo Server plugin that counts and times every request. */
  plugin<Context extends object>(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async (context: GraphQLRequestContext<Context>) => {
            const labels = {
              operation: this.operationLabel(nameOf(context)),
              type: context.operation?.operation ?? 'unknown',
              outcome: outcomeOf(context),
            };
            this.requests.inc(labels);
            this.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }

  /**
   * Counts a request refused before Apollo Server's plugins see it: a client without a valid
   * token fails while its context is built.
   */
  rejected(): void {
    this.requests.inc({ operation: 'unknown', type: 'unknown', outcome: 'rejected' });
  }

  /** Reports the database pool's use at each scrape. */
  observePool(read: () => Promise<PoolStats>): void {
    const registry = this.registry;
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Database connections of the service pool by state (total, idle, waiting requests, max)',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        const stats = await read().catch(() => null);
        if (!stats) return;
        for (const [state, value] of Object.entries(stats) as Array<[string, number]>) {
          this.set({ state }, value);
        }
      },
    });
  }

  /** `GET /metrics` in the Prometheus text format; with a token configured, only for its holder. */
  handler(token?: string): RequestHandler {
    return (request, response, next) => {
      if (token && request.header('authorization') !== `Bearer ${token}`) {
        response.status(401).set('www-authenticate', 'Bearer').send('metrics need a token\n');
        return;
      }
      Promise.all([this.registry.metrics(), processMetrics().metrics()])
        .then((texts) => response.type(this.registry.contentType).send(texts.join('\n')))
        .catch(next);
    };
  }
}

/**
 * The operation's name: as resolved, or, for a request refused before that (invalid, over the
 * limits), read from its text so that the refusal is counted against the operation that caused it.
 */
function nameOf(context: GraphQLRequestContext<object>): string | null | undefined {
  if (context.operation) return context.operationName;
  const requested = context.request.operationName;
  if (requested || !context.request.query) return requested;
  try {
    const document = context.document ?? parse(context.request.query, { noLocation: true });
    return getOperationAST(document)?.name?.value;
  } catch {
    return undefined;
  }
}

/**
 * `persisted_query_miss`: a hash the gateway had not seen (the client sends the query next);
 * `rejected`: refused before execution (unparsable, invalid, over the limits, not signed in);
 * `error`: executed, errors and no data; `partial`: data with errors (a department down);
 * `success`: no errors.
 */
function outcomeOf(context: GraphQLRequestContext<object>): Outcome {
  const { body } = context.response;
  const errors = context.errors?.length ?? 0;
  // A client that sends only a hash the gateway does not know yet follows the protocol: it sends
  // the query next. Counting that as refused would make every new dashboard look like errors.
  if (context.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    return 'persisted_query_miss';
  }
  if (!context.operation || !context.document) return errors ? 'rejected' : 'success';
  if (body?.kind !== 'single') return errors ? 'partial' : 'success';
  const result = body.singleResult;
  if (!result.errors?.length && !errors) return 'success';
  const data = result.data;
  const hasData = !!data && Object.values(data).some((value) => value !== null);
  if (context.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return 'rejected';
  return hasData ? 'partial' : 'error';
}

/** Gateway-side figures for each subgraph fetch. */
export class SubgraphFetchMetrics {
  private readonly latency: Histogram<'subgraph'>;
  private readonly errors: Counter<'subgraph' | 'reason'>;
  private readonly shared: Counter<'subgraph'>;
  private readonly mergedReads: Counter<'subgraph'>;
  private readonly mergedFetches: Counter<'subgraph'>;

  constructor(registry: Registry) {
    this.latency = new Histogram({
      name: 'hub_subgraph_fetch_duration_seconds',
      help: 'Time the gateway waited for each subgraph fetch',
      labelNames: ['subgraph'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'hub_subgraph_fetch_errors_total',
      help: 'Subgraph fetches that failed: timeout, unreachable, http (non-2xx) or graphql (errors in the answer)',
      labelNames: ['subgraph', 'reason'],
      registers: [registry],
    });
    this.shared = new Counter({
      name: 'hub_subgraph_fetches_coalesced_total',
      help: 'Subgraph reads not sent because an identical read of the same caller was already on its way',
      labelNames: ['subgraph'],
      registers: [registry],
    });
    this.mergedReads = new Counter({
      name: 'hub_subgraph_reads_merged_total',
      help: 'Subgraph reads sent inside one operation with other reads of the same client request',
      labelNames: ['subgraph'],
      registers: [registry],
    });
    this.mergedFetches = new Counter({
      name: 'hub_subgraph_merged_fetches_total',
      help: 'Subgraph fetches that carried several reads of one client request as one operation',
      labelNames: ['subgraph'],
      registers: [registry],
    });
  }

  /** Counts one fetch that carries `reads` reads merged. */
  merged(subgraph: string, reads: number): void {
    this.mergedFetches.inc({ subgraph });
    this.mergedReads.inc({ subgraph }, reads);
  }

  /** Counts a read answered by an identical one in flight. */
  coalesced(subgraph: string): void {
    this.shared.inc({ subgraph });
  }

  observe(subgraph: string, seconds: number): void {
    this.latency.observe({ subgraph }, seconds);
  }

  failed(subgraph: string, reason: 'timeout' | 'unreachable' | 'http' | 'graphql'): void {
    this.errors.inc({ subgraph, reason });
  }

  /** Starts every error series at zero, so that a rate over one is 0 rather than "no data". */
  declare(subgraphs: string[]): void {
    for (const subgraph of subgraphs) {
      for (const reason of ['timeout', 'unreachable', 'http', 'graphql']) {
        this.errors.inc({ subgraph, reason }, 0);
      }
      this.shared.inc({ subgraph }, 0);
      this.mergedFetches.inc({ subgraph }, 0);
      this.mergedReads.inc({ subgraph }, 0);
    }
  }
}

/**
 * The benefit ledger's consumer as Prometheus sees it, per department: how long the oldest
 * snapshot not yet applied has waited, and how many snapshots were applied. The consumer reports
 * what it saw at its last look; the age is worked out at each scrape, so a consumer that stopped
 * with snapshots waiting shows a lag that keeps growing rather than the figure of its last round.
 */
export class LedgerConsumerMetrics {
  private readonly since = new Map<string, Date | null>();
  private readonly appliedTotal: Counter<'department'>;

  constructor(registry: Registry, now: () => number = Date.now) {
    const since = this.since;
    new Gauge({
      name: 'hub_ledger_consumer_lag_seconds',
      help: "Age of the oldest snapshot of a department's outbox the benefit ledger has not applied yet, as its consumer last saw it; 0 when caught up",
      labelNames: ['department'],
      registers: [registry],
      collect() {
        for (const [department, waiting] of since) {
          this.set({ department }, waiting ? Math.max(0, (now() - waiting.getTime()) / 1000) : 0);
        }
      },
    });
    this.appliedTotal = new Counter({
      name: 'hub_ledger_consumer_applied_total',
      help: "Snapshots of a department's outbox the benefit ledger's consumer has applied (committed)",
      labelNames: ['department'],
      registers: [registry],
    });
  }

  /** Starts each department's series at 0, so that they exist before the first snapshot. */
  declare(departments: string[]): void {
    for (const department of departments) {
      if (!this.since.has(department)) this.since.set(department, null);
      this.appliedTotal.inc({ department }, 0);
    }
  }

  /** The oldest snapshot of the department not yet applied was written at `since`; null: none. */
  waiting(department: string, since: Date | null): void {
    this.since.set(department, since);
  }

  applied(department: string, count: number): void {
    this.appliedTotal.inc({ department }, count);
  }
}

/** How an export asked at the gateway ended, as the export counter labels it. */
export type ExportOutcome = 'done' | 'failed' | 'refused' | 'throttled';

/** Gateway-side figures of exports: how each ended, by format, and how many are running. */
export class ExportMetrics {
  private readonly exports: Counter<'format' | 'outcome'>;

  constructor(registry: Registry, running: () => number) {
    this.exports = new Counter({
      name: 'hub_exports_total',
      help: 'Exports asked at the gateway by format and outcome: done, failed (after it started), refused (the graph answered its first page with errors) or throttled (too many running)',
      labelNames: ['format', 'outcome'],
      registers: [registry],
    });
    new Gauge({
      name: 'hub_exports_running',
      help: 'Exports the gateway is writing now',
      registers: [registry],
      collect() {
        this.set(running());
      },
    });
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      for (const outcome of ['done', 'failed', 'refused', 'throttled'] satisfies ExportOutcome[]) {
        this.exports.inc({ format, outcome }, 0);
      }
    }
  }

  ended(format: ExportFormat, outcome: ExportOutcome): void {
    this.exports.inc({ format, outcome });
  }
}
