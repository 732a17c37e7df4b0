import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { issueToken } from '../gateway/auth.js';
import { DEPARTMENT_SERVICES } from '../shared/config.js';
import { createLogger } from '../shared/logger.js';
import { startHub } from '../tools/hub.js';
import * as Q from './queries.js';
import { startTopology } from './topology.js';
import { openBenchWorld } from './world.js';
import { cpuMs } from './proc.js';

// `npm run bench:reads`: what the hub's heaviest views cost each service. The hub runs one
// process per service, as docker-compose runs it, on the province-scale world; each view is asked
// at concurrency 1 and every process's CPU time is read from Linux's `/proc/<pid>/stat` around
// the requests, with each department's GraphQL request count from its `/metrics`. The SQL
// statements of each view, per department, are counted with the whole hub in this process.
//
// BENCH_READS_TREES lists built checkouts (default: this one) to measure in interleaved rounds
// (A, B, B, A), so that two releases meet the same machine; BENCH_ITERATIONS=0 counts the
// statements only; BENCH_CPU_PROF_DIR has every process
// write a V8 CPU profile there (`node --cpu-prof`).

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const TREES = (process.env.BENCH_READS_TREES ?? '.').split(',').map((tree) => resolve(tree));
const PROFILE_DIR = process.env.BENCH_CPU_PROF_DIR;

const logger = createLogger('bench');
const secret = randomBytes(32).toString('base64url');
const world = await openBenchWorld(logger, secret);
const { config, server, sql } = world;
const token = await issueToken(
  secret,
  { subject: 'bench', department: 'CIVIL_AFFAIRS', roles: ['SUPERVISOR'], regionCode: '100000' },
  { audience: config.AUTH_AUDIENCE },
);
const pick = async (text: string) => ((await sql.query(text)).rows[0] as { id: string }).id;
const stationId = await pick(
  `SELECT id FROM stations WHERE region_code LIKE '33%' AND level = 'TOWNSHIP_STATION' ORDER BY id LIMIT 1`,
);
const personId = await pick(
  `SELECT id FROM people WHERE region_code LIKE '33%' ORDER BY id LIMIT 1`,
);

const cases: Array<[string, string, Record<string, unknown>]> = [
  ['station view', Q.STATION_VIEW, { id: stationId }],
  ['person view', Q.PERSON_VIEW, { id: personId }],
  ['project funding (province)', Q.PROJECT_FUNDING, { code: Q.PROVINCE }],
  ['100 stations with projects and contributions', Q.STATION_LIST, { code: Q.PROVINCE }],
];
const SERVICES = [...DEPARTMENT_SERVICES, 'gateway'];

async function graph(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
}

/** GraphQL requests a service has answered so far, from its Prometheus page. */
async function requestsServed(baseUrl: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', baseUrl))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('hub_graphql_requests_total{'))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

interface Measured {
  tree: string;
  name: string;
  p50: number;
  p95: number;
  /** CPU ms per request, by service. */
  cpu: Record<string, number>;
  /** GraphQL requests per request, by department. */
  calls: Record<string, number>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function round(tree: string, index: number): Promise<Measured[]> {
  const env: Record<string, string> = { DEMO_DATA: 'off' };
  if (PROFILE_DIR) {
    env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${resolve(PROFILE_DIR, `round-${index}`)}`;
  }
  const topology = await startTopology({
    server,
    prefix: config.DATABASE_NAME_PREFIX,
    secret,
    env,
    root: tree,
  });
  const measured: Measured[] = [];
  try {
    for (const [name, query, variables] of cases) {
      for (let i = 0; i < 10; i += 1) await graph(topology.gatewayUrl, query, variables);
      const cpuBefore = await Promise.all(
        SERVICES.map((service) => cpuMs(topology.processes.get(service)!.pid!)),
      );
      const callsBefore = await Promise.all(
        DEPARTMENT_SERVICES.map((service) => requestsServed(topology.subgraphUrls[service]!)),
      );
      const latencies: number[] = [];
      for (let i = 0; i < ITERATIONS; i += 1) {
        const started = performance.now();
        await graph(topology.gatewayUrl, query, variables);
        latencies.push(performance.now() - started);
      }
      const cpuAfter = await Promise.all(
        SERVICES.map((service) => cpuMs(topology.processes.get(service)!.pid!)),
      );
      const callsAfter = await Promise.all(
        DEPARTMENT_SERVICES.map((service) => requestsServed(topology.subgraphUrls[service]!)),
      );
      latencies.sort((a, b) => a - b);
      measured.push({
        tree,
        name,
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        cpu: Object.fromEntries(
          SERVICES.map((service, i) => [service, (cpuAfter[i]! - cpuBefore[i]!) / ITERATIONS]),
        ),
        calls: Object.fromEntries(
          DEPARTMENT_SERVICES.map((service, i) => [
            service,
            (callsAfter[i]! - callsBefore[i]!) / ITERATIONS,
          ]),
        ),
      });
    }
  } finally {
    await topology.stop();
  }
  return measured;
}

// Rounds A, B, B, A for two checkouts; one round for one; none with BENCH_ITERATIONS=0, which
// counts the statements only.
const order =
  ITERATIONS === 0
    ? []
    : TREES.length === 1
      ? [0]
      : [...TREES.keys(), ...[...TREES.keys()].reverse()];
const rounds: Measured[] = [];
for (const [index, tree] of order.entries()) rounds.push(...(await round(TREES[tree]!, index)));

// Statements per request, by department, with this checkout's hub in this process.
const hub = await startHub({ config, server, ephemeralPorts: true });
const statements: Record<string, Record<string, number>> = {};
try {
  for (const [name, query, variables] of cases) {
    for (let i = 0; i < 3; i += 1) await graph(hub.gatewayUrl, query, variables);
    const count = () =>
      Object.fromEntries(
        Object.entries(hub.subgraphs).map(([service, running]) => [
          service,
          running.database.queries.count,
        ]),
      );
    const before = count();
    await graph(hub.gatewayUrl, query, variables);
    const after = count();
    statements[name] = Object.fromEntries(
      Object.keys(after).map((service) => [service, after[service]! - before[service]!]),
    );
  }
} finally {
  await hub.stop();
}
await world.close();

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const short = (service: string) =>
  service
    .split('-')
    .map((word) => word[0])
    .join('')
    .toUpperCase();
const lines: string[] = [];
for (const tree of order.length ? TREES : []) {
  lines.push(
    `\n${tree}: c=1, ${ITERATIONS} requests a round, mean of its rounds; CPU ms per request by service (${SERVICES.map((s) => `${short(s)} ${s}`).join(', ')}):\n`,
    `| query | p50 | p95 | ${SERVICES.map(short).join(' | ')} | departments' CPU | department calls |`,
    `|---|---|---|${SERVICES.map(() => '---|').join('')}---|---|`,
  );
  for (const [name] of cases) {
    const mine = rounds.filter((row) => row.tree === tree && row.name === name);
    const cpu = (service: string) => mean(mine.map((row) => row.cpu[service]!));
    const departmentsCpu = DEPARTMENT_SERVICES.reduce((sum, service) => sum + cpu(service), 0);
    const calls = mean(
      mine.map((row) => Object.values(row.calls).reduce((sum, value) => sum + value, 0)),
    );
    lines.push(
      `| ${name} | ${mean(mine.map((row) => row.p50)).toFixed(1)} | ${mean(mine.map((row) => row.p95)).toFixed(1)} | ${SERVICES.map((service) => cpu(service).toFixed(1)).join(' | ')} | ${departmentsCpu.toFixed(1)} | ${calls.toFixed(1)} |`,
    );
  }
}
lines.push(
  `\nSQL statements per request by department (this checkout, the hub in one process):\n`,
  `| query | ${DEPARTMENT_SERVICES.map(short).join(' | ')} | total |`,
  `|---|${DEPARTMENT_SERVICES.map(() => '---|').join('')}---|`,
  ...cases.map(([name]) => {
    const counts = statements[name]!;
    const total = Object.values(counts).reduce((sum, value) => sum + value, 0);
    return `| ${name} | ${DEPARTMENT_SERVICES.map((service) => counts[service] ?? 0).join(' | ')} | ${total} |`;
  }),
);
process.stdout.write(`${lines.join('\n')}\n`);
await mkdir('bench/results', { recursive: true });
const file = `bench/results/reads-${new Date().toISOString().replaceAll(':', '-')}.json`;
await writeFile(
  file,
  JSON.stringify(
    { at: new Date().toISOString(), iterations: ITERATIONS, trees: TREES, rounds, statements },
    null,
    2,
  ),
);
process.stdout.write(`Written to ${file}\n`);
