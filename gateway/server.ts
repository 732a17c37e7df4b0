import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createErrorFormatter } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { ExportMetrics, SubgraphFetchMetrics } from '../shared/observability/metrics.js';
import {
  createServiceHttp,
  DEFAULT_SERVICE_SETTINGS,
  listen,
  MAX_BODY_BYTES,
  type RunningServer,
  type ServiceSettings,
} from '../shared/server.js';
import type { Authenticate } from './auth.js';
import { openGatewayCache, type CacheOptions } from './cache/gateway-cache.js';
import { responseCache } from './cache/response-cache.js';
import { gatewayContext, type GatewayContext } from './context.js';
import { mountExplorer, type ExplorerOptions } from './explorer.js';
import { DEFAULT_EXPORT_SETTINGS, ExportJobs, type ExportSettings } from './exports/jobs.js';
import { mountExports } from './exports/routes.js';
import { queryLimits } from './plugins/query-limits.js';
import { varyByCaller } from './plugins/vary-by-caller.js';
import { responseNotices } from '../shared/notices.js';
import { MergedReadShapes } from './merged-reads.js';
import { subgraphReadiness } from './readiness.js';
import {
  callerHeaders,
  InFlightReads,
  subgraphAgent,
  subgraphFetch,
  supergraphSubgraphs,
  type CallerKeys,
} from './subgraph-fetch.js';

export interface GatewayOptions {
  /** The composed supergraph (the committed `supergraph.graphql`). */
  supergraphSdl: string;
  /** Where each subgraph answers, by subgraph name; overrides the URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Longest wait for one subgraph fetch. */
  timeoutMs: number;
  /** Kept-alive connections to each subgraph at most; 64 when absent. */
  subgraphConnections?: number;
  /** Send identical reads of one caller in flight at once only once; on unless turned off. */
  coalesceReads?: boolean;
  /** Send the reads of one client request to one subgraph that start together as one operation; on unless turned off. */
  mergeReads?: boolean;
  logger: Logger;
  exposeInternals: boolean;
  /** Reads the client's token; anonymous GraphQL requests are refused. */
  authenticate: Authenticate;
  /** Vouch for each caller to the subgraphs. */
  keys: CallerKeys;
  /** Shutdown grace, metrics token and cache hints; the defaults when absent. */
  settings?: ServiceSettings;
  /** The browser explorer at `/`, with development sign-in when that is given. */
  explorer?: ExplorerOptions;
  /** Answer introspection; on unless turned off (anonymous requests never reach it). */
  introspection?: boolean;
  /** How long finished exports are kept and how many each principal may run; defaults when absent. */
  exports?: ExportSettings;
  /** Where persisted queries and cached answers are kept; this process's memory when absent. */
  cache?: CacheOptions;
}

/**
 * The router's vendor reports usage hourly unless the process says otherwise; a government
 * network must not phone home. Every process that starts a gateway calls this first.
 */
export function refuseVendorTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
}

/**
 * Starts the gateway: serves the static supergraph with `@apollo/gateway`, routes each subgraph to
 * its configured URL with a timeout, reports subgraph health at `/health`, and writes exports of
 * the graph as CSV or XLSX at `/exports`.
 */
export async function createGateway(options: GatewayOptions): Promise<RunningServer> {
  const routes = { ...supergraphSubgraphs(options.supergraphSdl), ...options.subgraphUrls };
  const service = createServiceHttp({
    name: 'gateway',
    logger: options.logger,
    settings: options.settings ?? DEFAULT_SERVICE_SETTINGS,
    checks: () => subgraphReadiness(routes, Math.min(options.timeoutMs, 3000)),
  });
  const metrics = new SubgraphFetchMetrics(service.metrics.registry);
  metrics.declare(Object.keys(routes));
  const agent = subgraphAgent(options.subgraphConnections);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.logger,
    buildService: subgraphFetch({
      routes,
      timeoutMs: options.timeoutMs,
      headers: callerHeaders(options.keys),
      agent,
      coalesce: options.coalesceReads ?? true,
      inFlight: new InFlightReads(),
      mergeReads: options.mergeReads ?? true,
      shapes: new MergedReadShapes(),
      metrics,
    }),
  });

  // Exports read columns' types (money as numbers) from the API schema the gateway serves.
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    apiSchema = loaded.apiSchema;
  });

  const { app, httpServer } = service;
  mountExplorer(app, options.explorer);
  // Exports ask the gateway's own `/graphql` as their caller: known once it listens.
  let graphqlUrl = '';
  const exportJobs = new ExportJobs({
    settings: options.exports ?? DEFAULT_EXPORT_SETTINGS,
    graphqlUrl: () => graphqlUrl,
    metrics: (running) => new ExportMetrics(service.metrics.registry, running),
    logger: options.logger,
  });
  mountExports(app, {
    authenticate: options.authenticate,
    jobs: exportJobs,
    schema: () => apiSchema,
    logger: options.logger,
  });
  const limits = queryLimits();
  const cache = await openGatewayCache(options.cache, options.logger, service.metrics.registry);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter({
      exposeInternals: options.exposeInternals,
      logger: options.logger,
    }),
    includeStacktraceInErrorResponses: options.exposeInternals,
    csrfPrevention: true,
    // Apollo turns introspection off in production by default, which leaves analysts' explorer
    // without docs; every request here is authenticated before it is executed.
    introspection: options.introspection ?? true,
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // Automatic persisted queries: a dashboard sends the hash of a query it sent before (also
    // by GET, so that HTTP caches can keep the answer); kept in the one cache with the answers.
    cache: cache.store,
    persistedQueries: { ttl: cache.persistedQueryTtl },
    stopOnTerminationSignals: false,
    plugins: [
      ...service.plugins<GatewayContext>(),
      // Apollo's landing page loads from its CDN; the self-contained explorer replaces it.
      ApolloServerPluginLandingPageDisabled(),
      ...limits.plugins,
      varyByCaller(),
      ...responseCache({ ...cache, supergraphSdl: options.supergraphSdl }),
      responseNotices<GatewayContext>(),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: gatewayContext(options.authenticate, () => service.metrics.rejected()),
    }),
  );

  const url = await listen(httpServer, options.host, options.port, '/graphql');
  graphqlUrl = url;
  options.logger.info({ url }, 'gateway listening');
  return {
    url,
    async stop() {
      service.beginStop();
      // Running exports are cancelled and every export file removed before the server drains.
      await exportJobs.stop();
      await apollo.stop();
      await agent.close();
      await cache.close();
    },
  };
}
