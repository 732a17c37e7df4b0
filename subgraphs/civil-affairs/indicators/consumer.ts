import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { ServerConnection } from '../../../shared/db/connection.js';
import { inTransaction, rowsOf, run } from '../../../shared/db/statements.js';
import {
  department as departmentOf,
  type DepartmentCode,
  type DepartmentService,
} from '../../../shared/departments.js';
import { currentFactsStatement, INDICATOR_OUTBOX } from '../../../shared/indicators/facts.js';
import type { DepartmentIndicators } from '../../../shared/indicators/sources.js';
import type { Logger } from '../../../shared/logger.js';
import { inRounds } from '../../../shared/rounds.js';
import { applyFacts, gatherFacts, type FactToApply } from './rollups.js';

// The rollups' consumer: it reads each department's indicator outbox in `seq` order and applies
// the facts before (taken away) and after (added) each change. A batch and the department's
// checkpoint commit together under a lock on the checkpoint, so a batch is applied exactly once
// however many consumers run; the rebuild starts over from the records as they stand.

/** Outbox rows applied in one transaction at most. */
export const INDICATOR_BATCH = 1000;

/** Facts read from the records as they stand, sent to the rollups in slices of this many. */
const REBUILD_SLICE = 5000;

/** A row of a department's indicator outbox, its facts as JSON text (their numbers exact). */
interface OutboxChange {
  seq: string;
  old_fact: string | null;
  new_fact: string | null;
}

/** Where the consumer reads one department's outbox. */
export interface IndicatorFeed {
  department: DepartmentCode;
  /** Changes after `seq`, in order, at most `limit`. */
  read(after: string, limit: number): Promise<OutboxChange[]>;
  close(): Promise<void>;
}

/** Where a rebuild reads one department's records as they stand. */
export interface DepartmentFacts {
  department: DepartmentCode;
  /**
   * Every record's fact as it stands, summed per fact (records alike but for their values add up
   * to one), handed over in slices, with the outbox position the reading saw: one snapshot.
   */
  current(slice: (facts: FactToApply[]) => Promise<void>): Promise<string>;
  close(): Promise<void>;
}

/** A feed on a department's database, through a small pool of its own. */
export function databaseFeed(
  server: ServerConnection,
  service: DepartmentService,
  database: string,
): IndicatorFeed {
  const pool = new pg.Pool({ ...server, database, max: 2 });
  // A lost idle connection is the next read's error, not the process's.
  pool.on('error', () => undefined);
  return {
    department: departmentOf(service).code,
    async read(after, limit) {
      // Ordered by the number itself: `order by seq` would sort the text the row hands back.
      const { rows } = await pool.query<OutboxChange>(
        `select o.seq::text as seq, o.old_fact::text as old_fact, o.new_fact::text as new_fact
           from ${INDICATOR_OUTBOX} o where o.seq > $1 order by o.seq limit $2`,
        [after, limit],
      );
      return rows;
    },
    close: () => pool.end(),
  };
}

/** A department's records on its database, read as its declaration says. */
export function databaseFacts(
  server: ServerConnection,
  database: string,
  indicators: DepartmentIndicators,
): DepartmentFacts {
  // Without JIT, which the planner would choose for a whole table's facts and spend seconds on.
  const pool = new pg.Pool({ ...server, database, max: 1, options: '-c jit=off' });
  pool.on('error', () => undefined);
  return {
    department: indicators.department,
    async current(slice) {
      const client = await pool.connect();
      try {
        await client.query('begin isolation level repeatable read read only');
        const { rows } = await client.query<{ seq: string | null }>(
          `select max(seq)::text as seq from ${INDICATOR_OUTBOX}`,
        );
        for (const name of Object.keys(indicators.sources)) {
          // Values summed over records alike but for them; the people behind DISTINCT measures
          // one record at a time.
          await client.query(`declare facts no scroll cursor for
            with f as (${currentFactsStatement(indicators, name)}),
            keyed as (select fact - 'values' - 'members' as base, fact from f),
            sums as (
              select base, jsonb_object_agg(key, total) as vals from (
                select k.base, e.key, sum(e.value::numeric) as total
                  from keyed k cross join lateral jsonb_each(k.fact->'values') as e
                 group by k.base, e.key) t
               group by base),
            counts as (
              select base, count(*)::int as n from keyed
               where fact->'values' <> '{}'::jsonb group by base)
            select 1 as sign, c.n, (c.base || jsonb_build_object('values', s.vals, 'members', '{}'::jsonb))::text as f
              from counts c join sums s on s.base = c.base
            union all
            select 1, 1, (fact || jsonb_build_object('values', '{}'::jsonb))::text from f
             where fact->'members' <> '{}'::jsonb`);
          for (;;) {
            const page = await client.query<FactToApply>(`fetch ${REBUILD_SLICE} from facts`);
            if (page.rows.length) await slice(page.rows);
            if (page.rows.length < REBUILD_SLICE) break;
          }
          await client.query('close facts');
        }
        await client.query('commit');
        return rows[0]?.seq ?? '0';
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Applies the next batch of one department's outbox with its checkpoint, in one transaction;
 * returns how many changes it applied.
 */
export async function applyNextChanges(
  em: EntityManager,
  feed: IndicatorFeed,
  limit = INDICATOR_BATCH,
): Promise<number> {
  const [checkpoint] = await rowsOf<{ seq: string }>(
    em,
    'select seq::text as seq from indicator_checkpoints where department = ?',
    [feed.department],
  );
  // An idle round reads and writes nothing in the civil-affairs database.
  if (checkpoint && (await feed.read(checkpoint.seq, 1)).length === 0) return 0;
  return inTransaction(em, async (tx) => {
    await run(
      tx,
      'insert into indicator_checkpoints (department) values (?) on conflict (department) do nothing',
      [feed.department],
    );
    const [locked] = await rowsOf<{ seq: string }>(
      tx,
      'select seq::text as seq from indicator_checkpoints where department = ? for update',
      [feed.department],
    );
    const changes = await feed.read(locked!.seq, limit);
    if (!changes.length) return 0;
    const facts: FactToApply[] = [];
    for (const change of changes) {
      if (change.old_fact) facts.push({ sign: -1, n: 1, f: change.old_fact });
      if (change.new_fact) facts.push({ sign: 1, n: 1, f: change.new_fact });
    }
    await applyFacts(tx, facts);
    await run(
      tx,
      'update indicator_checkpoints set seq = ?, updated_at = now() where department = ?',
      [changes.at(-1)!.seq, feed.department],
    );
    return changes.length;
  });
}

/**
 * Applies every department's outbox until nothing is left; returns how many changes. A department
 * that cannot be read is skipped and named in `failed`.
 */
export async function catchUpIndicators(
  forkEntityManager: () => EntityManager,
  feeds: IndicatorFeed[],
  failed: (department: DepartmentCode, error: unknown) => void = (_, error) => {
    throw error;
  },
): Promise<number> {
  let total = 0;
  for (const feed of feeds) {
    try {
      for (;;) {
        const applied = await applyNextChanges(forkEntityManager(), feed);
        total += applied;
        if (applied < INDICATOR_BATCH) break;
      }
    } catch (error) {
      failed(feed.department, error);
    }
  }
  return total;
}

/**
 * Starts over from the records as they stand: empties the rollups and builds them again from
 * every department's current facts, each department's checkpoint set to the outbox position its
 * reading saw, in one transaction (the running consumer waits on the checkpoints meanwhile).
 * What it builds equals what the consumer maintained. Returns how many facts it read.
 */
export async function rebuildIndicators(
  forkEntityManager: () => EntityManager,
  departments: DepartmentFacts[],
): Promise<number> {
  return inTransaction(forkEntityManager(), async (tx) => {
    await run(tx, 'lock table indicator_checkpoints in exclusive mode');
    // Every fact is spread over its divisions and groupings in one aggregate: given the memory
    // to hash it, PostgreSQL does not spill it to disk in batches.
    await run(tx, "set local work_mem = '256MB'");
    await run(tx, 'truncate indicator_rollups, indicator_members, indicator_checkpoints');
    const gathered = await gatherFacts(tx);
    let read = 0;
    for (const records of departments) {
      const seq = await records.current(async (facts) => {
        read += facts.length;
        await gathered.add(facts);
      });
      await run(tx, 'insert into indicator_checkpoints (department, seq) values (?, ?)', [
        records.department,
        seq,
      ]);
    }
    await gathered.apply();
    return read;
  });
}

/** Runs the consumer beside the subgraph: a round over every department, then a pause. */
export function startIndicatorConsumer(options: {
  forkEntityManager: () => EntityManager;
  feeds: IndicatorFeed[];
  logger: Logger;
  pollMs: number;
}): { stop(): Promise<void> } {
  const failed = (department: DepartmentCode, error: unknown) =>
    options.logger.warn({ err: error, department }, 'indicator outbox not read this round');
  const rounds = inRounds(
    () =>
      catchUpIndicators(options.forkEntityManager, options.feeds, failed)
        .then((applied) => {
          if (applied) options.logger.debug({ applied }, 'indicator changes applied');
        })
        .catch((error: unknown) => options.logger.error({ err: error }, 'indicator round failed')),
    options.pollMs,
  );
  return {
    async stop() {
      await rounds.stop();
      await Promise.all(options.feeds.map((feed) => feed.close()));
    },
  };
}
