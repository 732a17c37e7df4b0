import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { CryptoKey } from 'jose';
import { PRINCIPAL_HEADER, type InternalGrant } from './auth.js';
import { CallerCheck } from './caller.js';
import { BINDING_HEADER } from './request-binding.js';
import { aggregateCacheHints } from './cache-hints.js';
import { loadConfig, type HubConfig } from './config.js';
import type { HubContext } from './context.js';
import type { OwnerLookup } from './department/owner-facts.js';
import { RECORDS_GRANT_HEADER, REFERENCE_GRANT_HEADER } from './department/reference-grant.js';
import type { RecordsLookup } from './linked-records.js';
import { createErrorFormatter } from './errors.js';
import { InputLiteralsRule } from './input/check.js';
import { inputCheckPlugin } from './input/plugin.js';
import type { Logger } from './logger.js';
import { checkWithin, mountHealth, type CheckState } from './observability/health.js';
import { ServiceMetrics, type PoolStats } from './observability/metrics.js';
import { tracingMiddleware, tracingPlugin } from './observability/tracing.js';
import { responseNotices } from './notices.js';

/** Largest request body accepted; GraphQL documents and variables are far smaller. */
export const MAX_BODY_BYTES = '1mb';

/** How every service of the hub behaves around its GraphQL endpoint; the same for all. */
export interface ServiceSettings {
  /** Longest wait for in-flight requests on stop before their connections are cut. */
  shutdownGraceMs: number;
  /** When set, `/metrics` asks for it as a bearer token. */
  metricsToken?: string;
  /** Seconds that aggregate answers may be cached by the client; 0 for no hints. */
  aggregateCacheSeconds: number;
}

/** The service settings a configuration describes. */
export function serviceSettings(config: HubConfig): ServiceSettings {
  return {
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    aggregateCacheSeconds: config.AGGREGATE_CACHE_SECONDS,
    ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
  };
}

/** The settings of a configuration left at its defaults. */
export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = serviceSettings(loadConfig({}));

/** The HTTP side that every service shares: Express, health, metrics and the stop sequence. */
export interface ServiceHttp {
  app: Express;
  httpServer: Server;
  metrics: ServiceMetrics;
  /** Plugins every Apollo Server of the hub runs, in order. */
  plugins<Context extends object>(): ApolloServerPlugin<Context>[];
  /** Turns readiness off, so that no new work is routed here while in-flight requests finish. */
  beginStop(): void;
}

export interface ServiceHttpOptions {
  name: string;
  logger: Logger;
  settings: ServiceSettings;
  /** What readiness checks: each dependency of the service. */
  checks: () => Promise<Record<string, CheckState>>;
  /** The service's metrics, when its background work reports to them too; made here when absent. */
  metrics?: ServiceMetrics;
}

/**
 * Builds the HTTP side of a service: `/health/live`, `/health/ready` (and `/health`), `/metrics`,
 * tracing of `/graphql`, and an orderly stop — readiness goes down first, then Apollo Server
 * drains the requests in flight for up to the grace period.
 */
export function createServiceHttp(options: ServiceHttpOptions): ServiceHttp {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const metrics = options.metrics ?? new ServiceMetrics(options.name);
  let stopping = false;
  mountHealth(app, {
    service: options.name,
    checks: options.checks,
    stopping: () => stopping,
    logger: options.logger,
  });
  app.get('/metrics', metrics.handler(options.settings.metricsToken));
  app.use('/graphql', tracingMiddleware(options.name));
  return {
    app,
    httpServer,
    metrics,
    plugins: <Context extends object>() => [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.settings.shutdownGraceMs,
      }),
      metrics.plugin<Context>(),
      tracingPlugin<Context>(),
    ],
    beginStop() {
      stopping = true;
    },
  };
}

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  logger: Logger;
  /** A fresh entity manager for each request. */
  forkEntityManager: () => EntityManager;
  createLoaders: (em: EntityManager, grant: InternalGrant) => Loaders;
  /**
   * The owner of people, projects, stations and regions for one request; `referenceGrant` is what
   * the gateway signed for a mutation so that civil affairs answers as it would the caller.
   */
  ownerLookup: (em: EntityManager, grant: InternalGrant, referenceGrant?: string) => OwnerLookup;
  /**
   * The departments' linkable records for one request; `recordsGrant` is what the gateway signed
   * for a mutation to civil affairs so that each department answers as it would the caller.
   */
  recordsLookup: (em: EntityManager, grant: InternalGrant, recordsGrant?: string) => RecordsLookup;
  /** Routes the service serves beside `/graphql` (the record and reference endpoints). */
  mountRoutes?: (app: Express) => void;
  /** Public keys of the gateway; a request without a grant signed by one of them is refused. */
  verifyingKeys: CryptoKey[];
  /** Secrets a request's binding to its grant may be made with. */
  bindingSecrets: Buffer[];
  /** Answers whether the service's own dependencies (its database) are usable. */
  checkHealth: () => Promise<void>;
  /** Figures of the database pool for `/metrics`. */
  poolStats?: () => Promise<PoolStats>;
  /** The service's metrics, shared with its background work; made by the server when absent. */
  metrics?: ServiceMetrics;
  exposeInternals: boolean;
  settings?: ServiceSettings;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Binds an HTTP server and resolves with its URL once it listens. */
export async function listen(
  server: Server,
  host: string,
  port: number,
  path: string,
): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${address.port}${path}`;
}

/**
 * Starts one subgraph: Apollo Server on Express with `/graphql`, health and metrics. Each request
 * gets its own context; on `stop()` it stops being ready and drains in-flight requests.
 */
export async function startSubgraphServer<Loaders>(
  options: SubgraphServerOptions<Loaders>,
): Promise<RunningServer> {
  const settings = options.settings ?? DEFAULT_SERVICE_SETTINGS;
  const service = createServiceHttp({
    name: options.name,
    logger: options.logger,
    settings,
    checks: async () => ({ database: await checkWithin(3000, options.checkHealth) }),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  if (options.poolStats) service.metrics.observePool(options.poolStats);
  const { app, httpServer } = service;
  // Only the gateway calls a subgraph, by POST, and never asks again with `If-None-Match`: a
  // digest of every answer would be computed for nothing.
  app.set('etag', false);
  options.mountRoutes?.(app);
  const apollo = new ApolloServer<HubContext<Loaders>>({
    schema: options.schema,
    formatError: createErrorFormatter({
      exposeInternals: options.exposeInternals,
      logger: options.logger,
      service: options.name,
    }),
    includeStacktraceInErrorResponses: options.exposeInternals,
    validationRules: [InputLiteralsRule],
    // The hub stops its services itself, in order; Apollo Server must not exit the process.
    stopOnTerminationSignals: false,
    plugins: [
      ...service.plugins<HubContext<Loaders>>(),
      ApolloServerPluginInlineTraceDisabled(),
      inputCheckPlugin<HubContext<Loaders>>(),
      // The answer's cache policy, found per document (Apollo Server's per-field one is off).
      aggregateCacheHints(options.schema, settings.aggregateCacheSeconds),
      ApolloServerPluginCacheControlDisabled(),
      responseNotices<HubContext<Loaders>>(),
    ],
  });
  await apollo.start();

  const callers = new CallerCheck(options.verifyingKeys, options.bindingSecrets, options.name);
  // The bytes of each body as received: the gateway's binding vouches for them, not for the JSON
  // they parse to.
  const received = new WeakMap<object, Buffer>();
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES, verify: (req, _res, bytes) => received.set(req, bytes) }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const grant = await callers
          .check(req.header(PRINCIPAL_HEADER), req.header(BINDING_HEADER), received.get(req))
          .catch((error: unknown) => {
            options.logger.warn(
              { reason: (error as Error).message },
              'request refused: the gateway did not vouch for it',
            );
            // Only the gateway can vouch for a request: a direct call, including `_entities`,
            // a replayed request and a captured grant with another body all end here.
            throw new GraphQLError('Requests must come through the gateway', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          });
        const em = options.forkEntityManager();
        const requestId = grant.requestId || randomUUID();
        const scoped = { ...grant, requestId };
        return {
          em,
          loaders: options.createLoaders(em, scoped),
          principal: grant.principal,
          requestId,
          purpose: grant.purpose,
          owner: options.ownerLookup(em, scoped, req.header(REFERENCE_GRANT_HEADER)),
          records: options.recordsLookup(em, scoped, req.header(RECORDS_GRANT_HEADER)),
          notices: [],
        };
      },
    }),
  );

  const url = await listen(httpServer, options.host, options.port, '/graphql');
  options.logger.info({ url }, 'subgraph listening');
  return {
    url,
    async stop() {
      service.beginStop();
      await apollo.stop();
    },
  };
}
