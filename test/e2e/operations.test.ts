import { createHash } from 'node:crypto';
import { DASHBOARD, STATION_VIEW } from '../../bench/queries.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import {
  startTestHub,
  NATIONAL_SUPERVISOR,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// What operators and dashboards rely on at the gateway: metrics, persisted queries, cache hints.

const METRICS_TOKEN = 'metrics-scraper-token-0123456789';
const LINZE = '620723';
// Built before any request: building the world holds the event loop for seconds, longer than the
// gateway keeps an idle connection open, and a request sent after it would find its connection
// closed under it.
const station = buildDemoWorld().stations.find((s) => s.name === '平川镇社工站')!;
let hub: TestHub;
let bearer: string;
beforeAll(async () => {
  hub = await startTestHub({ env: { METRICS_TOKEN } });
  bearer = `Bearer ${await hub.token(NATIONAL_SUPERVISOR)}`;
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

/** The value of one sample of a metrics page, e.g. `sample(text, 'x_total', { a: 'b' })`. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    const found = Object.fromEntries(
      [...body.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) {
      return Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return undefined;
}

async function scrape(url: string): Promise<string> {
  const response = await fetch(new URL('/metrics', url), {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

async function post(body: Record<string, unknown>): Promise<Response> {
  return fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: bearer },
    body: JSON.stringify(body),
  });
}

describe('metrics', () => {
  it('are only for the holder of the metrics token', async () => {
    const response = await fetch(new URL('/metrics', hub.gatewayUrl));
    expect(response.status).toBe(401);
  });

  it('count requests by operation and outcome, and time each subgraph fetch', async () => {
    const ok = await post({ query: DASHBOARD, variables: { code: LINZE } });
    expect(((await ok.json()) as { errors?: unknown }).errors).toBeUndefined();
    await post({ query: 'query Broken { noSuchField }' });
    await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    const text = await scrape(hub.gatewayUrl);
    const requests = (operation: string, outcome: string) =>
      sample(text, 'hub_graphql_requests_total', { service: 'gateway', operation, outcome });
    expect(requests('RegionDashboard', 'success')).toBe(1);
    expect(requests('Broken', 'rejected')).toBe(1);
    expect(requests('unknown', 'rejected')).toBe(1); // no token
    expect(
      sample(text, 'hub_graphql_request_duration_seconds_count', {
        operation: 'RegionDashboard',
        outcome: 'success',
      }),
    ).toBe(1);
    // The dashboard reads every department once.
    for (const subgraph of Object.keys(hub.subgraphs)) {
      expect(
        sample(text, 'hub_subgraph_fetch_duration_seconds_count', { subgraph }),
      ).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'hub_subgraph_fetch_errors_total', { subgraph, reason: 'timeout' })).toBe(
        0,
      );
    }
    expect(text).toContain('hub_process_resident_memory_bytes');
  });

  it('show each subgraph its own requests and database pool', async () => {
    const text = await scrape(hub.subgraphs['civil-affairs']!.url);
    expect(
      sample(text, 'hub_db_pool_connections', { service: 'civil-affairs', state: 'max' }),
    ).toBe(4);
    expect(
      sample(text, 'hub_db_pool_connections', { service: 'civil-affairs', state: 'total' }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/hub_graphql_requests_total\{[^}]*outcome="success"[^}]*\} [1-9]/);
  });
});

describe('automatic persisted queries', () => {
  const hash = createHash('sha256').update(DASHBOARD).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };

  it('take a hash, then the query once, then the hash alone, also by GET with cache hints', async () => {
    const unknown = await post({ extensions, variables: { code: LINZE } });
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post({ query: DASHBOARD, extensions, variables: { code: LINZE } });
    const full = await registered.json();
    expect(full.data.region.name).toBe('临泽县');

    const byPost = await post({ extensions, variables: { code: LINZE } });
    expect(await byPost.json()).toEqual(full);

    const url = new URL(hub.gatewayUrl);
    url.searchParams.set('extensions', JSON.stringify(extensions));
    url.searchParams.set('variables', JSON.stringify({ code: LINZE }));
    const byGet = await fetch(url, {
      headers: { authorization: bearer, 'apollo-require-preflight': 'true' },
    });
    expect(byGet.status).toBe(200);
    expect(await byGet.json()).toEqual(full);
    expect(byGet.headers.get('cache-control')).toBe('max-age=60, private');
    expect(byGet.headers.get('vary')).toMatch(/authorization/);

    // A GET that a browser could send from another site is refused (CSRF).
    const simple = await fetch(url, { headers: { authorization: bearer } });
    expect(simple.status).toBe(400);

    // The first, unknown hash is the protocol at work, not a refused request.
    const text = await scrape(hub.gatewayUrl);
    expect(
      sample(text, 'hub_graphql_requests_total', {
        operation: 'anonymous',
        outcome: 'persisted_query_miss',
      }),
    ).toBe(1);
  });

  it('refuse a query that does not match its hash', async () => {
    const response = await post({ query: '{ __typename }', extensions });
    const body = await response.json();
    expect(body.errors[0]).toMatchObject({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(body.data).toBeUndefined();
  });
});

describe('cache hints', () => {
  it('let a dashboard keep region figures, but never a station or a person', async () => {
    const dashboard = await post({ query: DASHBOARD, variables: { code: LINZE } });
    expect(dashboard.headers.get('cache-control')).toBe('max-age=60, private');
    const view = await post({ query: STATION_VIEW, variables: { id: station.id } });
    expect((await view.json()).data.station.name).toBe('平川镇社工站');
    expect(view.headers.get('cache-control')).toBe('no-store');
  });
});
