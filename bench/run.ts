import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { issueToken } from '../gateway/auth.js';
import { startHub } from '../tools/hub.js';
import { createLogger } from '../shared/logger.js';
import { LedgerProbe, measureLag } from './ledger.js';
import * as Q from './queries.js';
import { openBenchWorld } from './world.js';

// `npm run bench`: the hub on the province-scale world, measured through the gateway beside the
// same answers in hand-written SQL, then the benefit ledger's lag under a steady stream of
// writes. Prints the tables and writes them to bench/results/.

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const logger = createLogger('bench');
const secret = randomBytes(32).toString('base64url');
const world = await openBenchWorld(logger, secret);
const { config, server, sql } = world;

const hub = await startHub({ config, server, ephemeralPorts: true });
const nationalToken = (audience: string) =>
  issueToken(
    secret,
    { subject: 'bench', department: 'CIVIL_AFFAIRS', roles: ['SUPERVISOR'], regionCode: '100000' },
    { audience },
  );
/** Where `graph` sends its operations: the hub on the world being measured. */
const target = { url: hub.gatewayUrl, token: await nationalToken(config.AUTH_AUDIENCE), sql };
// Nothing is measured while the ledger's consumer still applies the province's snapshots.
const probe = new LedgerProbe(server, config.DATABASE_NAME_PREFIX, sql);
const catchUp = await probe.caughtUp();
process.stdout.write(
  `The ledger's consumer had ${catchUp.snapshots} snapshots to apply; caught up after ${catchUp.seconds.toFixed(1)} s.\n`,
);
const pick = async (text: string) => ((await sql.query(text)).rows[0] as { id: string }).id;
const stationId = await pick(
  `SELECT id FROM stations WHERE region_code LIKE '33%' AND level = 'TOWNSHIP_STATION' ORDER BY id LIMIT 1`,
);
const personId = await pick(
  `SELECT id FROM people WHERE region_code LIKE '33%' ORDER BY id LIMIT 1`,
);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

async function graph(query: string, variables: Record<string, unknown>): Promise<void> {
  await Q.askGateway(target.url, target.token, query, variables);
}
async function floor(statements: string[], ...params: unknown[]): Promise<void> {
  await Promise.all(statements.map((text) => target.sql.query(text, params)));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
async function measure(run: () => Promise<void>, concurrency: number) {
  for (let i = 0; i < 5; i += 1) await run();
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < Math.ceil(ITERATIONS / (concurrency === 1 ? 1 : 2)); i += 1) {
        const t = performance.now();
        await run();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / elapsed,
  };
}
const statementsFor = async (run: () => Promise<void>) => {
  const count = () =>
    Object.values(hub.subgraphs).reduce(
      (sum, subgraph) => sum + subgraph.database.queries.count,
      0,
    );
  const before = count();
  await run();
  return count() - before;
};

const counties = async () =>
  (
    await target.sql.query<{ code: string }>(
      `SELECT code FROM regions WHERE level = 'COUNTY' AND code LIKE '33%' ORDER BY code LIMIT 10`,
    )
  ).rows.map((row) => row.code);
type Case = [string, () => Promise<void>, () => Promise<void>];
/** The indicator tables a dashboard reads, beside their floor on the rollups. */
const indicatorCases = (codes: string[]): Case[] => [
  [
    'indicators: province dashboard, a year of months',
    () => graph(Q.INDICATOR_DASHBOARD, { code: Q.PROVINCE }),
    () => floor(Q.INDICATOR_DASHBOARD_SQL, Q.PROVINCE),
  ],
  [
    'indicators: 24 months × 10 counties',
    () => graph(Q.INDICATOR_SERIES, { codes }),
    () => floor(Q.INDICATOR_SERIES_SQL, `{${codes.join(',')}}`),
  ],
];
const tenCounties = await counties();

const cases: Case[] = [
  [
    'region dashboard (province)',
    () => graph(Q.DASHBOARD, { code: Q.PROVINCE }),
    () => floor(Q.DASHBOARD_SQL, '33%'),
  ],
  [
    'station view',
    () => graph(Q.STATION_VIEW, { id: stationId }),
    () => floor(Q.STATION_SQL, stationId),
  ],
  [
    'person view',
    () => graph(Q.PERSON_VIEW, { id: personId }),
    () => floor(Q.PERSON_SQL, personId),
  ],
  [
    'project funding (province)',
    () => graph(Q.PROJECT_FUNDING, { code: Q.PROVINCE }),
    () => floor(Q.FUNDING_SQL, '33%'),
  ],
  [
    '100 stations with projects and contributions',
    () => graph(Q.STATION_LIST, { code: Q.PROVINCE }),
    () => floor(Q.STATION_LIST_SQL, '33%'),
  ],
  ...(
    [
      ['county', Q.COUNTY, `${Q.COUNTY}%`],
      ['province', Q.PROVINCE, '33%'],
    ] as const
  ).flatMap(([where, code, pattern]) =>
    [2, 3].map((min): (typeof cases)[number] => [
      `benefit overlaps, ${min}+ departments in 30 days, a year (${where})`,
      () => graph(Q.BENEFIT_OVERLAPS, { code, ...Q.YEAR, min }),
      () => floor([Q.BENEFIT_OVERLAPS_SQL], pattern, Q.YEAR.from, Q.YEAR.to, min),
    ]),
  ),
  ...indicatorCases(tenCounties),
];
const results: Array<{
  name: string;
  statements: number;
  c1: Awaited<ReturnType<typeof measure>>;
  c16: Awaited<ReturnType<typeof measure>>;
  sql: Awaited<ReturnType<typeof measure>>;
  ratio: number;
}> = [];
for (const [name, hubRun, sqlRun] of cases) {
  const statements = await statementsFor(hubRun);
  const one = await measure(hubRun, 1);
  const sixteen = await measure(hubRun, 16);
  const floorOne = await measure(sqlRun, 1);
  results.push({
    name,
    statements,
    c1: one,
    c16: sixteen,
    sql: floorOne,
    ratio: one.p50 / floorOne.p50,
  });
}
const small = await statementsFor(() =>
  graph(Q.STATION_LIST.replace('first: 100', 'first: 10'), { code: Q.PROVINCE }),
);
const large = await statementsFor(() =>
  graph(Q.STATION_LIST.replace('first: 100', 'first: 500'), { code: Q.PROVINCE }),
);
clearInterval(sampler);

const LAG_RATE = Number(process.env.BENCH_LEDGER_RATE ?? 20);
const LAG_SECONDS = Number(process.env.BENCH_LEDGER_SECONDS ?? 60);
const province = (department: 'TRADE_UNION' | 'CHARITY', role: 'CASEWORKER' | 'SUPERVISOR') =>
  issueToken(
    secret,
    { subject: 'bench-writer', department, roles: [role], regionCode: Q.PROVINCE },
    { audience: config.AUTH_AUDIENCE },
  );
const lag = await measureLag({
  probe,
  gatewayUrl: hub.gatewayUrl,
  metricsUrl: new URL('/metrics', hub.subgraphs['civil-affairs']!.url).href,
  tokens: {
    union: await province('TRADE_UNION', 'CASEWORKER'),
    charity: await province('CHARITY', 'SUPERVISOR'),
  },
  rate: LAG_RATE,
  seconds: LAG_SECONDS,
});

const ms = (value: number) => value.toFixed(1).padStart(7);
const lines = [
  `| query | c=1 p50 | p95 | p99 | req/s | c=16 p50 | p95 | p99 | req/s | SQL floor p50 | hub/SQL | statements |`,
  `|---|---|---|---|---|---|---|---|---|---|---|---|`,
  ...results.map(
    (r) =>
      `| ${r.name} | ${ms(r.c1.p50)} | ${ms(r.c1.p95)} | ${ms(r.c1.p99)} | ${r.c1.rps.toFixed(0)} | ${ms(r.c16.p50)} | ${ms(r.c16.p95)} | ${ms(r.c16.p99)} | ${r.c16.rps.toFixed(0)} | ${ms(r.sql.p50)} | ${r.ratio.toFixed(1)}x | ${r.statements} |`,
  ),
];
process.stdout.write(
  `\nLatency in ms, on ${process.env.BENCH_MACHINE ?? 'this machine'}; the whole hub runs in one process.\n\n${lines.join('\n')}\n\n`,
);
process.stdout.write(
  `SQL statements for 10 stations: ${small}, for 500 (the largest page): ${large}. Peak RSS of the hub process: ${(peakRss / 1024 / 1024).toFixed(0)} MB.\n`,
);
const s = (value: number) => value.toFixed(2);
process.stdout.write(
  `\nThe ledger's lag, consumer polling every ${config.LEDGER_POLL_MS} ms, while ${LAG_RATE} union assistance and charity grants a second were written through the gateway for ${LAG_SECONDS} s (${lag.writes} writes, ${lag.failed} failed):\n\n` +
    `| snapshots | lag p50 (s) | p95 (s) | max (s) | gauge max (s) | target |\n|---|---|---|---|---|---|\n` +
    `| ${lag.snapshots} | ${s(lag.p50)} | ${s(lag.p95)} | ${s(lag.max)} | ${s(lag.gaugeMax)} | < 5 |\n\n`,
);
await mkdir('bench/results', { recursive: true });
const file = `bench/results/${new Date().toISOString().replaceAll(':', '-')}.json`;

// The same indicator tables on a province with FACTOR times the service records (3 unless
// BENCH_LARGER_FACTOR says otherwise; 0 leaves it out): rollups keep them flat in the number of
// records, where counting the records grows with them. Its first run loads that province too. Both
// provinces' hubs run side by side and are measured in interleaved rounds (1x, larger, larger, 1x),
// so that whatever else the machine does weighs on both sizes alike.
const FACTOR = Number(process.env.BENCH_LARGER_FACTOR ?? 3);
let scaledIndicators: unknown = null;
async function measureLarger(): Promise<void> {
  const oneX = { ...target };
  const larger = await openBenchWorld(logger, secret, FACTOR);
  const largerHub = await startHub({
    config: larger.config,
    server: larger.server,
    ephemeralPorts: true,
  });
  const largerX = {
    url: largerHub.gatewayUrl,
    token: await nationalToken(larger.config.AUTH_AUDIENCE),
    sql: larger.sql,
  };
  const {
    rows: [records],
  } = await larger.sql.query<{ n: string }>('SELECT count(*)::text AS n FROM service_records');
  /** The mean p50 of two rounds on each size, the rounds interleaved. */
  async function interleaved(run: () => Promise<void>) {
    const p50s = { one: [] as number[], larger: [] as number[] };
    for (const size of ['one', 'larger', 'larger', 'one'] as const) {
      Object.assign(target, size === 'one' ? oneX : largerX);
      p50s[size].push((await measure(run, 1)).p50);
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    return { one: mean(p50s.one), larger: mean(p50s.larger), rounds: p50s };
  }
  const scaled = [];
  for (const [name, hubRun, sqlRun] of indicatorCases(tenCounties)) {
    const hubTimes = await interleaved(hubRun);
    const floors = await interleaved(sqlRun);
    scaled.push({ name, hub: hubTimes, sql: floors, growth: hubTimes.larger / hubTimes.one });
  }
  // The same year of output counted from the records, as it would be without rollups.
  const fromRecords = await interleaved(() => floor(Q.INDICATOR_DASHBOARD_FROM_RECORDS_SQL, '33%'));
  const targets: Record<string, number> = {
    'indicators: province dashboard, a year of months': 50,
    'indicators: 24 months × 10 counties': 100,
  };
  process.stdout.write(
    `\nIndicators at 1x and ${FACTOR}x the service records (${Number(records?.n ?? 0).toLocaleString('en')} records), c=1 p50 in ms, the mean of two interleaved rounds each:\n\n` +
      `| query | 1x | ${FACTOR}x | SQL floor 1x | SQL floor ${FACTOR}x | growth | targets |\n|---|---|---|---|---|---|---|\n` +
      scaled
        .map(
          (r) =>
            `| ${r.name} | ${ms(r.hub.one)} | ${ms(r.hub.larger)} | ${ms(r.sql.one)} | ${ms(r.sql.larger)} | ${r.growth.toFixed(2)}x | < ${targets[r.name]} ms, growth ≤ 1.5x |`,
        )
        .join('\n') +
      `\n| the same year counted from the records (SQL) | ${ms(fromRecords.one)} | ${ms(fromRecords.larger)} | | | ${(fromRecords.larger / fromRecords.one).toFixed(2)}x | (without rollups) |\n\n`,
  );

  Object.assign(target, oneX);
  await largerHub.stop();
  await larger.close();
  scaledIndicators = { factor: FACTOR, scaled, fromRecords };
}
if (FACTOR > 1) await measureLarger();
await hub.stop();
await probe.close();
await world.close();
await writeFile(
  file,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      iterations: ITERATIONS,
      results,
      statements: { ten: small, fiveHundred: large },
      peakRssBytes: peakRss,
      ledger: { catchUp, lag, pollMs: config.LEDGER_POLL_MS, rate: LAG_RATE, seconds: LAG_SECONDS },
      indicators: scaledIndicators,
    },
    null,
    2,
  ),
);
process.stdout.write(`Written to ${file}\n`);
