import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { issueToken } from '../gateway/auth.js';
import { createLogger } from '../shared/logger.js';
import * as Q from './queries.js';
import { startTopology } from './topology.js';
import { openBenchWorld } from './world.js';

// `npm run bench:processes`: the hub as docker-compose runs it, one process per service, on the
// province-scale world. Drives the dashboard, the station view and the station list at
// concurrency 16 through the gateway and prints each process's peak resident memory (VmHWM).

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const CONCURRENCY = 16;
const logger = createLogger('bench');
const secret = randomBytes(32).toString('base64url');
const world = await openBenchWorld(logger, secret);
const topology = await startTopology({
  server: world.server,
  prefix: world.config.DATABASE_NAME_PREFIX,
  secret,
  env: { DEMO_DATA: 'off', GATEWAY_RESPONSE_CACHE: world.config.GATEWAY_RESPONSE_CACHE },
});
const token = await issueToken(
  secret,
  { subject: 'bench', department: 'CIVIL_AFFAIRS', roles: ['SUPERVISOR'], regionCode: '100000' },
  { audience: world.config.AUTH_AUDIENCE },
);
const stationId = (
  (
    await world.sql.query(
      `SELECT id FROM stations WHERE region_code LIKE '33%' AND level = 'TOWNSHIP_STATION' ORDER BY id LIMIT 1`,
    )
  ).rows[0] as { id: string }
).id;

async function graph(query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(topology.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
}

const cases: Array<[string, string, Record<string, unknown>]> = [
  ['region dashboard (province)', Q.DASHBOARD, { code: Q.PROVINCE }],
  ['station view', Q.STATION_VIEW, { id: stationId }],
  ['100 stations with projects and contributions', Q.STATION_LIST, { code: Q.PROVINCE }],
];
const latency: Array<{ name: string; p50: number; p95: number }> = [];
for (const [name, query, variables] of cases) {
  for (let i = 0; i < 3; i += 1) await graph(query, variables);
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = 0; i < Math.ceil(ITERATIONS / 2); i += 1) {
        const started = performance.now();
        await graph(query, variables);
        samples.push(performance.now() - started);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  latency.push({ name, p50: at(0.5), p95: at(0.95) });
}

/** Peak resident memory of a process, from Linux's `/proc/<pid>/status`. */
async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}
const memory: Record<string, number> = {};
for (const [name, child] of topology.processes) memory[name] = await peakRssMb(child.pid!);
const codes = await topology.stop();
await world.close();

process.stdout.write(
  `\nOne process per service, c=${CONCURRENCY} through the gateway (ms):\n\n| query | p50 | p95 |\n|---|---|---|\n${latency
    .map((row) => `| ${row.name} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} |`)
    .join(
      '\n',
    )}\n\nPeak resident memory (MB):\n\n| service | peak RSS |\n|---|---|\n${Object.entries(memory)
    .map(([name, mb]) => `| ${name} | ${mb.toFixed(0)} |`)
    .join('\n')}\n\nExit codes on SIGTERM: ${JSON.stringify(codes)}\n`,
);
await mkdir('bench/results', { recursive: true });
const file = `bench/results/processes-${new Date().toISOString().replaceAll(':', '-')}.json`;
await writeFile(
  file,
  JSON.stringify({ at: new Date().toISOString(), latency, peakRssMb: memory, codes }, null, 2),
);
process.stdout.write(`Written to ${file}\n`);
