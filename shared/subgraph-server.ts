import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
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
import { aggregateCacheHints } from './cache-hints.js';
import { CallerCheck } from './caller.js';
import type { HubContext } from './context.js';
import type { OwnerLookup } from './department/owner-facts.js';
import { RECORDS_GRANT_HEADER, REFERENCE_GRANT_HEADER } from './department/reference-grant.js';
import { POSTGRES_ERRORS } from './db/errors.js';
import { createErrorFormatter } from './errors.js';
import { InputLiteralsRule } from './input/check.js';
import { inputCheckPlugin } from './input/plugin.js';
import type { RecordsLookup } from './linked-records.js';
import type { Logger } from './logger.js';
import { responseNotices } from './notices.js';
import { checkWithin } from './observability/health.js';
import type { PoolStats, ServiceMetrics } from './observability/metrics.js';
import { BINDING_HEADER } from './request-binding.js';
import {
  createServiceHttp,
  DEFAULT_SERVICE_SETTINGS,
  listen,
  MAX_BODY_BYTES,
  type RunningServer,
  type ServiceSettings,
} from './server.js';

// A department's GraphQL server: the HTTP side every service shares (`server.ts`) with what only
// a subgraph does — check that the gateway vouched for each request, check input literals, give
// each request its entity manager and loaders. Apart from `server.ts` so that the gateway does
// not load the schema-building and input-checking code it never runs.

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
      database: POSTGRES_ERRORS,
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
