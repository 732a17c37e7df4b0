import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { issueToken } from '../gateway/auth.js';
import { DEPARTMENT_SERVICES } from '../shared/config.js';
import { createLogger } from '../shared/logger.js';
import { cpuMs, peakRssMb, postgresCpuMs } from './proc.js';
import * as Q from './queries.js';
import { startTopology, type Topology } from './topology.js';
import { openBenchWorld } from './world.js';

// `npm run bench:processes`: the hub as docker-compose runs it, one process per service, on the
// province-scale world. For each view: latency at c=1 beside its SQL floor; throughput at c=16
// over sixteen different stations or people (nothing for the gateway to share) and over one
// (identical requests); the CPU each request costs the gateway, the subgraphs and PostgreSQL; and
// each process's peak memory.
//
// With BENCH_BASELINE=<a built checkout of an earlier revision> (its own `dist/`, e.g. a
// `git worktree` at that revision after `npx tsc -p tsconfig.build.json`), that build runs beside
// this one on the same databases and both are measured in interleaved rounds: the before and after
// of a change in one run, under the same load.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REQUESTS_C1 = Number(process.env.BENCH_REQUESTS_C1 ?? 30);
const REQUESTS_C16 = Number(process.env.BENCH_REQUESTS_C16 ?? 320);
// A service answers in steady state once V8 has optimised its hot paths, after some hundreds of
// requests of each kind: measured from cold, a station view cost 17 ms of CPU in its first 320
// requests and 12 ms from the thousandth on. Every build answers each view this often first.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 800);
const CONCURRENCY = 16;
/** The issue's targets: CPU per view, times its floor, station views per second, memory. */
const TARGET = { cpuMs: 10, floorRatio: 5, stationRps: 150, rssMb: 300 };

const logger = createLogger('bench');
const secret = randomBytes(32).toString('base64url');
const world = await openBenchWorld(logger, secret);
const builds = [
  { name: 'current', root: process.cwd() },
  ...(process.env.BENCH_BASELINE
    ? [{ name: 'baseline', root: resolve(process.env.BENCH_BASELINE) }]
    : []),
];
// Each build's six departments hold up to DATABASE_POOL_MAX connections each, beside this script's
// pool (16) and the superuser's reserve (3): a server that allows fewer refuses them midway, and
// the departments answer "unavailable".
const needed = builds.length * DEPARTMENT_SERVICES.length * world.config.DATABASE_POOL_MAX + 16 + 3;
const allowed = Number(
  (await world.sql.query<{ max_connections: string }>('SHOW max_connections')).rows[0]
    ?.max_connections,
);
if (allowed < needed) {
  await world.close();
  throw new Error(
    `PostgreSQL allows ${allowed} connections and ${builds.length} build(s) need up to ${needed}: raise max_connections (ALTER SYSTEM SET max_connections = ${needed}, then restart it)`,
  );
}
const topologies = new Map<string, Topology>();
process.once('exit', () => {
  for (const topology of topologies.values()) {
    topology.processes.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
  }
});
for (const build of builds) {
  topologies.set(
    build.name,
    await startTopology({
      server: world.server,
      prefix: world.config.DATABASE_NAME_PREFIX,
      secret,
      root: build.root,
      env: {
        DEMO_DATA: 'off',
        SUBGRAPH_TIMEOUT_MS: '60000',
        GATEWAY_RESPONSE_CACHE: world.config.GATEWAY_RESPONSE_CACHE,
      },
    }),
  );
}
const token = await issueToken(
  secret,
  { subject: 'bench', department: 'CIVIL_AFFAIRS', roles: ['SUPERVISOR'], regionCode: '100000' },
  { audience: world.config.AUTH_AUDIENCE },
);
const ids = async (text: string) =>
  (await world.sql.query<{ id: string }>(text)).rows.map((row) => row.id);
const stations = await ids(
  `SELECT id FROM stations WHERE region_code LIKE '33%' AND level = 'TOWNSHIP_STATION' ORDER BY id LIMIT ${CONCURRENCY}`,
);
const people = await ids(
  `SELECT id FROM people WHERE region_code LIKE '33%' ORDER BY id LIMIT ${CONCURRENCY}`,
);

async function graph(url: string, query: string, variables: Record<string, unknown>) {
  await Q.askGateway(url, token, query, variables);
}

interface Case {
  name: string;
  query: string;
  /** The variables of the n-th of sixteen different requests. */
  variables: (n: number) => Record<string, unknown>;
  floor: { statements: string[]; params: (n: number) => unknown[] };
  /** Whether the issue sets it a CPU target. */
  cpuTarget: boolean;
}
const province = () => ({ code: Q.PROVINCE });
const cases: Case[] = [
  {
    name: 'station view',
    query: Q.STATION_VIEW,
    variables: (n) => ({ id: stations[n % stations.length] }),
    floor: { statements: Q.STATION_SQL, params: (n) => [stations[n % stations.length]] },
    cpuTarget: true,
  },
  {
    name: 'person view',
    query: Q.PERSON_VIEW,
    variables: (n) => ({ id: people[n % people.length] }),
    floor: { statements: Q.PERSON_SQL, params: (n) => [people[n % people.length]] },
    cpuTarget: true,
  },
  {
    name: 'project funding (100 projects)',
    query: Q.PROJECT_FUNDING,
    variables: province,
    floor: { statements: Q.FUNDING_SQL, params: () => ['33%'] },
    cpuTarget: false,
  },
  {
    name: '100 stations with projects and contributions',
    query: Q.STATION_LIST,
    variables: province,
    floor: { statements: Q.STATION_LIST_SQL, params: () => ['33%'] },
    cpuTarget: false,
  },
  {
    name: 'region dashboard (province)',
    query: Q.DASHBOARD,
    variables: province,
    floor: { statements: Q.DASHBOARD_SQL, params: () => ['33%'] },
    cpuTarget: false,
  },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** CPU used so far by a build's gateway, its subgraphs and PostgreSQL, in ms. */
async function cpuOf(topology: Topology) {
  let gateway = 0;
  let subgraphs = 0;
  for (const [name, child] of topology.processes) {
    const used = await cpuMs(child.pid!);
    if (name === 'gateway') gateway += used;
    else subgraphs += used;
  }
  return { gateway, subgraphs, postgres: await postgresCpuMs() };
}

interface Run {
  p50: number;
  rps: number;
  cpu: { gateway: number; subgraphs: number; postgres: number };
}

/** `requests` requests by `concurrency` callers; each caller asks for variant `n` of its own, or all the same. */
async function run(
  topology: Topology,
  view: Case,
  concurrency: number,
  requests: number,
  distinct: boolean,
): Promise<Run> {
  const latencies: number[] = [];
  const before = await cpuOf(topology);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, caller) => {
      for (let i = 0; i < requests / concurrency; i += 1) {
        const t = performance.now();
        await graph(topology.gatewayUrl, view.query, view.variables(distinct ? caller : 0));
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const after = await cpuOf(topology);
  const per = (key: keyof Run['cpu']) => (after[key] - before[key]) / latencies.length;
  return {
    p50: median(latencies),
    rps: latencies.length / elapsed,
    cpu: { gateway: per('gateway'), subgraphs: per('subgraphs'), postgres: per('postgres') },
  };
}

async function floorP50(view: Case): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const t = performance.now();
    await Promise.all(
      view.floor.statements.map((text) => world.sql.query(text, view.floor.params(i))),
    );
    if (i >= 5) times.push(performance.now() - t);
  }
  return median(times);
}

type Measured = { c1: Run[]; distinct: Run[]; same: Run[] };
const results = new Map<string, Map<string, Measured>>();
for (const build of builds) {
  results.set(
    build.name,
    new Map(cases.map((view) => [view.name, { c1: [], distinct: [], same: [] }])),
  );
}
for (const build of builds) {
  for (const view of cases) {
    await run(topologies.get(build.name)!, view, CONCURRENCY, WARMUP, true);
  }
}
process.stdout.write(`warmed up: ${WARMUP} requests of each view\n`);
for (let round = 0; round < ROUNDS; round += 1) {
  const order = round % 2 === 0 ? builds : [...builds].reverse();
  for (const view of cases) {
    for (const build of order) {
      const topology = topologies.get(build.name)!;
      const measured = results.get(build.name)!.get(view.name)!;
      measured.c1.push(await run(topology, view, 1, REQUESTS_C1, false));
      measured.distinct.push(await run(topology, view, CONCURRENCY, REQUESTS_C16, true));
      measured.same.push(await run(topology, view, CONCURRENCY, REQUESTS_C16, false));
    }
    process.stdout.write(`round ${round + 1}/${ROUNDS}: ${view.name}\n`);
  }
}
const floors = new Map<string, number>();
for (const view of cases) floors.set(view.name, await floorP50(view));

const memory: Record<string, Record<string, number>> = {};
for (const [name, topology] of topologies) {
  memory[name] = {};
  for (const [service, child] of topology.processes) {
    memory[name][service] = await peakRssMb(child.pid!);
  }
}
const codes: Record<string, Record<string, number | null>> = {};
for (const [name, topology] of topologies) codes[name] = await topology.stop();
await world.close();

const summary = builds.map((build) => ({
  build: build.name,
  views: cases.map((view) => {
    const measured = results.get(build.name)!.get(view.name)!;
    const cpu = {
      gateway: median(measured.distinct.map((r) => r.cpu.gateway)),
      subgraphs: median(measured.distinct.map((r) => r.cpu.subgraphs)),
      postgres: median(measured.distinct.map((r) => r.cpu.postgres)),
    };
    const p50 = median(measured.c1.map((r) => r.p50));
    const floor = floors.get(view.name)!;
    return {
      view: view.name,
      p50,
      floor,
      floorRatio: p50 / floor,
      rpsDistinct: median(measured.distinct.map((r) => r.rps)),
      rpsSame: median(measured.same.map((r) => r.rps)),
      cpu,
      cpuTotal: cpu.gateway + cpu.subgraphs + cpu.postgres,
      cpuTarget: view.cpuTarget,
    };
  }),
}));

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const lines: string[] = [
  `\nOne process per service on the province; medians of ${ROUNDS} interleaved rounds after ${WARMUP} requests of each view. c=1: ${REQUESTS_C1} requests; c=${CONCURRENCY}: ${REQUESTS_C16} requests over ${CONCURRENCY} different stations or people ("different") or all the same ("same"). CPU per request at c=${CONCURRENCY} (different), in ms.\n`,
];
for (const { build, views } of summary) {
  lines.push(
    `\n${build}:\n\n| view | c=1 p50 ms | SQL floor | × floor | req/s different | req/s same | CPU gateway | CPU subgraphs | CPU PostgreSQL | CPU total |\n|---|---|---|---|---|---|---|---|---|---|`,
  );
  for (const row of views) {
    lines.push(
      `| ${row.view} | ${fixed(row.p50)} | ${fixed(row.floor, 2)} | ${fixed(row.floorRatio)}x | ${fixed(row.rpsDistinct, 0)} | ${fixed(row.rpsSame, 0)} | ${fixed(row.cpu.gateway, 2)} | ${fixed(row.cpu.subgraphs, 2)} | ${fixed(row.cpu.postgres, 2)} | ${fixed(row.cpuTotal, 2)} |`,
    );
  }
}
if (summary.length === 2) {
  const [current, baseline] = summary as [(typeof summary)[0], (typeof summary)[0]];
  lines.push(
    `\ncurrent / baseline:\n\n| view | c=1 p50 | req/s different | req/s same | CPU total |\n|---|---|---|---|---|`,
  );
  current.views.forEach((row, i) => {
    const before = baseline.views[i]!;
    lines.push(
      `| ${row.view} | ${fixed(row.p50 / before.p50, 2)} | ${fixed(row.rpsDistinct / before.rpsDistinct, 2)} | ${fixed(row.rpsSame / before.rpsSame, 2)} | ${fixed(row.cpuTotal / before.cpuTotal, 2)} |`,
    );
  });
}
const current = summary[0]!.views;
const station = current.find((row) => row.view === 'station view')!;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
lines.push(`\nTargets (current build):\n`);
for (const row of current.filter((candidate) => candidate.cpuTarget)) {
  lines.push(
    `- ${row.view}: CPU ${fixed(row.cpuTotal, 2)} ms per request (≤ ${TARGET.cpuMs}: ${verdict(row.cpuTotal <= TARGET.cpuMs)})`,
  );
}
for (const row of current.filter((candidate) => !candidate.view.startsWith('region'))) {
  lines.push(
    `- ${row.view}: ${fixed(row.floorRatio)}x its SQL floor at c=1 (≤ ${TARGET.floorRatio}x: ${verdict(row.floorRatio <= TARGET.floorRatio)})`,
  );
}
lines.push(
  `- station view: ${fixed(station.rpsDistinct, 0)} req/s at c=${CONCURRENCY} over different stations (≥ ${TARGET.stationRps}: ${verdict(station.rpsDistinct >= TARGET.stationRps)})`,
);
const heaviest = Math.max(...Object.values(memory.current!));
lines.push(
  `- peak RSS of any process ${fixed(heaviest, 0)} MB (≤ ${TARGET.rssMb}: ${verdict(heaviest <= TARGET.rssMb)})`,
);
lines.push(
  `\nPeak resident memory (MB):\n\n| service | ${builds.map((b) => b.name).join(' | ')} |\n|---|${builds.map(() => '---').join('|')}|`,
);
for (const service of Object.keys(memory.current!)) {
  lines.push(
    `| ${service} | ${builds.map((b) => fixed(memory[b.name]![service] ?? 0, 0)).join(' | ')} |`,
  );
}
lines.push(`\nExit codes on SIGTERM: ${JSON.stringify(codes)}`);
process.stdout.write(`${lines.join('\n')}\n`);

await mkdir('bench/results', { recursive: true });
const file = `bench/results/processes-${new Date().toISOString().replaceAll(':', '-')}.json`;
await writeFile(
  file,
  JSON.stringify({ at: new Date().toISOString(), summary, peakRssMb: memory, codes }, null, 2),
);
process.stdout.write(`Written to ${file}\n`);
