import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../shared/logger.js';
import { startTracing, type Tracing } from '../../shared/observability/tracing.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// With a collector configured, one trace follows a request from the gateway into each subgraph.

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Array<{ key: string; value: { stringValue?: string } }>;
}

const received: OtlpSpan[] = [];
let collector: Server;
let tracing: Tracing | null;
let hub: TestHub;

beforeAll(async () => {
  collector = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      expect(request.url).toBe('/v1/traces');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: Array<{ scopeSpans: Array<{ spans: OtlpSpan[] }> }>;
      };
      for (const resource of body.resourceSpans) {
        for (const scope of resource.scopeSpans) received.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const { port } = collector.address() as AddressInfo;
  tracing = await startTracing({
    endpoint: `http://127.0.0.1:${port}`,
    serviceName: 'social-work-hub-test',
    logger: createLogger('test'),
  });
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);

afterAll(async () => {
  await hub?.stop();
  await tracing?.shutdown();
  await new Promise((resolve) => collector?.close(resolve));
});

const service = (span: OtlpSpan) =>
  span.attributes.find((attribute) => attribute.key === 'hub.service')?.value.stringValue;

it('links the gateway span and the subgraph spans of one request in one trace', async () => {
  const { data } = await hub.query(
    `query TracedDashboard($code: ID!) { region(code: $code) { name tradeUnion { workersInDifficulty } } }`,
    { code: '620723' },
  );
  expect(data!.region.name).toBe('临泽县');
  // The gateway's own spans (planning, fetches) sit between the request and the subgraphs.
  await tracing!.shutdown(); // sends what is buffered

  const root = received.find((span) => span.name === 'query TracedDashboard');
  expect(root).toBeDefined();
  expect(service(root!)).toBe('gateway');
  const trace = received.filter((span) => span.traceId === root!.traceId);
  const byId = new Map(trace.map((span) => [span.spanId, span]));
  const subgraphSpans = trace.filter((span) => service(span) && service(span) !== 'gateway');
  expect(new Set(subgraphSpans.map(service))).toEqual(new Set(['civil-affairs', 'trade-union']));
  // Each subgraph span descends from the gateway's request span.
  for (const span of subgraphSpans) {
    let current: OtlpSpan | undefined = span;
    while (current && current !== root) current = byId.get(current.parentSpanId ?? '');
    expect(current).toBe(root);
  }
});
