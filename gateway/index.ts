import { randomUUID } from 'node:crypto';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import express from 'express';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { CryptoKey } from 'jose';
import { PRINCIPAL_HEADER, signInternalGrant, subgraphRequestHash } from '../shared/auth.js';
import type { Principal } from '../shared/context.js';
import {
  REFERENCE_GRANT_HEADER,
  signReferenceGrant,
} from '../shared/department/reference-grant.js';
import type { Authenticate } from './auth.js';
import { mountExplorer, type ExplorerOptions } from './explorer.js';
import { createErrorFormatter } from '../shared/errors.js';
import { costLimitRule } from './query-cost.js';
import type { Logger } from '../shared/logger.js';
import { checkWithin } from '../shared/observability/health.js';
import { SubgraphFetchMetrics } from '../shared/observability/metrics.js';
import { injectTraceHeaders } from '../shared/observability/tracing.js';
import {
  createServiceHttp,
  DEFAULT_SERVICE_SETTINGS,
  listen,
  MAX_BODY_BYTES,
  type RunningServer,
  type ServiceSettings,
} from '../shared/server.js';

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
  logger: Logger;
  exposeInternals: boolean;
  /** Reads the client's token; anonymous GraphQL requests are refused. */
  authenticate: Authenticate;
  /** Signs the principal for each subgraph. */
  signingKey: CryptoKey;
  /** Shutdown grace, metrics token and cache hints; the defaults when absent. */
  settings?: ServiceSettings;
  /** The browser explorer at `/`, with development sign-in when that is given. */
  explorer?: ExplorerOptions;
  /** Answer introspection; on unless turned off (anonymous requests never reach it). */
  introspection?: boolean;
}

interface GatewayContext {
  requestId: string;
  principal: Principal;
  purpose: string | null;
}

/** Header in which a client states why it needs personal data revealed. */
export const PURPOSE_HEADER = 'x-access-purpose';

/** The stated purpose, percent-decoded (header values cannot carry Chinese as such). */
function readPurpose(raw: string | undefined): string | null {
  if (!raw) return null;
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: take it as written.
  }
  return text.trim().slice(0, 500) || null;
}

/**
 * Query limits, tuned so that the dashboards' real queries pass with room to spare while a
 * query built to exhaust the hub is refused before it reaches a subgraph. `maxCost` is in the
 * units of `estimateOperationCost` (objects in the answer, lists multiplied): the heaviest
 * real query (a 100-station list with each station's projects and their stations) costs about
 * 48,500, the benchmark's station list about 12,400.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: 100_000,
};

/**
 * `fetch` that gives up after `timeoutMs`, so one slow department cannot hold a whole answer,
 * names the department when it does not answer, and times every fetch for `/metrics`.
 */
function fetchWithTimeout(
  serviceName: string,
  timeoutMs: number,
  metrics: SubgraphFetchMetrics,
): Fetcher {
  return async (url, init) => {
    const started = process.hrtime.bigint();
    try {
      const response = await fetch(url, {
        ...(init as RequestInit),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) metrics.failed(serviceName, 'http');
      return response;
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      metrics.failed(serviceName, timedOut ? 'timeout' : 'unreachable');
      const reason = timedOut ? `no answer within ${timeoutMs} ms` : 'not reachable';
      throw new GraphQLError(
        `The ${serviceName} subgraph is unavailable (${reason}); its fields are null`,
        {
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
        },
      );
    } finally {
      metrics.observe(serviceName, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
}

/**
 * A subgraph fetch. A subgraph answers bad variables with HTTP 400 and a GraphQL error that says
 * what is wrong; the client should see that error, not a generic "400: Bad Request".
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly subgraph: string,
    private readonly metrics: SubgraphFetchMetrics,
  ) {
    super(config);
  }

  /** Counts answers that carry errors, such as a department refusing part of a request. */
  override didReceiveResponse(
    requestContext: Parameters<NonNullable<RemoteGraphQLDataSource['didReceiveResponse']>>[0],
  ) {
    if (requestContext.response.errors?.length) this.metrics.failed(this.subgraph, 'graphql');
    return requestContext.response;
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    const first = (body as { errors?: GraphQLFormattedError[] } | null)?.errors?.[0];
    if (response.status === 400 && first?.extensions?.code) {
      return new GraphQLError(first.message, { extensions: first.extensions });
    }
    return super.errorFromResponse(response);
  }
}

/** True for the document of a subgraph fetch that runs a mutation (the planner writes them plainly). */
function isMutation(query: string | undefined): boolean {
  return /^\s*mutation\b/.test(query ?? '');
}

/** Asks each subgraph whether it is ready; one that does not answer in time is down. */
async function subgraphReadiness(urls: Record<string, string>, timeoutMs: number) {
  const entries = await Promise.all(
    Object.entries(urls).map(
      async ([name, url]) =>
        [
          name,
          await checkWithin(timeoutMs, async () => {
            const response = await fetch(new URL('/health/ready', url), {
              signal: AbortSignal.timeout(timeoutMs),
            });
            if (!response.ok) throw new Error(`${name} is not ready`);
          }),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/**
 * Answers depend on who asks (region scope, masking, stated purpose): a cache that keeps one must
 * key it by those headers too.
 */
function varyByCaller(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('vary', `authorization, ${PURPOSE_HEADER}`);
        },
      };
    },
  };
}

/** Reads the subgraph names and URLs recorded in a supergraph (`join__Graph` values). */
export function supergraphSubgraphs(supergraphSdl: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    found[match[1] as string] = match[2] as string;
  }
  return found;
}

/**
 * Starts the gateway: serves the static supergraph with `@apollo/gateway`, routes each subgraph to
 * its configured URL with a timeout, and reports subgraph health at `/health`.
 */
export async function createGateway(options: GatewayOptions): Promise<RunningServer> {
  // The gateway reports usage to its vendor hourly unless told not to; a government network
  // must not phone home.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const routes = { ...supergraphSubgraphs(options.supergraphSdl), ...options.subgraphUrls };
  const service = createServiceHttp({
    name: 'gateway',
    logger: options.logger,
    settings: options.settings ?? DEFAULT_SERVICE_SETTINGS,
    checks: () => subgraphReadiness(routes, Math.min(options.timeoutMs, 3000)),
  });
  const fetchMetrics = new SubgraphFetchMetrics(service.metrics.registry);
  fetchMetrics.declare(Object.keys(routes));
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.logger,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        {
          url: routes[name] ?? url,
          fetcher: fetchWithTimeout(name, options.timeoutMs, fetchMetrics),
          async willSendRequest({
            request,
            context,
          }: GraphQLDataSourceProcessOptions<GatewayContext>) {
            const { requestId, principal, purpose } = context as Partial<GatewayContext>;
            if (!requestId || !principal) throw new Error('subgraph request without a principal');
            request.http?.headers.set('x-request-id', requestId);
            const grant = await signInternalGrant(
              {
                principal,
                requestId,
                purpose: purpose ?? null,
                requestHash: subgraphRequestHash(request),
              },
              options.signingKey,
              name,
            );
            request.http?.headers.set(PRINCIPAL_HEADER, grant);
            // A department checks what a mutation names with civil affairs, as the caller.
            if (name !== 'civil-affairs' && isMutation(request.query)) {
              request.http?.headers.set(
                REFERENCE_GRANT_HEADER,
                await signReferenceGrant(principal, requestId, options.signingKey),
              );
            }
            if (request.http) injectTraceHeaders(request.http.headers);
          },
        },
        name,
        fetchMetrics,
      ),
  });

  const { app, httpServer } = service;
  mountExplorer(app, options.explorer);
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Its token limit throws from a plugin hook (HTTP 500) and re-parses every document: the
    // parser's own limit below answers 400 like any syntax error.
    maxTokens: { enabled: false },
    // Its cost counts each field once, whatever the lists around it: our rule multiplies.
    costLimit: { enabled: false },
    // Suggestions help the signed-in analysts who are the only ones who get this far.
    blockFieldSuggestion: { enabled: false },
  }).protect();
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
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: [...armor.validationRules, costLimitRule(QUERY_LIMITS.maxCost)],
    // Automatic persisted queries: a dashboard sends the hash of a query it sent before (also
    // by GET, so that HTTP caches can keep the answer); kept until the cache needs the room.
    persistedQueries: { ttl: null },
    stopOnTerminationSignals: false,
    plugins: [
      ...service.plugins<GatewayContext>(),
      // Apollo's landing page loads from its CDN; the self-contained explorer replaces it.
      ApolloServerPluginLandingPageDisabled(),
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      varyByCaller(),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        principal: await options.authenticate(req.header('authorization')).catch((error) => {
          service.metrics.rejected();
          throw error;
        }),
        requestId: randomUUID(),
        purpose: readPurpose(req.header(PURPOSE_HEADER)),
      }),
    }),
  );

  const url = await listen(httpServer, options.host, options.port, '/graphql');
  options.logger.info({ url }, 'gateway listening');
  return {
    url,
    async stop() {
      service.beginStop();
      await apollo.stop();
    },
  };
}
