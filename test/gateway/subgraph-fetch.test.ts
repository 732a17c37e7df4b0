import { readFile } from 'node:fs/promises';
import { Registry } from 'prom-client';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  cacheHintOf,
  callerHeaders,
  InFlightReads,
  subgraphAgent,
  subgraphFetch,
  supergraphSubgraphs,
} from '../../gateway/subgraph-fetch.js';
import { generateInternalKeys } from '../../shared/auth.js';
import type { Principal } from '../../shared/context.js';
import {
  RECORDS_GRANT_HEADER,
  REFERENCE_GRANT_HEADER,
  verifyRecordsGrant,
  verifyReferenceGrant,
} from '../../shared/department/reference-grant.js';
import { SubgraphFetchMetrics } from '../../shared/observability/metrics.js';

it('reads the six departments and their URLs from the committed supergraph', async () => {
  const sdl = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
  expect(supergraphSubgraphs(sdl)).toEqual({
    'civil-affairs': 'http://localhost:4001/graphql',
    'trade-union': 'http://localhost:4002/graphql',
    'youth-league': 'http://localhost:4003/graphql',
    'women-federation': 'http://localhost:4004/graphql',
    'disabled-persons-federation': 'http://localhost:4005/graphql',
    charity: 'http://localhost:4006/graphql',
  });
});

it('finds no subgraph in a schema that is not a supergraph', () => {
  expect(supergraphSubgraphs('type Query { a: Int }\nenum join__Graph { A }')).toEqual({});
});

describe('the grants a subgraph fetch carries across the seams', () => {
  const principal = {
    subject: 'writer',
    department: 'DISABLED_PERSONS_FEDERATION' as const,
    roles: ['CASEWORKER'],
    regionCode: '230127',
  };
  async function headersOf(subgraph: string, query: string) {
    const keys = await generateInternalKeys();
    const headers = new Headers(
      await callerHeaders({ signing: keys.signing!, bindingSecret: keys.binding[0]! })({
        subgraph,
        principal,
        requestId: 'request-1',
        purpose: null,
        body: { query },
      }),
    );
    return { headers, keys };
  }

  it('gives a mutation to civil affairs a records grant for the caller, bound to the request', async () => {
    const { headers, keys } = await headersOf('civil-affairs', 'mutation { a }');
    expect(headers.get(REFERENCE_GRANT_HEADER)).toBeNull();
    const grant = await verifyRecordsGrant(headers.get(RECORDS_GRANT_HEADER)!, keys.verifying);
    expect(grant).toEqual({ principal, requestId: 'request-1' });
    // It opens the departments' record endpoints only.
    await expect(
      verifyReferenceGrant(headers.get(RECORDS_GRANT_HEADER)!, keys.verifying),
    ).rejects.toThrow();
  });

  it('gives a mutation to another department a reference grant, and a query neither', async () => {
    const { headers, keys } = await headersOf('trade-union', 'mutation { a }');
    expect(headers.get(RECORDS_GRANT_HEADER)).toBeNull();
    expect(
      await verifyReferenceGrant(headers.get(REFERENCE_GRANT_HEADER)!, keys.verifying),
    ).toEqual(principal);
    await expect(
      verifyRecordsGrant(headers.get(REFERENCE_GRANT_HEADER)!, keys.verifying),
    ).rejects.toThrow();
    for (const subgraph of ['civil-affairs', 'trade-union']) {
      const query = await headersOf(subgraph, '{ a }');
      expect(query.headers.get(RECORDS_GRANT_HEADER)).toBeNull();
      expect(query.headers.get(REFERENCE_GRANT_HEADER)).toBeNull();
    }
  });
});

const sourceKeys = await generateInternalKeys();

describe('a subgraph data source', () => {
  const keys = sourceKeys;
  const caller: Principal = {
    subject: 'wang.fang',
    department: 'CIVIL_AFFAIRS',
    roles: ['VIEWER'],
    regionCode: '230127',
  };
  let server: Server;
  let url = '';
  const received: Array<{ body: string; headers: IncomingMessage['headers'] }> = [];
  /** What the fake subgraph answers: a delay, a status and a body, by query. */
  let answer = async (_body: string) => ({ status: 200, body: '{"data":{"a":1}}', delayMs: 50 });
  const registry = new Registry();
  const metrics = new SubgraphFetchMetrics(registry);
  const agent = subgraphAgent(8);

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ body, headers: request.headers });
        void answer(body).then(async ({ status, body: text, delayMs }) => {
          await sleep(delayMs);
          response.writeHead(status, {
            'content-type': 'application/json',
            'cache-control': 'max-age=30, private',
          });
          response.end(text);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await agent.close();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received.length = 0;
    answer = async () => ({ status: 200, body: '{"data":{"a":1}}', delayMs: 50 });
  });

  const source = (coalesce = true, timeoutMs = 2000) =>
    subgraphFetch({
      routes: { 'civil-affairs': url },
      timeoutMs,
      headers: callerHeaders({ signing: keys.signing!, bindingSecret: keys.binding[0]! }),
      agent,
      coalesce,
      inFlight: new InFlightReads(),
      metrics,
    })({ name: 'civil-affairs', url: 'http://unused' });
  const ask = (
    dataSource: ReturnType<typeof source>,
    query: string,
    who = caller,
    purpose: string | null = null,
  ) =>
    dataSource.process({
      kind: 'incoming operation',
      request: { query, variables: { id: 'x' } },
      context: { requestId: 'r', principal: who, purpose, notices: [] },
      incomingRequestContext: { overallCachePolicy: undefined },
    } as never);

  it('sends identical reads of one caller in flight at once only once, and shares the answer', async () => {
    const dataSource = source();
    const answers = await Promise.all([1, 2, 3].map(() => ask(dataSource, '{ a }')));
    expect(answers).toEqual([{ data: { a: 1 } }, { data: { a: 1 } }, { data: { a: 1 } }]);
    // Each caller gets its own copy: one changing its answer changes nobody else's.
    expect(answers[0]).not.toBe(answers[1]);
    expect(received).toHaveLength(1);
    // Once answered, the next read is sent again: nothing is served from the past.
    await ask(dataSource, '{ a }');
    expect(received).toHaveLength(2);
    expect(await registry.getSingleMetricAsString('hub_subgraph_fetches_coalesced_total')).toMatch(
      /subgraph="civil-affairs"} 2/,
    );
  });

  it('sends reads of other callers, stated purposes, writes and other bodies each on their own', async () => {
    const dataSource = source();
    await Promise.all([
      ask(dataSource, '{ a }'),
      ask(dataSource, '{ a }', { ...caller, regionCode: '620723' }),
      ask(dataSource, '{ a }', { ...caller, roles: ['ANALYST'] }),
      ask(dataSource, '{ a }', { ...caller, subject: 'li.qiang' }),
      ask(dataSource, '{ a }', caller, '核实'),
      ask(dataSource, '{ a }', caller, '核实'),
      ask(dataSource, 'mutation { a }'),
      ask(dataSource, 'mutation { a }'),
      ask(dataSource, '{ b: a }'),
    ]);
    expect(received).toHaveLength(9);
    // Every one carried its own binding.
    expect(new Set(received.map(({ headers }) => headers['x-hub-binding'])).size).toBe(9);
  });

  it('sends everything when coalescing is off', async () => {
    const dataSource = source(false);
    await Promise.all([1, 2, 3].map(() => ask(dataSource, '{ a }')));
    expect(received).toHaveLength(3);
  });

  it('names the department that does not answer in time, and passes on what a 400 says', async () => {
    answer = async () => ({ status: 200, body: '{"data":{"a":1}}', delayMs: 400 });
    await expect(ask(source(true, 150), '{ a }')).rejects.toMatchObject({
      message:
        'The civil-affairs subgraph is unavailable (no answer within 150 ms); its fields are null',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'civil-affairs' },
    });
    answer = async () => ({
      status: 400,
      body: '{"errors":[{"message":"Variable \\"$id\\" is not a UUID","extensions":{"code":"BAD_USER_INPUT"}}]}',
      delayMs: 0,
    });
    await expect(ask(source(), '{ a }')).rejects.toMatchObject({
      message: 'Variable "$id" is not a UUID',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    answer = async () => ({ status: 401, body: '{"errors":[{"message":"no"}]}', delayMs: 0 });
    await expect(ask(source(), '{ a }')).rejects.toMatchObject({
      message: '401: Unauthorized',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it("limits the answer's cache policy by the subgraph's Cache-Control", async () => {
    const restricted: unknown[] = [];
    await source().process({
      kind: 'incoming operation',
      request: { query: '{ a }' },
      context: { requestId: 'r', principal: caller, purpose: null, notices: [] },
      incomingRequestContext: {
        overallCachePolicy: { restrict: (hint: unknown) => restricted.push(hint) },
      },
    } as never);
    expect(restricted).toEqual([{ maxAge: 30, scope: 'PRIVATE' }]);
    expect(cacheHintOf(undefined)).toEqual({ maxAge: 0 });
    expect(cacheHintOf('public, max-age=abc')).toEqual({ maxAge: 0, scope: 'PUBLIC' });
  });
});
