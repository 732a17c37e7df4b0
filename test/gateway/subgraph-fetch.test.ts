import { readFile } from 'node:fs/promises';
import { Registry } from 'prom-client';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSchema, graphql } from 'graphql';
import {
  cacheHintOf,
  callerHeaders,
  InFlightReads,
  subgraphAgent,
  subgraphFetch,
  supergraphSubgraphs,
} from '../../gateway/subgraph-fetch.js';
import { MergedReadShapes } from '../../gateway/merged-reads.js';
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
      await callerHeaders({ signing: keys.signing!, bindingSecret: keys.binding[0]! })(
        { subgraph, principal, requestId: 'request-1', purpose: null, body: { query } },
        JSON.stringify({ query }),
      ),
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
      mergeReads: true,
      shapes: new MergedReadShapes(),
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

describe('reads of one request to one subgraph, started together', () => {
  const caller: Principal = {
    subject: 'wang.fang',
    department: 'CIVIL_AFFAIRS',
    roles: ['VIEWER'],
    regionCode: '230127',
  };
  const schema = buildSchema(`
    type Query { item(id: ID!): Item  required(id: ID!): Item!  count: Int }
    type Mutation { touch: Int }
    type Item { id: ID!  name: String  secret: String }`);
  const items: Record<string, { id: string; name: string }> = {
    a: { id: 'a', name: '甲' },
    b: { id: 'b', name: '乙' },
  };
  const root = {
    item: ({ id }: { id: string }) => items[id] ?? null,
    required: ({ id }: { id: string }) => {
      if (!items[id]) throw new Error(`no item ${id}`);
      return items[id];
    },
    count: () => Object.keys(items).length,
    touch: () => 1,
  };
  // Secrets are refused field by field, as a subgraph refuses a masked field.
  for (const item of Object.values(items)) {
    Object.defineProperty(item, 'secret', {
      get: () => {
        throw new Error('not yours');
      },
    });
  }
  /** The answer of the fake subgraph to one operation, as it would be sent alone. */
  const execute = async (body: { query: string; variables?: Record<string, unknown> }) =>
    JSON.parse(
      JSON.stringify(
        await graphql({
          schema,
          source: body.query,
          rootValue: root,
          variableValues: body.variables ?? {},
        }),
      ),
    ) as Record<string, unknown>;

  let server: Server;
  let url = '';
  const received: Array<{ query: string; variables?: Record<string, unknown> }> = [];
  const registry = new Registry();
  const metrics = new SubgraphFetchMetrics(registry);
  const agent = subgraphAgent(8);

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const body = JSON.parse(text) as (typeof received)[number];
        received.push(body);
        void execute(body).then((result) => {
          const withNotice = { ...result, extensions: { notices: [{ code: 'N', message: 'n' }] } };
          // As Apollo Server does, variables that do not fit are refused with HTTP 400.
          response.writeHead('data' in result ? 200 : 400, { 'content-type': 'application/json' });
          response.end(JSON.stringify(withNotice));
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
  beforeEach(() => (received.length = 0));

  const source = (mergeReads = true) =>
    subgraphFetch({
      routes: { 'civil-affairs': url },
      timeoutMs: 5000,
      headers: callerHeaders({
        signing: sourceKeys.signing!,
        bindingSecret: sourceKeys.binding[0]!,
      }),
      agent,
      coalesce: true,
      inFlight: new InFlightReads(),
      mergeReads,
      shapes: new MergedReadShapes(),
      metrics,
    })({ name: 'civil-affairs', url: 'http://unused' });
  type Request = { requestId: string; principal: Principal; purpose: string | null; notices: [] };
  const request = (purpose: string | null = null): Request => ({
    requestId: 'r',
    principal: caller,
    purpose,
    notices: [],
  });
  const ask = (
    dataSource: ReturnType<typeof source>,
    context: Request,
    query: string,
    variables?: Record<string, unknown>,
  ) =>
    dataSource.process({
      kind: 'incoming operation',
      request: { query, ...(variables ? { variables } : {}) },
      context,
      incomingRequestContext: { overallCachePolicy: undefined },
    } as never);

  const reads: Array<[string, Record<string, unknown>?]> = [
    ['query One($id: ID!) { item(id: $id) { id name } }', { id: 'a' }],
    ['query Two($id: ID!) { first: item(id: $id) { name } count }', { id: 'b' }],
    ['query Three($id: ID!) { item(id: $id) { name secret } }', { id: 'a' }],
    ['{ count }'],
  ];

  it('sends them as one operation and gives each the answer it would have had alone', async () => {
    const context = request();
    const dataSource = source();
    const answers = await Promise.all(reads.map(([q, v]) => ask(dataSource, context, q, v)));
    expect(received).toHaveLength(1);
    expect(received[0]!.query).toMatch(/^query MergedReads\(\$m0_id: ID!, \$m1_id: ID!, \$m2_id/);
    expect(received[0]!.variables).toEqual({ m0_id: 'a', m1_id: 'b', m2_id: 'a' });
    const alone = await Promise.all(reads.map(([q, v]) => execute({ query: q, variables: v })));
    // Locations point into the operation sent, which differs: the gateway does not pass them on.
    const located = alone[2]!.errors as Array<{ locations?: unknown }>;
    located.forEach((error) => delete error.locations);
    for (const [index, answer] of answers.entries()) {
      const { extensions, ...rest } = answer as { extensions?: unknown };
      expect(rest).toEqual(alone[index]);
      // Notices reach the client once, not once per read.
      expect(extensions === undefined).toBe(index > 0);
    }
    // The refused field's error is the third read's, at its own path.
    expect(answers[2]!.errors).toEqual([
      expect.objectContaining({ message: 'not yours', path: ['item', 'secret'] }),
    ]);
    expect(answers[0]!.errors).toBeUndefined();
    const merged = await registry.getSingleMetricAsString('hub_subgraph_reads_merged_total');
    expect(merged).toMatch(/subgraph="civil-affairs"} 4/);
  });

  it('asks again read by read when a failure nulled the whole answer', async () => {
    const context = request();
    const dataSource = source();
    const [failed, fine] = await Promise.all([
      ask(dataSource, context, 'query($id: ID!) { required(id: $id) { id } }', { id: 'z' }),
      ask(dataSource, context, 'query($id: ID!) { required(id: $id) { name } }', { id: 'b' }),
    ]);
    expect(received).toHaveLength(3);
    expect(failed).toMatchObject({ data: null, errors: [{ message: 'no item z' }] });
    expect(fine).toEqual({
      data: { required: { name: '乙' } },
      extensions: { notices: [{ code: 'N', message: 'n' }] },
    });
  });

  it('asks again read by read when the subgraph refuses one read for its variables', async () => {
    const context = request();
    const dataSource = source();
    const [fine, refused] = await Promise.allSettled([
      ask(dataSource, context, 'query($id: ID!) { item(id: $id) { name } }', { id: 'a' }),
      ask(dataSource, context, 'query($id: ID!) { item(id: $id) { name } }', { id: { no: 1 } }),
    ]);
    expect(received).toHaveLength(3);
    expect(fine).toMatchObject({ status: 'fulfilled', value: { data: { item: { name: '甲' } } } });
    expect(refused).toMatchObject({ status: 'rejected', reason: { message: '400: Bad Request' } });
  });

  it('sends each on its own when merging is off, for other requests, purposes and writes', async () => {
    const [q, v] = reads[0]!;
    const off = source(false);
    const context = request();
    await Promise.all([ask(off, context, q, v), ask(off, context, '{ count }')]);
    expect(received).toHaveLength(2);

    received.length = 0;
    const dataSource = source();
    await Promise.all([ask(dataSource, request(), q, v), ask(dataSource, request(), '{ count }')]);
    expect(received).toHaveLength(2);

    received.length = 0;
    const revealing = request('核实');
    await Promise.all([ask(dataSource, revealing, q, v), ask(dataSource, revealing, '{ count }')]);
    const writing = request();
    await Promise.all([
      ask(dataSource, writing, 'mutation { touch }'),
      ask(dataSource, writing, 'mutation { touch }'),
    ]);
    expect(received).toHaveLength(4);
  });
});
