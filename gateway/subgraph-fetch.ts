import { STATUS_CODES } from 'node:http';
import type { CacheHint } from '@apollo/cache-control-types';
import {
  type GraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
  type ServiceEndpointDefinition,
} from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, Kind, parse, type GraphQLFormattedError } from 'graphql';
import { Agent, request, type Dispatcher } from 'undici';
import type { CryptoKey } from 'jose';
import { bodyHash, PRINCIPAL_HEADER, type SubgraphRequestBody } from '../shared/auth.js';
import { BINDING_HEADER, bindRequest } from '../shared/request-binding.js';
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
import { CallerGrants, callerKey } from './caller-grants.js';
import type { MergedReadShapes } from './merged-reads.js';
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

/** One subgraph fetch made for a caller. */
export interface SubgraphCall {
  subgraph: string;
  principal: Principal;
  requestId: string;
  purpose: string | null;
  body: SubgraphRequestBody;
}

/** The headers that carry the caller to a subgraph for one fetch, whose body is sent as `sent`. */
export type SubgraphHeaders = (call: SubgraphCall, sent: string) => Promise<Record<string, string>>;

/** The keys with which the gateway vouches for its callers to the subgraphs. */
export interface CallerKeys {
  /** Signs each caller's grant for each subgraph (Ed25519; subgraphs hold the public key). */
  signing: CryptoKey;
  /** Binds each request to its grant (the current binding secret). */
  bindingSecret: Buffer;
}

/**
 * Each fetch carries the caller's grant for that subgraph (signed once per caller and subgraph,
 * reused for minutes) and a binding of this one request to it: its id, purpose and body hash, the
 * time and a nonce, under an HMAC that the subgraph checks and accepts once. A mutation to a
 * department other than civil affairs also carries a grant to check its references with civil
 * affairs, and a mutation to civil affairs a grant to check the records it links with the
 * departments that keep them.
 */
export function callerHeaders(keys: CallerKeys): SubgraphHeaders {
  const grants = new CallerGrants(keys.signing);
  return async ({ subgraph, principal, requestId, purpose, body }, sent) => {
    const grant = await grants.grantFor(principal, subgraph);
    const headers: Record<string, string> = {
      'x-request-id': requestId,
      [PRINCIPAL_HEADER]: grant.token,
      [BINDING_HEADER]: bindRequest(
        {
          grantId: grant.id,
          audience: subgraph,
          requestId,
          purpose,
          requestHash: bodyHash(sent),
        },
        keys.bindingSecret,
      ),
    };
    if (isMutation(body.query)) {
      const [header, sign] =
        subgraph === REFERENCE_OWNER
          ? [RECORDS_GRANT_HEADER, signRecordsGrant]
          : [REFERENCE_GRANT_HEADER, signReferenceGrant];
      headers[header] = await sign(principal, requestId, keys.signing);
    }
    return headers;
  };
}

/** True for the document of a subgraph fetch that runs a mutation (the planner writes them plainly). */
function isMutation(query: string | null | undefined): boolean {
  return /^\s*mutation\b/.test(query ?? '');
}

/** What a subgraph answered, before it is read as GraphQL. */
interface SubgraphAnswer {
  status: number;
  cacheControl: string | undefined;
  text: string;
}

/** A subgraph's answer to one read, parsed, with the cache policy it was given. */
interface ReadAnswer {
  response: GatewayGraphQLResponse;
  cacheControl: string | undefined;
}

/** A read waiting to be sent with the others of its turn. */
interface WaitingRead {
  call: SubgraphCall;
  resolve: (answer: ReadAnswer) => void;
  reject: (error: unknown) => void;
}

/** Whether a fetch failed because the subgraph could not be reached or did not answer in time. */
function unavailable(error: Error): boolean {
  return (error as GraphQLError).extensions?.code === 'SUBGRAPH_UNAVAILABLE';
}

/** Whether a fetch failed because the subgraph did not answer in time. */
function timedOut(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'TimeoutError';
}

/** The cache hint a subgraph's `Cache-Control` header gives its part of an answer. */
export function cacheHintOf(header: string | undefined): CacheHint {
  const hint: CacheHint = { maxAge: 0 };
  for (const directive of (header ?? '').toLowerCase().split(',')) {
    const [name, value] = directive.trim().split('=');
    if (name === 'max-age' && value && /^\d+$/.test(value)) hint.maxAge = Number(value);
    if (name === 'private') hint.scope = 'PRIVATE';
    if (name === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}

/**
 * A subgraph's data source: sends each fetch over a pool of kept-alive connections with its caller
 * ({@link callerHeaders}), gives up after the timeout naming the department, times every fetch for
 * `/metrics`, limits the answer's cache policy by the subgraph's `Cache-Control`, and keeps the
 * notices an answer carries for the client's response. Identical reads of one caller in flight at
 * the same moment are sent once and their answer shared (not when a purpose is stated: every
 * reveal is logged as its own). A subgraph answers bad variables with HTTP 400 and a GraphQL error
 * that says what is wrong; the client sees that error, not a generic "400: Bad Request".
 */
class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  /** Reads of each client request waiting for the turn to end, to be sent as one. */
  private readonly waiting = new WeakMap<object, WaitingRead[]>();

  constructor(
    private readonly url: string,
    private readonly subgraph: string,
    private readonly deps: SubgraphFetchOptions,
  ) {}

  async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const context = options.context as Partial<GatewayContext>;
    const { requestId, principal, purpose } = context;
    if (!requestId || !principal) throw new Error('subgraph request without a principal');
    if (!request.query) throw new Error('subgraph request without a query');
    const body: SubgraphRequestBody = {
      query: request.query,
      ...(request.operationName ? { operationName: request.operationName } : {}),
      ...(request.variables ? { variables: request.variables } : {}),
    };
    const call = { subgraph: this.subgraph, principal, requestId, purpose: purpose ?? null, body };
    // A read that states a purpose reveals and is logged: it is sent as asked, on its own.
    const answer =
      this.deps.mergeReads && !purpose && !isMutation(request.query)
        ? await this.withOthers(context, call)
        : await this.fetch(call);
    const { response } = answer;
    if (response.errors?.length) this.deps.metrics.failed(this.subgraph, 'graphql');
    const notices: unknown = response.extensions?.notices;
    if (isNoticeList(notices)) context.notices?.push(...notices);
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy as
        { restrict?: (hint: CacheHint) => void } | undefined;
      policy?.restrict?.(cacheHintOf(answer.cacheControl));
    }
    return response;
  }

  /**
   * A read sent with the others its client request makes to this subgraph in the same turn (the
   * fetches of one parallel step of the plan start together), as one operation.
   */
  private withOthers(context: object, call: SubgraphCall): Promise<ReadAnswer> {
    return new Promise<ReadAnswer>((resolve, reject) => {
      const reads = this.waiting.get(context);
      if (reads) {
        reads.push({ call, resolve, reject });
        return;
      }
      this.waiting.set(context, [{ call, resolve, reject }]);
      setImmediate(() => {
        const due = this.waiting.get(context) ?? [];
        this.waiting.delete(context);
        void this.sendTogether(due);
      });
    });
  }

  private async sendTogether(reads: WaitingRead[]): Promise<void> {
    const alone = (read: WaitingRead) => this.fetch(read.call).then(read.resolve, read.reject);
    const merged = reads.length > 1 ? this.deps.shapes.merge(reads.map((r) => r.call.body)) : null;
    if (!merged) {
      await Promise.all(reads.map(alone));
      return;
    }
    this.deps.metrics.merged(this.subgraph, reads.length);
    const answer = await this.fetch({ ...reads[0]!.call, body: merged.body }).catch(
      (error: unknown) => error as Error,
    );
    // A subgraph out of reach fails every read alike.
    if (answer instanceof Error && unavailable(answer)) {
      reads.forEach((read) => read.reject(answer));
      return;
    }
    const parts = answer instanceof Error ? null : merged.split(answer.response);
    // A refusal of the whole operation (HTTP 400 for one read's variables) or an answer that cannot
    // be split faithfully (a failure that nulled every read) is asked for again, read by read, so
    // that each read fails or succeeds on its own as if never merged.
    if (!parts || answer instanceof Error) {
      await Promise.all(reads.map(alone));
      return;
    }
    reads.forEach((read, index) =>
      read.resolve({ response: parts[index]!, cacheControl: answer.cacheControl }),
    );
  }

  /** One operation sent, identical reads of one caller in flight at once sent once. */
  private async fetch(call: SubgraphCall): Promise<ReadAnswer> {
    const text = JSON.stringify(call.body);
    const shared =
      this.deps.coalesce && !call.purpose && !isMutation(call.body.query)
        ? `${callerKey(call.principal)}\u0000${text}`
        : null;
    let pending = shared === null ? undefined : this.deps.inFlight.get(this.subgraph, shared);
    if (pending) {
      this.deps.metrics.coalesced(this.subgraph);
    } else {
      pending = this.send(call, text);
      if (shared !== null) this.deps.inFlight.hold(this.subgraph, shared, pending);
    }
    const answer = await pending;
    if (answer.status !== 200) throw this.errorFrom(answer);
    // Parsed for each reader: callers that shared a fetch never share the objects of its answer.
    return {
      response: JSON.parse(answer.text) as GatewayGraphQLResponse,
      cacheControl: answer.cacheControl,
    };
  }

  private async send(call: SubgraphCall, text: string): Promise<SubgraphAnswer> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(await this.deps.headers(call, text)),
    };
    injectTraceHeaders({ set: (name, value) => (headers[name] = value) });
    const started = process.hrtime.bigint();
    try {
      const answer = await request(this.url, {
        method: 'POST',
        headers,
        body: text,
        dispatcher: this.deps.agent,
        signal: AbortSignal.timeout(this.deps.timeoutMs),
      });
      const cacheControl = answer.headers['cache-control'];
      const result: SubgraphAnswer = {
        status: answer.statusCode,
        cacheControl: Array.isArray(cacheControl) ? cacheControl.join(', ') : cacheControl,
        text: await answer.body.text(),
      };
      if (result.status !== 200) this.deps.metrics.failed(this.subgraph, 'http');
      return result;
    } catch (error) {
      const late = timedOut(error);
      this.deps.metrics.failed(this.subgraph, late ? 'timeout' : 'unreachable');
      const reason = late ? `no answer within ${this.deps.timeoutMs} ms` : 'not reachable';
      throw new GraphQLError(
        `The ${this.subgraph} subgraph is unavailable (${reason}); its fields are null`,
        { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.subgraph } },
      );
    } finally {
      this.deps.metrics.observe(this.subgraph, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  private errorFrom(answer: SubgraphAnswer): GraphQLError {
    let body: unknown = answer.text;
    try {
      body = JSON.parse(answer.text);
    } catch {
      // Not JSON: the text is what there is.
    }
    const first = (body as { errors?: GraphQLFormattedError[] } | null)?.errors?.[0];
    if (answer.status === 400 && first?.extensions?.code) {
      return new GraphQLError(first.message, { extensions: first.extensions });
    }
    const statusText = STATUS_CODES[answer.status] ?? '';
    const code =
      answer.status === 401 ? 'UNAUTHENTICATED' : answer.status === 403 ? 'FORBIDDEN' : undefined;
    return new GraphQLError(`${answer.status}: ${statusText}`, {
      extensions: {
        ...(code ? { code } : {}),
        response: { url: this.url, status: answer.status, statusText, body },
      },
    });
  }
}

/**
 * Subgraph reads in flight, by subgraph and by caller and body: an identical read asked while one
 * is on its way waits for that one's answer instead of being sent again. An answer is forgotten
 * the moment it arrives, so nothing is ever served from the past.
 */
export class InFlightReads {
  private readonly pending = new Map<string, Promise<SubgraphAnswer>>();

  get(subgraph: string, key: string): Promise<SubgraphAnswer> | undefined {
    return this.pending.get(`${subgraph}\u0000${key}`);
  }

  hold(subgraph: string, key: string, answer: Promise<SubgraphAnswer>): void {
    const full = `${subgraph}\u0000${key}`;
    this.pending.set(full, answer);
    const forget = () => {
      if (this.pending.get(full) === answer) this.pending.delete(full);
    };
    answer.then(forget, forget);
  }

  get size(): number {
    return this.pending.size;
  }
}

export interface SubgraphFetchOptions {
  /** Where each subgraph answers, by name; a subgraph not listed keeps the supergraph's URL. */
  routes: Record<string, string>;
  /** Longest wait for one subgraph fetch. */
  timeoutMs: number;
  /** The kept-alive connections to the subgraphs. */
  agent: Dispatcher;
  /** Whether identical reads of one caller in flight at once are sent once. */
  coalesce: boolean;
  inFlight: InFlightReads;
  /** Whether the reads of one client request to one subgraph that start together are sent as one. */
  mergeReads: boolean;
  /** The merged operations made so far. */
  shapes: MergedReadShapes;
  /** What each fetch carries of its caller. */
  headers: SubgraphHeaders;
  metrics: SubgraphFetchMetrics;
}

/**
 * The gateway's connections to the subgraphs: kept alive between fetches (a fetch costs no TCP
 * handshake), at most `connections` at once to each subgraph.
 */
export function subgraphAgent(connections = 64): Agent {
  return new Agent({ connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000 });
}

/** The `buildService` of the gateway: one data source per subgraph, routed and signed. */
export function subgraphFetch(options: SubgraphFetchOptions) {
  return ({ name, url }: ServiceEndpointDefinition) =>
    new SubgraphDataSource(options.routes[name] ?? url ?? '', name, options);
}
