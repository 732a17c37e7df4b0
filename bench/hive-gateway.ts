import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { parse, type ParseOptions, type Source } from 'graphql';
import type { CryptoKey } from 'jose';
import { createAuthenticator, type Authenticate } from '../gateway/auth.js';
import { PURPOSE_HEADER, readPurpose } from '../gateway/context.js';
import { queryLimits } from '../gateway/plugins/query-limits.js';
import {
  callerHeaders,
  supergraphSubgraphs,
  type SubgraphHeaders,
} from '../gateway/subgraph-fetch.js';
import { importInternalKeys } from '../shared/auth.js';
import { configOrExit, type HubConfig } from '../shared/config.js';
import type { Principal } from '../shared/context.js';
import { handleTermination } from '../shared/lifecycle.js';
import { createLogger } from '../shared/logger.js';
import { applyRuntimeV8Flags } from '../shared/node-flags.js';

// The same supergraph served by Hive Gateway with its Rust query planner, as a benchmark's
// second router beside the hub's own gateway: one process, configured by the same variables as
// `dist/gateway/main.js` (GATEWAY_PORT, HUB_SIGNING_KEY, AUTH_*, <DEPARTMENT>_URL,
// SUPERGRAPH_PATH, SUBGRAPH_TIMEOUT_MS), with the hub's security on: the client's token is
// checked by the gateway's own authenticator and anonymous requests are refused, every subgraph
// fetch carries the caller's grants, and the gateway's query limits apply. It has no explorer,
// exports, persisted queries, metrics or notices: it serves `/graphql` and the health checks.

/** Who asks, as the hub's gateway keeps it for each request. */
interface Caller {
  principal: Principal;
  requestId: string;
  purpose: string | null;
}

/**
 * Authenticates each GraphQL request before its document is parsed (a request without a valid
 * token is `UNAUTHENTICATED`, HTTP 401), puts the caller in the context, and gives every subgraph
 * fetch the caller's headers, bound to the body actually sent.
 */
function callerPlugin(
  authenticate: Authenticate,
  headers: SubgraphHeaders,
  routes: Record<string, string>,
): GatewayPlugin<Caller> {
  const callers = new WeakMap<Request, Caller>();
  const subgraphAt = new Map(Object.entries(routes).map(([name, url]) => [url, name]));
  return {
    async onRequestParse({ request }) {
      callers.set(request, {
        principal: await authenticate(request.headers.get('authorization') ?? undefined),
        requestId: randomUUID(),
        purpose: readPurpose(request.headers.get(PURPOSE_HEADER) ?? undefined),
      });
    },
    onContextBuilding({ context, extendContext }) {
      const caller = callers.get(context.request);
      if (!caller) throw new Error('a GraphQL request reached execution without a caller');
      extendContext(caller);
    },
    async onFetch(fetch) {
      const { url, options, context } = fetch;
      const subgraph = subgraphAt.get(url);
      const { principal, requestId, purpose } = context as Partial<Caller>;
      if (!subgraph) throw new Error(`a fetch to ${url}, which is no subgraph of the supergraph`);
      if (!principal || !requestId) throw new Error('subgraph request without a principal');
      if (typeof options.body !== 'string')
        throw new Error(`the fetch to ${subgraph} has no JSON body to bind its grant to`);
      const body = JSON.parse(options.body) as {
        query?: string;
        operationName?: string | null;
        variables?: Record<string, unknown> | null;
      };
      const carried = await headers(
        {
          subgraph,
          principal,
          requestId,
          purpose: purpose ?? null,
          body: { query: body.query, operationName: body.operationName, variables: body.variables },
        },
        options.body,
      );
      fetch.setOptions({ ...options, headers: { ...options.headers, ...carried } });
    },
  };
}

/**
 * The hub's query limits ({@link queryLimits}): the parser's token limit and the same validation
 * rules (depth, aliases, directives and the hub's cost). The limits' Apollo plugins have no
 * counterpart here, so a configuration that needs one is refused rather than served without it.
 */
function limitsPlugin(): GatewayPlugin {
  const limits = queryLimits();
  if (limits.plugins.length > 0)
    throw new Error('the query limits need an Apollo Server plugin this gateway cannot run');
  return {
    onParse({ setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) =>
        parse(source, { ...options, ...limits.parseOptions }),
      );
    },
    onValidate({ addValidationRule }) {
      for (const rule of limits.validationRules) addValidationRule(rule);
    },
  };
}

/** Hive's log levels for the hub's `LOG_LEVEL`. */
function hiveLogLevel(level: HubConfig['LOG_LEVEL']) {
  if (level === 'silent') return false;
  return level === 'fatal' ? 'error' : level;
}

// The same memory policy as every process of the hub, so that both gateways are measured alike.
applyRuntimeV8Flags();
const logger = createLogger('hive-gateway');
const config = configOrExit();
if (!config.HUB_SIGNING_KEY || !config.HUB_BINDING_SECRET) {
  process.stderr.write(
    'HUB_SIGNING_KEY and HUB_BINDING_SECRET are required: the gateway vouches for its callers to the subgraphs (npm run keys).\n',
  );
  process.exit(2);
}
const keys = await importInternalKeys(config.HUB_SIGNING_KEY, [], config.HUB_BINDING_SECRET);
const supergraph = await readFile(resolve(config.SUPERGRAPH_PATH), 'utf8');
const routes = { ...supergraphSubgraphs(supergraph), ...config.serviceUrls };
// The one place the grants' headers are made: what the hub's gateway gives its data sources.
const headers = callerHeaders({
  signing: keys.signing as CryptoKey,
  bindingSecret: keys.binding[0]!,
});
const authenticate = await createAuthenticator(config);

const gateway = createGatewayRuntime<Caller>({
  supergraph,
  unifiedGraphHandler,
  transports: { http: httpTransport },
  transportEntries: Object.fromEntries(
    Object.entries(routes).map(([name, location]) => [
      name,
      {
        location,
        // The transport shares one fetch among identical queries in flight, keyed before
        // `onFetch` adds the caller's grant: a second caller would get the first caller's answer,
        // scoped to the first caller's region and logged under the first request.
        options: { deduplicateInflightRequests: false },
      },
    ]),
  ),
  plugins: () => [callerPlugin(authenticate, headers, routes), limitsPlugin()],
  upstreamTimeout: config.SUBGRAPH_TIMEOUT_MS,
  csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight'] },
  ...(config.GRAPHQL_INTROSPECTION === 'off' ? { disableIntrospection: {} } : {}),
  maskedErrors: config.NODE_ENV !== 'development',
  landingPage: false,
  graphiql: false,
  graphqlEndpoint: '/graphql',
  healthCheckEndpoint: '/health/live',
  readinessCheckEndpoint: '/health/ready',
  logging: hiveLogLevel(config.LOG_LEVEL),
});

const server = createServer(gateway.requestListener);
await new Promise<void>((done) => server.listen(config.GATEWAY_PORT, config.HOST, done));
logger.info({ url: `http://${config.HOST}:${config.GATEWAY_PORT}/graphql` }, 'gateway listening');
handleTermination({
  logger,
  forceAfterMs: config.SHUTDOWN_GRACE_MS + 5000,
  stop: async () => {
    await new Promise<void>((done) => server.close(() => done()));
    await gateway.dispose();
  },
});
