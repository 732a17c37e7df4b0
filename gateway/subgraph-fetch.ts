import {
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
  type ServiceEndpointDefinition,
} from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError, Kind, parse, type GraphQLFormattedError } from 'graphql';
import type { CryptoKey } from 'jose';
import {
  PRINCIPAL_HEADER,
  signInternalGrant,
  subgraphRequestHash,
  type SubgraphRequestBody,
} from '../shared/auth.js';
import type { Principal } from '../shared/context.js';
import {
  RECORDS_GRANT_HEADER,
  REFERENCE_GRANT_HEADER,
  signRecordsGrant,
  signReferenceGrant,
} from '../shared/department/reference-grant.js';
import { isNoticeList } from '../shared/notices.js';
import type { SubgraphFetchMetrics } from '../shared/observability/metrics.js';
import { injectTraceHeaders } from '../shared/observability/tracing.js';
import type { GatewayContext } from './context.js';

/**
 * The subgraph that owns people, projects, stations and regions, and checks the others' writes;
 * its own writes link the other departments' records, which each department checks.
 */
const REFERENCE_OWNER = 'civil-affairs';

/**
 * The subgraphs a supergraph names, with the URLs written into it (the `join__Graph` enum), read
 * from the parsed document.
 */
export function supergraphSubgraphs(supergraphSdl: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph')
      continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const argument = (name: string) => {
        const found = graph?.arguments?.find((candidate) => candidate.name.value === name)?.value;
        return found?.kind === Kind.STRING ? found.value : undefined;
      };
      const name = argument('name');
      const url = argument('url');
      if (name && url) found[name] = url;
    }
  }
  return found;
}

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

/** One subgraph fetch made for a caller. */
export interface SubgraphCall {
  subgraph: string;
  principal: Principal;
  requestId: string;
  purpose: string | null;
  body: SubgraphRequestBody;
}

/** The headers that carry the caller to a subgraph for one fetch. */
export type SubgraphHeaders = (call: SubgraphCall) => Promise<Record<string, string>>;

/**
 * Each fetch carries the caller's principal in a grant signed for that subgraph and bound to the
 * request body; a mutation to a department other than civil affairs also carries a grant to check
 * its references with civil affairs, and a mutation to civil affairs a grant to check the records
 * it links with the departments that keep them.
 */
export function callerHeaders(signingKey: CryptoKey): SubgraphHeaders {
  return async ({ subgraph, principal, requestId, purpose, body }) => {
    const headers: Record<string, string> = {
      'x-request-id': requestId,
      [PRINCIPAL_HEADER]: await signInternalGrant(
        { principal, requestId, purpose, requestHash: subgraphRequestHash(body) },
        signingKey,
        subgraph,
      ),
    };
    if (isMutation(body.query)) {
      const [header, sign] =
        subgraph === REFERENCE_OWNER
          ? [RECORDS_GRANT_HEADER, signRecordsGrant]
          : [REFERENCE_GRANT_HEADER, signReferenceGrant];
      headers[header] = await sign(principal, requestId, signingKey);
    }
    return headers;
  };
}

/** True for the document of a subgraph fetch that runs a mutation (the planner writes them plainly). */
function isMutation(query: string | null | undefined): boolean {
  return /^\s*mutation\b/.test(query ?? '');
}

/**
 * A subgraph fetch, carrying its caller ({@link callerHeaders}). A subgraph answers bad variables with HTTP
 * 400 and a GraphQL error that says what is wrong; the client sees that error, not a generic
 * "400: Bad Request".
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly subgraph: string,
    private readonly deps: SubgraphFetchOptions,
  ) {
    super({ url, fetcher: fetchWithTimeout(subgraph, deps.timeoutMs, deps.metrics) });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { requestId, principal, purpose } = context as Partial<GatewayContext>;
    if (!requestId || !principal) throw new Error('subgraph request without a principal');
    const headers = request.http?.headers;
    const carried = await this.deps.headers({
      subgraph: this.subgraph,
      principal,
      requestId,
      purpose: purpose ?? null,
      body: request,
    });
    for (const [name, value] of Object.entries(carried)) headers?.set(name, value);
    if (headers) injectTraceHeaders(headers);
  }

  /**
   * Counts answers that carry errors, such as a department refusing part of a request, and keeps
   * the notices an answer carries for the client's response.
   */
  override didReceiveResponse(
    requestContext: Parameters<NonNullable<RemoteGraphQLDataSource['didReceiveResponse']>>[0],
  ) {
    const { response, context } = requestContext;
    if (response.errors?.length) this.deps.metrics.failed(this.subgraph, 'graphql');
    const notices: unknown = response.extensions?.notices;
    if (isNoticeList(notices)) (context as Partial<GatewayContext>).notices?.push(...notices);
    return response;
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

export interface SubgraphFetchOptions {
  /** Where each subgraph answers, by name; a subgraph not listed keeps the supergraph's URL. */
  routes: Record<string, string>;
  /** Longest wait for one subgraph fetch. */
  timeoutMs: number;
  /** What each fetch carries of its caller. */
  headers: SubgraphHeaders;
  metrics: SubgraphFetchMetrics;
}

/** The `buildService` of the gateway: one data source per subgraph, routed and signed. */
export function subgraphFetch(options: SubgraphFetchOptions) {
  return ({ name, url }: ServiceEndpointDefinition) =>
    new SubgraphDataSource(options.routes[name] ?? url ?? '', name, options);
}
