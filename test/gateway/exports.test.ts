import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import express from 'express';
import { GraphQLError } from 'graphql';
import { Registry } from 'prom-client';
import { ExportJobs } from '../../gateway/exports/jobs.js';
import { mountExports } from '../../gateway/exports/routes.js';
import type { Principal } from '../../shared/context.js';
import { createLogger } from '../../shared/logger.js';
import { ExportMetrics } from '../../shared/observability/metrics.js';

// The export API against a graph that answers from a table: what it checks, who sees a job,
// how many run at once, and that files go when they expire and when the gateway stops.

const PEOPLE: Principal[] = ['alice', 'bob'].map((subject) => ({
  subject,
  department: 'CIVIL_AFFAIRS',
  roles: ['CASEWORKER'],
  regionCode: '230127',
}));
/** Bob under another department: the same subject is not the same principal. */
const BOB_OF_THE_UNION: Principal = { ...PEOPLE[1]!, department: 'TRADE_UNION' };
const TOKENS: Record<string, Principal> = {
  alice: PEOPLE[0]!,
  bob: PEOPLE[1]!,
  'union-bob': BOB_OF_THE_UNION,
};

const STATIONS = Array.from({ length: 7 }, (_, index) => ({
  name: `第${index + 1}站`,
  code: `2301271${String(index).padStart(2, '0')}`,
}));

const QUERY = `query Stations($first: Int, $after: String) {
  stations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { name code } }
  }
}`;

/** Pages asked of the graph, and a gate that holds every page but the first while it is closed. */
let asked: Array<{ authorization?: string; purpose?: string; variables: Record<string, unknown> }>;
let gate: Promise<void> = Promise.resolve();

function fakeGraph(app: express.Express): void {
  app.post('/graphql', express.json(), async (request, response) => {
    const { variables = {} } = request.body as { variables?: Record<string, unknown> };
    if (variables.after) await gate;
    asked.push({
      authorization: request.header('authorization'),
      purpose: request.header('x-access-purpose'),
      variables,
    });
    const start = variables.after ? Number(variables.after) : 0;
    if (variables.refuse === true || start >= Number(variables.refuseFrom ?? Infinity)) {
      response.json({ errors: [{ message: 'not yours', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    const first = Number(variables.first);
    const page = STATIONS.slice(start, start + first);
    const end = start + page.length;
    response.json({
      data: {
        stations: {
          totalCount: STATIONS.length,
          pageInfo: { hasNextPage: end < STATIONS.length, endCursor: String(end) },
          edges: page.map((node) => ({ node })),
        },
      },
    });
  });
}

let server: Server;
let base: string;
let jobs: ExportJobs;
let registry: Registry;

async function startGateway(settings = { ttlMs: 60_000, maxRunning: 2 }): Promise<void> {
  const app = express();
  fakeGraph(app);
  registry = new Registry();
  jobs = new ExportJobs({
    settings,
    graphqlUrl: () => `${base}/graphql`,
    metrics: (running) => new ExportMetrics(registry, running),
    logger: createLogger('test'),
  });
  mountExports(app, {
    authenticate: async (authorization) => {
      const principal = TOKENS[authorization?.replace(/^Bearer /, '') ?? ''];
      if (!principal)
        throw new GraphQLError('Sign in: send Authorization: Bearer <token>', {
          extensions: { code: 'UNAUTHENTICATED' },
        });
      return principal;
    },
    jobs,
    schema: () => undefined,
    logger: createLogger('test'),
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stopGateway(): Promise<void> {
  await jobs.stop();
  await new Promise((resolve) => server.close(resolve));
}

beforeEach(async () => {
  asked = [];
  gate = Promise.resolve();
  await startGateway();
});
afterEach(stopGateway);

function post(body: unknown, as = 'alice', headers: Record<string, string> = {}) {
  return fetch(`${base}/exports`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as ? { authorization: `Bearer ${as}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const get = (path: string, as = 'alice') =>
  fetch(`${base}${path}`, { headers: as ? { authorization: `Bearer ${as}` } : {} });

async function finished(id: string, as = 'alice'): Promise<Record<string, any>> {
  for (;;) {
    const status = (await (await get(`/exports/${id}`, as)).json()) as Record<string, any>;
    if (status.status !== 'RUNNING') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The files in every gateway's export directory of this machine. */
async function exportFiles(): Promise<string[]> {
  const directories = (await readdir(tmpdir())).filter((name) => name.startsWith('hub-exports-'));
  return (
    await Promise.all(directories.map((dir) => readdir(join(tmpdir(), dir)).catch(() => [])))
  ).flat();
}

const valid = { query: QUERY, path: 'stations', format: 'csv', pageSize: 3 };

it('pages the connection as its caller and writes every row, with progress', async () => {
  const response = await post(valid, 'alice', { 'x-access-purpose': encodeURIComponent('核对') });
  expect(response.status).toBe(202);
  const started = (await response.json()) as Record<string, string>;
  expect(started).toEqual({
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    status: expect.stringMatching(/^(RUNNING|DONE)$/),
    statusUrl: `/exports/${started.id}`,
    fileUrl: `/exports/${started.id}/file`,
  });
  expect(response.headers.get('location')).toBe(started.statusUrl);
  const status = await finished(started.id!);
  expect(status).toMatchObject({
    status: 'DONE',
    rows: 7,
    pages: 3,
    totalCount: 7,
    progress: 1,
    error: null,
    filename: 'stations.csv',
  });
  // Every page asked with the caller's own token and purpose, first/after from pageInfo.
  expect(asked.map((page) => page.variables)).toEqual([
    { first: 3, after: null },
    { first: 3, after: '3' },
    { first: 3, after: '6' },
  ]);
  expect(new Set(asked.map((page) => page.authorization))).toEqual(new Set(['Bearer alice']));
  expect(new Set(asked.map((page) => page.purpose))).toEqual(new Set([encodeURIComponent('核对')]));
  const file = await get(started.fileUrl!);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(file.headers.get('content-disposition')).toBe('attachment; filename=stations.csv');
  expect(file.headers.get('cache-control')).toBe('private, no-store');
  // The bytes, since a decoder drops the byte-order mark.
  const bytes = Buffer.from(await file.arrayBuffer());
  const text = bytes.toString('utf8');
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(text.startsWith('\uFEFFname,code\r\n')).toBe(true);
  expect(parse(text, { bom: true })).toEqual([
    ['name', 'code'],
    ...STATIONS.map((station) => [station.name, station.code]),
  ]);
});

it('names the download as asked, in UTF-8', async () => {
  const response = await post({ ...valid, filename: '木兰县站点' });
  const { id } = (await response.json()) as { id: string };
  await finished(id);
  const file = await get(`/exports/${id}/file`);
  expect(file.headers.get('content-disposition')).toBe(
    `attachment; filename="?????.csv"; filename*=UTF-8''${encodeURIComponent('木兰县站点')}.csv`,
  );
});

it('refuses bad input with 400 naming the field, before asking the graph', async () => {
  const cases: Array<[unknown, string]> = [
    ['{ not json', 'body'],
    [[valid], 'body'],
    [{ ...valid, variabels: {} }, 'variabels'],
    [{ ...valid, query: '' }, 'query'],
    [{ ...valid, query: 'query { stations(' }, 'query'],
    [{ ...valid, query: 'mutation { deleteEverything }' }, 'query'],
    [
      {
        ...valid,
        query: 'query { stations { pageInfo { hasNextPage endCursor } edges { node { name } } } }',
      },
      'query',
    ],
    [
      {
        ...valid,
        query:
          'query($first: Int, $after: String) { stations(first: $first, after: $after) { edges { node { name } } } }',
      },
      'query',
    ],
    [{ ...valid, path: 'stations..edges' }, 'path'],
    [{ ...valid, path: 'agencies' }, 'path'],
    [{ ...valid, format: 'pdf' }, 'format'],
    [{ ...valid, variables: ['x'] }, 'variables'],
    [{ ...valid, variables: { first: 10 } }, 'variables.first'],
    [{ ...valid, pageSize: 0 }, 'pageSize'],
    [{ ...valid, pageSize: 501 }, 'pageSize'],
    [{ ...valid, filename: '../../etc/passwd' }, 'filename'],
    [{ ...valid, filename: 'stations.xlsx' }, 'filename'],
  ];
  for (const [body, field] of cases) {
    const response = await post(body);
    const answer = (await response.json()) as { error: Record<string, string> };
    expect({ field, status: response.status, code: answer.error.code }).toEqual({
      field,
      status: 400,
      code: 'BAD_USER_INPUT',
    });
    expect(answer.error.field).toBe(field);
    expect(answer.error.message!.length).toBeGreaterThan(5);
  }
  expect(asked).toEqual([]);
});

it('answers 401 without a valid token, as /graphql does', async () => {
  for (const response of [
    await post(valid, ''),
    await post(valid, 'mallory'),
    await get('/exports/whatever', ''),
  ]) {
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHENTICATED',
    );
  }
});

it('returns the graph’s errors at once, and no job', async () => {
  const response = await post({ ...valid, variables: { refuse: true } });
  expect(response.status).toBe(403);
  expect(await response.json()).toEqual({
    errors: [{ message: 'not yours', extensions: { code: 'FORBIDDEN' } }],
  });
  expect(
    (await registry.getSingleMetric('hub_exports_total')!.get()).values.find(
      (value) => value.labels.format === 'csv' && value.labels.outcome === 'refused',
    )?.value,
  ).toBe(1);
});

it('shows a job only to the principal that made it: the same subject of the same department', async () => {
  const { id } = (await (await post(valid)).json()) as { id: string };
  await finished(id);
  for (const other of ['bob', 'union-bob']) {
    const status = await get(`/exports/${id}`, other);
    const file = await get(`/exports/${id}/file`, other);
    const missing = await get(`/exports/00000000-0000-0000-0000-000000000000`, other);
    expect([status.status, file.status, missing.status]).toEqual([404, 404, 404]);
    // Another's job and a missing one answer alike.
    expect(await status.json()).toEqual(await missing.json());
  }
  expect((await get(`/exports/${id}`, 'alice')).status).toBe(200);
});

it('runs a bounded number of exports per principal at once (429 beyond), others unaffected', async () => {
  let open!: () => void;
  gate = new Promise((resolve) => (open = resolve));
  // Two exports whose first page is answered and whose second waits.
  const ids: string[] = [];
  for (const _ of [1, 2]) {
    const response = await post(valid);
    expect(response.status).toBe(202);
    ids.push(((await response.json()) as { id: string }).id);
  }
  const third = await post(valid);
  expect(third.status).toBe(429);
  expect(((await third.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_EXPORTS');
  expect((await post({ ...valid, format: 'xlsx' })).status).toBe(429);
  // Bob has none running.
  expect((await post(valid, 'bob')).status).toBe(202);
  const running = (await (await get(`/exports/${ids[0]}`)).json()) as Record<string, unknown>;
  expect(running).toMatchObject({ status: 'RUNNING', rows: 3, pages: 1, totalCount: 7 });
  expect(running.progress).toBeCloseTo(3 / 7);
  expect((await get(`/exports/${ids[0]}/file`)).status).toBe(409);
  open();
  for (const id of ids) expect((await finished(id)).status).toBe('DONE');
  expect((await post(valid)).status).toBe(202);
  const counted = (await registry.getSingleMetric('hub_exports_total')!.get()).values;
  const count = (format: string, outcome: string) =>
    counted.find((value) => value.labels.format === format && value.labels.outcome === outcome)
      ?.value;
  expect([count('csv', 'throttled'), count('xlsx', 'throttled')]).toEqual([1, 1]);
});

it('fails a job whose later page the graph refuses, keeps its error and no file', async () => {
  const response = await post({ ...valid, variables: { refuseFrom: 6 } });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  const status = await finished(id);
  expect(status).toMatchObject({
    status: 'FAILED',
    rows: 6,
    pages: 2,
    error: {
      code: 'FORBIDDEN',
      errors: [{ message: 'not yours', extensions: { code: 'FORBIDDEN' } }],
    },
  });
  expect(status.error.message).toContain('FORBIDDEN: not yours');
  const file = await get(`/exports/${id}/file`);
  expect(file.status).toBe(409);
  expect(((await file.json()) as { status: string }).status).toBe('FAILED');
  expect(await exportFiles()).not.toContain(`${id}.csv`);
});

it('forgets a finished export and deletes its file after the configured time', async () => {
  await stopGateway();
  await startGateway({ ttlMs: 150, maxRunning: 2 });
  const { id } = (await (await post(valid)).json()) as { id: string };
  const status = await finished(id);
  expect(status.status).toBe('DONE');
  expect(Date.parse(status.expiresAt) - Date.parse(status.finishedAt)).toBe(150);
  expect(await exportFiles()).toContain(`${id}.csv`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await get(`/exports/${id}`)).status).toBe(404);
  expect((await get(`/exports/${id}/file`)).status).toBe(404);
  expect(await exportFiles()).not.toContain(`${id}.csv`);
});

it('cancels running exports and removes every file, and the directory, when the gateway stops', async () => {
  const { id } = (await (await post(valid)).json()) as { id: string };
  await finished(id);
  let open!: () => void;
  gate = new Promise((resolve) => (open = resolve));
  const running = (await (await post(valid)).json()) as { id: string };
  const mine = (await readdir(tmpdir())).filter(
    (dir) => dir.startsWith('hub-exports-') && existsSync(join(tmpdir(), dir, `${id}.csv`)),
  );
  expect(mine).toHaveLength(1);
  expect(await readdir(join(tmpdir(), mine[0]!))).toEqual(
    expect.arrayContaining([`${id}.csv`, `${running.id}.csv`]),
  );
  // The running export's second page is held by the graph: stopping does not wait for it.
  await jobs.stop();
  expect(existsSync(join(tmpdir(), mine[0]!))).toBe(false);
  expect((await post(valid)).status).toBe(503);
  open();
});
