import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { ServerConnection } from '../shared/db/connection.js';
import { departmentDatabaseName } from '../shared/db/names.js';
import { department, DEPARTMENT_SERVICES, type DepartmentCode } from '../shared/departments.js';
import { chinaToday } from '../shared/input/dates.js';

// The benefit ledger at province scale: how long its consumer takes to apply the province's
// snapshots, and how far behind it falls while departments keep writing help through the
// gateway. Each snapshot's wait is measured in the databases (the read model's applied_at less
// the outbox's created_at, both by the server's clock); the lag gauge of `/metrics` is sampled
// beside it.

/** Every department's outbox, by department, and civil affairs' read model. */
export class LedgerProbe {
  private readonly outboxes = new Map<DepartmentCode, pg.Pool>();

  constructor(
    server: ServerConnection,
    prefix: string,
    /** Civil affairs' database, where the read model and its checkpoints are. */
    readonly civil: pg.Pool,
  ) {
    for (const service of DEPARTMENT_SERVICES) {
      const pool = new pg.Pool({
        ...server,
        database: departmentDatabaseName(prefix, service),
        max: 2,
      });
      pool.on('error', () => undefined);
      this.outboxes.set(department(service).code, pool);
    }
  }

  outbox(code: DepartmentCode): pg.Pool {
    return this.outboxes.get(code)!;
  }

  /** Snapshots written to the outboxes that the read model has not applied yet. */
  async pending(): Promise<number> {
    const { rows } = await this.civil.query<{ department: DepartmentCode; seq: string }>(
      'SELECT department, seq::text FROM ledger_checkpoints',
    );
    const applied = new Map(rows.map((row) => [row.department, row.seq]));
    let total = 0;
    for (const [code, pool] of this.outboxes) {
      const { rows: counted } = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM ledger_outbox WHERE seq > $1',
        [applied.get(code) ?? '0'],
      );
      total += counted[0]!.n;
    }
    return total;
  }

  /** Waits until the consumer has applied every snapshot; returns how many were waiting and how long it took. */
  async caughtUp(): Promise<{ snapshots: number; seconds: number }> {
    const started = performance.now();
    const snapshots = await this.pending();
    while ((await this.pending()) > 0) await sleep(500);
    return { snapshots, seconds: (performance.now() - started) / 1000 };
  }

  async close(): Promise<void> {
    await Promise.all([...this.outboxes.values()].map((pool) => pool.end()));
  }
}

export interface LagOptions {
  probe: LedgerProbe;
  gatewayUrl: string;
  /** Civil affairs' `/metrics`, where the lag gauge is sampled. */
  metricsUrl: string;
  /** Client tokens: a trade union caseworker and a charity supervisor of the province. */
  tokens: { union: string; charity: string };
  /** Writes per second, union assistance and charity grants in turn, and for how long. */
  rate: number;
  seconds: number;
}

export interface LagFigures {
  writes: number;
  failed: number;
  snapshots: number;
  p50: number;
  p95: number;
  max: number;
  gaugeMax: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** The largest `hub_ledger_consumer_lag_seconds` of any department on a metrics page. */
function largestLag(text: string): number {
  let largest = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('hub_ledger_consumer_lag_seconds{')) {
      largest = Math.max(largest, Number(line.slice(line.lastIndexOf(' ') + 1)));
    }
  }
  return largest;
}

/**
 * Writes union assistance and charity grants to people of the province at a steady rate through
 * the gateway while the hub's consumer runs at its own poll interval, then waits for it to catch
 * up and measures each of those snapshots' wait.
 */
export async function measureLag(options: LagOptions): Promise<LagFigures> {
  const { probe } = options;
  const union = probe.outbox('TRADE_UNION');
  const charity = probe.outbox('CHARITY');
  const { rows: workers } = await union.query<{ person_id: string; region: string }>(
    `SELECT person_id, person_region_code AS region FROM worker_files
      WHERE person_region_code LIKE '33%' AND status = 'OPEN' ORDER BY id LIMIT 200`,
  );
  const { rows: funds } = await charity.query<{ id: string; region_code: string }>(
    `SELECT id, region_code FROM charity_funds WHERE region_code LIKE '33%'`,
  );
  const fundOf = new Map(funds.map((fund) => [fund.region_code, fund.id]));
  const since = async (pool: pg.Pool) =>
    (
      await pool.query<{ seq: string }>(
        'SELECT coalesce(max(seq), 0)::text AS seq FROM ledger_outbox',
      )
    ).rows[0]!.seq;
  const start = { union: await since(union), charity: await since(charity) };

  const run = randomBytes(4).toString('hex');
  const today = chinaToday();
  let failed = 0;
  let firstError: string | undefined;
  const write = async (index: number) => {
    const worker = workers[index % workers.length]!;
    const toUnion = index % 2 === 0;
    const [query, input] = toUnion
      ? [
          'mutation($input: GrantUnionAssistanceInput!) { grantUnionAssistance(input: $input) { id } }',
          {
            personId: worker.person_id,
            kind: 'LIVING',
            amount: '800.00',
            grantedOn: today,
            reference: `压测工帮-${run}-${index}`,
          },
        ]
      : [
          'mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) { id } }',
          {
            fundId: fundOf.get(worker.region.slice(0, 6)),
            recipientKind: 'PERSON',
            personId: worker.person_id,
            amount: '500.00',
            grantedOn: today,
            purpose: '困难群众生活救助',
            reference: `压测慈资-${run}-${index}`,
          },
        ];
    const response = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${toUnion ? options.tokens.union : options.tokens.charity}`,
      },
      body: JSON.stringify({ query, variables: { input } }),
    }).catch((error: unknown) => ({ error }) as const);
    const body = 'error' in response ? null : ((await response.json()) as { errors?: unknown[] });
    if (!body || body.errors) {
      failed += 1;
      firstError ??= JSON.stringify(
        body?.errors ?? String((response as { error: unknown }).error),
      ).slice(0, 300);
    }
  };

  let gaugeMax = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const text = await fetch(options.metricsUrl)
        .then((r) => r.text())
        .catch(() => '');
      gaugeMax = Math.max(gaugeMax, largestLag(text));
      await sleep(200);
    }
  })();

  // Open loop: each write leaves at its time, whether the ones before it have answered or not.
  const writes = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const began = performance.now();
  const inFlight: Array<Promise<void>> = [];
  for (let index = 0; index < writes; index += 1) {
    const due = began + index * interval - performance.now();
    if (due > 0) await sleep(due);
    inFlight.push(write(index));
  }
  await Promise.all(inFlight);
  await probe.caughtUp();
  sampling = false;
  await sampler;
  if (firstError) process.stderr.write(`${failed} writes failed; the first: ${firstError}\n`);

  const waits: number[] = [];
  for (const [code, pool, after] of [
    ['TRADE_UNION', union, start.union],
    ['CHARITY', charity, start.charity],
  ] as const) {
    const { rows: written } = await pool.query<{ record_id: string; created_at: Date }>(
      'SELECT record_id, created_at FROM ledger_outbox WHERE seq > $1',
      [after],
    );
    const { rows: applied } = await probe.civil.query<{ record_id: string; applied_at: Date }>(
      'SELECT record_id, applied_at FROM benefits WHERE department = $1 AND record_id = ANY($2::uuid[])',
      [code, written.map((row) => row.record_id)],
    );
    const appliedAt = new Map(applied.map((row) => [row.record_id, row.applied_at.getTime()]));
    for (const row of written) {
      const at = appliedAt.get(row.record_id);
      if (at !== undefined) waits.push((at - row.created_at.getTime()) / 1000);
    }
  }
  waits.sort((a, b) => a - b);
  return {
    writes,
    failed,
    snapshots: waits.length,
    p50: percentile(waits, 50),
    p95: percentile(waits, 95),
    max: waits.at(-1) ?? 0,
    gaugeMax,
  };
}
