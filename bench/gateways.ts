import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { issueToken } from '../gateway/auth.js';
import { createLogger } from '../shared/logger.js';
import { LedgerProbe } from './ledger.js';
import { cpuMs, peakRssMb } from './proc.js';
import * as Q from './queries.js';
import { HIVE_GATEWAY, HUB_GATEWAY, startTopology, type GatewayProcess } from './topology.js';
import { openBenchWorld } from './world.js';

// `npm run bench:gateways`: the hub's own gateway and Hive Gateway (Rust query planner) serving
// the same committed supergraph, each in its own process, in front of the same department
// processes on the province-scale world, with the same token and the same security (the client's
// token checked, every subgraph fetch carrying the caller's grants, the query limits). Rounds
// alternate between the gateways (A, B, A, B…) for each query at c=1 and at c=16, after a
// warm-up; each round reads the CPU time of every process from /proc and the subgraphs' request
// counters from their /metrics. Prints the tables with the ratios to the hub's gateway, whether
// every answer was the same through both, and writes them to bench/results/.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Requests of one query through one gateway in one round, by concurrency. */
const REQUESTS: Record<number, number> = {
  1: Number(process.env.BENCH_REQUESTS_C1 ?? 20),
  16: Number(process.env.BENCH_REQUESTS_C16 ?? 48),
};
const WARM_UP = 5;
/**
 * Requests of each query at c=16 through each gateway before measuring: a process answers in
 * steady state once V8 has optimised its hot paths, after some hundreds of requests.
 */
const WARM_UP_LOAD = Number(process.env.BENCH_WARMUP ?? 400);
const GATEWAYS: GatewayProcess[] = [HUB_GATEWAY, HIVE_GATEWAY];

const logger = createLogger('bench');
const secret = randomBytes(32).toString('base64url');
const world = await openBenchWorld(logger, secret);
const topology = await startTopology({
  server: world.server,
  prefix: world.config.DATABASE_NAME_PREFIX,
  secret,
  env: {
    DEMO_DATA: 'off',
    // On two cores at c=16 the dashboard's civil-affairs fetch can wait longer than the production
    // 10 s; both gateways get the same longer timeout, so that the rounds measure, not time out.
    SUBGRAPH_TIMEOUT_MS: process.env.SUBGRAPH_TIMEOUT_MS ?? '60000',
    // The same work for both routers: every request planned and fetched. The hub's response cache
    // would answer the benchmark's repeated questions without a fetch, and its coalescing would
    // share the fetches of identical requests in flight, which Hive Gateway's transport is told
    // not to do (its deduplication shares answers between callers: hive-gateway.ts).
    GATEWAY_RESPONSE_CACHE: 'off',
    GATEWAY_COALESCE_READS: 'off',
  },
  gateways: GATEWAYS,
});
// The processes are stopped however the benchmark ends.
const stopAll = () =>
  topology.processes.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
process.once('exit', stopAll);
const departments = Object.keys(topology.subgraphUrls);
const pid = (name: string) => topology.processes.get(name)!.pid!;

const token = await issueToken(
  secret,
  { subject: 'bench', department: 'CIVIL_AFFAIRS', roles: ['SUPERVISOR'], regionCode: '100000' },
  { audience: world.config.AUTH_AUDIENCE },
);
// Nothing is measured while the ledger's consumer in civil affairs still applies snapshots.
const probe = new LedgerProbe(world.server, world.config.DATABASE_NAME_PREFIX, world.sql);
await probe.caughtUp();
await probe.close();
const pick = async (text: string) => ((await world.sql.query(text)).rows[0] as { id: string }).id;
const stationId = await pick(
  `SELECT id FROM stations WHERE region_code LIKE '33%' AND level = 'TOWNSHIP_STATION' ORDER BY id LIMIT 1`,
);
const personId = await pick(
  `SELECT id FROM people WHERE region_code LIKE '33%' ORDER BY id LIMIT 1`,
);

const cases: Array<{ name: string; query: string; variables: Record<string, unknown> }> = [
  { name: 'region dashboard (province)', query: Q.DASHBOARD, variables: { code: Q.PROVINCE } },
  { name: 'station view', query: Q.STATION_VIEW, variables: { id: stationId } },
  { name: 'person view', query: Q.PERSON_VIEW, variables: { id: personId } },
  {
    name: 'project funding (province)',
    query: Q.PROJECT_FUNDING,
    variables: { code: Q.PROVINCE },
  },
  {
    name: '100 stations with projects and contributions',
    query: Q.STATION_LIST,
    variables: { code: Q.PROVINCE },
  },
];

/** Sends one operation; `error` describes an answer that is not a clean 200 with data. */
async function send(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  const error =
    !response.ok || body.errors
      ? `HTTP ${response.status}, ${JSON.stringify(body.errors ?? body).slice(0, 300)}`
      : null;
  return { data: body.data, error };
}

/** The answer of a warm-up request, which must be clean. */
async function graph(url: string, query: string, variables: Record<string, unknown>) {
  const { data, error } = await send(url, query, variables);
  if (error) throw new Error(`${url}: ${error}`);
  return data;
}

/** GraphQL requests the departments have answered, from their `/metrics`, by outcome. */
async function subgraphRequests(): Promise<Record<string, number>> {
  const outcomes: Record<string, number> = {};
  for (const url of Object.values(topology.subgraphUrls)) {
    const text = await (await fetch(new URL('/metrics', url))).text();
    for (const match of text.matchAll(
      /^hub_graphql_requests_total\{[^}]*outcome="([^"]+)"[^}]*\} (\d+(?:\.\d+)?)$/gm,
    ))
      outcomes[match[1]!] = (outcomes[match[1]!] ?? 0) + Number(match[2]);
  }
  return outcomes;
}

interface Sample {
  latencies: number[];
  seconds: number;
  requests: number;
  gatewayCpuMs: number;
  subgraphCpuMs: number;
  fetches: number;
  /** Subgraph requests that did not succeed (refused grants, errors). */
  failedFetches: number;
  /** Requests answered with errors (timeouts under load), with the first error seen. */
  errors: number;
  firstError: string | null;
}

/** One round: `requests` of a case through one gateway at `concurrency`. */
async function round(url: string, gateway: string, c: (typeof cases)[number], concurrency: number) {
  const requests = REQUESTS[concurrency]!;
  const cpu = async () => ({
    gateway: await cpuMs(pid(gateway)),
    subgraphs: (await Promise.all(departments.map((name) => cpuMs(pid(name))))).reduce(
      (sum, ms) => sum + ms,
      0,
    ),
  });
  const fetchesBefore = await subgraphRequests();
  const cpuBefore = await cpu();
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < requests) {
        sent += 1;
        const t = performance.now();
        const { error } = await send(url, c.query, c.variables);
        latencies.push(performance.now() - t);
        if (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await cpu();
  const fetchesAfter = await subgraphRequests();
  const delta = (outcome: string) => (fetchesAfter[outcome] ?? 0) - (fetchesBefore[outcome] ?? 0);
  const all = Object.keys(fetchesAfter).reduce((sum, outcome) => sum + delta(outcome), 0);
  return {
    latencies,
    seconds,
    requests,
    gatewayCpuMs: cpuAfter.gateway - cpuBefore.gateway,
    subgraphCpuMs: cpuAfter.subgraphs - cpuBefore.subgraphs,
    fetches: all,
    failedFetches: all - delta('success'),
    errors,
    firstError,
  } satisfies Sample;
}

/** JSON with object keys sorted, so that answers compare by value whatever their key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  return value;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  gatewayCpuMsPerRequest: number;
  subgraphCpuMsPerRequest: number;
  fetchesPerRequest: number;
  failedFetches: number;
  errors: number;
  firstError: string | null;
  rounds: number;
}
function figures(samples: Sample[]): Figures {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const sum = (
    key:
      | 'requests'
      | 'seconds'
      | 'gatewayCpuMs'
      | 'subgraphCpuMs'
      | 'fetches'
      | 'failedFetches'
      | 'errors',
  ) => samples.reduce((total, sample) => total + sample[key], 0);
  const requests = sum('requests');
  return {
    rps: requests / sum('seconds'),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    gatewayCpuMsPerRequest: sum('gatewayCpuMs') / requests,
    subgraphCpuMsPerRequest: sum('subgraphCpuMs') / requests,
    fetchesPerRequest: sum('fetches') / requests,
    failedFetches: sum('failedFetches'),
    errors: sum('errors'),
    firstError: samples.find((sample) => sample.firstError)?.firstError ?? null,
    rounds: samples.length,
  };
}

// Warm-up, and the check that every gateway gives the reference's answer.
const answers: Array<{ name: string; identical: Record<string, boolean> }> = [];
for (const c of cases) {
  const identical: Record<string, boolean> = {};
  let reference: unknown;
  for (const gateway of GATEWAYS) {
    const url = topology.gatewayUrls[gateway.name]!;
    let data: unknown;
    for (let i = 0; i < WARM_UP; i += 1) data = canonical(await graph(url, c.query, c.variables));
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let i = 0; i < WARM_UP_LOAD / 16; i += 1) await graph(url, c.query, c.variables);
      }),
    );
    reference ??= data;
    identical[gateway.name] = isDeepStrictEqual(data, reference);
  }
  answers.push({ name: c.name, identical });
}

const results: Array<{ name: string; concurrency: number; gateways: Record<string, Figures> }> = [];
for (const concurrency of [1, 16]) {
  for (const c of cases) {
    const samples = new Map<string, Sample[]>(GATEWAYS.map((gateway) => [gateway.name, []]));
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const gateway of GATEWAYS) {
        const url = topology.gatewayUrls[gateway.name]!;
        samples.get(gateway.name)!.push(await round(url, gateway.name, c, concurrency));
      }
    }
    results.push({
      name: c.name,
      concurrency,
      gateways: Object.fromEntries([...samples].map(([name, taken]) => [name, figures(taken)])),
    });
    process.stdout.write(`measured ${c.name} at c=${concurrency}\n`);
  }
}

const memory: Record<string, number> = {};
for (const [name] of topology.processes) memory[name] = await peakRssMb(pid(name));
const codes = await topology.stop();
await world.close();

const [own, ...others] = GATEWAYS.map((gateway) => gateway.name) as [string, ...string[]];
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : '—');
const lines: string[] = [];
for (const concurrency of [1, 16]) {
  lines.push(
    `\nc=${concurrency}, ${ROUNDS} rounds of ${REQUESTS[concurrency]} requests per gateway (latency and CPU in ms):\n`,
    '| query | gateway | req/s | p50 | p99 | gateway CPU/req | subgraphs CPU/req | subgraph fetches/req |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const row of results.filter((result) => result.concurrency === concurrency)) {
    for (const name of [own, ...others]) {
      const f = row.gateways[name]!;
      lines.push(
        `| ${row.name} | ${name} | ${f.rps.toFixed(1)} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.gatewayCpuMsPerRequest.toFixed(1)} | ${f.subgraphCpuMsPerRequest.toFixed(1)} | ${f.fetchesPerRequest.toFixed(1)} |`,
      );
    }
    for (const name of others) {
      const [a, b] = [row.gateways[name]!, row.gateways[own]!];
      lines.push(
        `| ${row.name} | ${name}/${own} | ${ratio(a.rps, b.rps)} | ${ratio(a.p50, b.p50)} | ${ratio(a.p99, b.p99)} | ${ratio(a.gatewayCpuMsPerRequest, b.gatewayCpuMsPerRequest)} | ${ratio(a.subgraphCpuMsPerRequest, b.subgraphCpuMsPerRequest)} | ${ratio(a.fetchesPerRequest, b.fetchesPerRequest)} |`,
      );
    }
  }
}
const failed = results.flatMap((row) =>
  Object.entries(row.gateways)
    .filter(([, f]) => f.failedFetches > 0 || f.errors > 0)
    .map(
      ([name, f]) =>
        `${name}, ${row.name} at c=${row.concurrency}: ${f.errors} answers with errors, ${f.failedFetches} failed subgraph requests${f.firstError ? `; the first: ${f.firstError}` : ''}`,
    ),
);
lines.push(
  '\nSame answers as the hub’s gateway:\n',
  `| query | ${others.join(' | ')} |`,
  `|---|${others.map(() => '---|').join('')}`,
  ...answers.map(
    (row) =>
      `| ${row.name} | ${others.map((name) => (row.identical[name] ? 'identical' : 'DIFFERENT')).join(' | ')} |`,
  ),
  '\nPeak resident memory (MB):\n',
  `| ${Object.keys(memory).join(' | ')} |`,
  `|${Object.keys(memory)
    .map(() => '---|')
    .join('')}`,
  `| ${Object.values(memory)
    .map((mb) => mb.toFixed(0))
    .join(' | ')} |`,
  ...(failed.length ? ['', ...failed] : []),
  `\nExit codes on SIGTERM: ${JSON.stringify(codes)}`,
);
process.stdout.write(`${lines.join('\n')}\n`);

await mkdir('bench/results', { recursive: true });
const file = `bench/results/gateways-${new Date().toISOString().replaceAll(':', '-')}.json`;
await writeFile(
  file,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      gateways: GATEWAYS,
      rounds: ROUNDS,
      requestsPerRound: REQUESTS,
      results,
      answers,
      peakRssMb: memory,
      codes,
    },
    null,
    2,
  ),
);
process.stdout.write(`Written to ${file}\n`);
if (answers.some((row) => Object.values(row.identical).includes(false))) process.exitCode = 1;
