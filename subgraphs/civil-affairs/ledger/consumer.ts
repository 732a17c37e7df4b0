import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { ServerConnection } from '../../../shared/db/connection.js';
import {
  department,
  type DepartmentCode,
  type DepartmentService,
} from '../../../shared/departments.js';
import type { BenefitSnapshot } from '../../../shared/ledger/benefit.js';
import type { Logger } from '../../../shared/logger.js';
import { inTransaction, rowsOf, run } from '../../../shared/db/statements.js';
import { inRounds } from '../../../shared/rounds.js';

// The benefit ledger's consumer: it reads each department's outbox (`ledger_outbox`) in `seq`
// order, as a change-data-capture connector reads a table, and applies the snapshots to civil
// affairs' read model (`benefits`). A batch and the department's checkpoint commit together,
// under a lock on the checkpoint: a consumer stopped mid-batch applies nothing of it, the next
// one starts from the checkpoint, and a snapshot applied twice changes nothing (an upsert that
// only moves forward in `seq`).

/** A row of a department's outbox. */
export interface OutboxRow {
  seq: string;
  snapshot: BenefitSnapshot;
  createdAt: Date;
}

/** Where the consumer reads one department's outbox. */
export interface LedgerSource {
  department: DepartmentCode;
  /** Snapshots after `seq`, in order, at most `limit`. */
  read(after: string, limit: number): Promise<OutboxRow[]>;
  close(): Promise<void>;
}

/**
 * What the consumer tells of each department as it goes (the lag gauge and the counter of
 * `/metrics`): when the oldest snapshot not yet applied was written, null when none waits as far
 * as it saw, and how many snapshots each committed batch applied.
 */
export interface LedgerObserver {
  waiting(department: DepartmentCode, since: Date | null): void;
  applied(department: DepartmentCode, count: number): void;
}

/** Snapshots applied in one transaction at most. */
export const BATCH_SIZE = 500;

/** A source on a department's database, through a small pool of its own. */
export function databaseSource(
  server: ServerConnection,
  service: DepartmentService,
  database: string,
): LedgerSource {
  const pool = new pg.Pool({ ...server, database, max: 2 });
  // A lost idle connection is the next read's error, not the process's.
  pool.on('error', () => undefined);
  return {
    department: department(service).code,
    async read(after, limit) {
      const { rows } = await pool.query<{
        position: string;
        snapshot: BenefitSnapshot;
        created_at: Date;
      }>(
        // Ordered by the number, not by the text the row carries it as.
        'select seq::text as position, snapshot, created_at from ledger_outbox where seq > $1 order by seq limit $2',
        [after, limit],
      );
      return rows.map((row) => ({
        seq: row.position,
        snapshot: row.snapshot,
        createdAt: row.created_at,
      }));
    },
    close: () => pool.end(),
  };
}

/**
 * Whether the department's outbox has nothing after the checkpoint, by two reads and no write: an
 * idle consumer opens no transaction.
 */
async function nothingNew(em: EntityManager, source: LedgerSource): Promise<boolean> {
  const [checkpoint] = await rowsOf<{ seq: string; pending_since: Date | null }>(
    em,
    'select seq::text as seq, pending_since from ledger_checkpoints where department = ?',
    [source.department],
  );
  if (!checkpoint || checkpoint.pending_since !== null) return false;
  return (await source.read(checkpoint.seq, 1)).length === 0;
}

/**
 * Applies the next batch of one department's outbox: reads after the checkpoint (locked for the
 * batch), upserts the snapshots and moves the checkpoint, in one transaction. Returns how many
 * snapshots it applied; `failBeforeCommit` lets a test stop it between the two writes.
 */
export async function applyNextBatch(
  em: EntityManager,
  source: LedgerSource,
  options: { limit?: number; failBeforeCommit?: () => void; observer?: LedgerObserver } = {},
): Promise<number> {
  const limit = options.limit ?? BATCH_SIZE;
  const { observer } = options;
  if (await nothingNew(em, source)) {
    observer?.waiting(source.department, null);
    return 0;
  }
  const batch = await inTransaction(em, async (tx) => {
    await run(
      tx,
      'insert into ledger_checkpoints (department) values (?) on conflict (department) do nothing',
      [source.department],
    );
    const [checkpoint] = await rowsOf<{ seq: string }>(
      tx,
      'select seq::text as seq from ledger_checkpoints where department = ? for update',
      [source.department],
    );
    const rows = await source.read(checkpoint!.seq, limit);
    if (rows.length === 0) {
      await run(tx, 'update ledger_checkpoints set pending_since = null where department = ?', [
        source.department,
      ]);
      return { applied: 0, pendingSince: null };
    }
    observer?.waiting(source.department, rows[0]!.createdAt);
    await run(
      tx,
      // applied_at is the moment of the upsert, not the transaction's start (which comes before
      // the read): applied_at - the outbox's created_at is each snapshot's wait.
      `insert into benefits (department, record_id, programme, kind, person_id, household_id,
              region_code, amount_fen, quantity, unit, given_on, reference, reversed, source_seq,
              applied_at)
       select x.department, x.record_id, x.programme, x.kind, x.person_id, x.household_id,
              x.region_code, x.amount_fen, x.quantity, x.unit, x.given_on, x.reference,
              x.reversed, x.source_seq, clock_timestamp()
         from jsonb_to_recordset(?::jsonb) as x(department text, record_id uuid, programme text,
              kind text, person_id uuid, household_id uuid, region_code text, amount_fen bigint,
              quantity int, unit text, given_on date, reference text, reversed boolean,
              source_seq bigint)
       on conflict (department, record_id) do update set
              programme = excluded.programme, kind = excluded.kind, person_id = excluded.person_id,
              household_id = excluded.household_id, region_code = excluded.region_code,
              amount_fen = excluded.amount_fen, quantity = excluded.quantity, unit = excluded.unit,
              given_on = excluded.given_on, reference = excluded.reference,
              reversed = excluded.reversed, source_seq = excluded.source_seq,
              applied_at = excluded.applied_at
        where benefits.source_seq < excluded.source_seq`,
      [JSON.stringify(rows.map((row) => toRecord(source.department, row)))],
    );
    options.failBeforeCommit?.();
    // A full batch may have more behind it, written no earlier than its last snapshot.
    const pendingSince = rows.length === limit ? rows.at(-1)!.createdAt : null;
    await run(
      tx,
      'update ledger_checkpoints set seq = ?, pending_since = ?, updated_at = now() where department = ?',
      [rows.at(-1)!.seq, pendingSince, source.department],
    );
    return { applied: rows.length, pendingSince };
  });
  // Told once the batch committed: a batch rolled back applied nothing, and its snapshots wait on.
  observer?.applied(source.department, batch.applied);
  observer?.waiting(source.department, batch.pendingSince);
  return batch.applied;
}

/** A snapshot as a row of the read model; the department is the source's, whatever it says. */
function toRecord(department: DepartmentCode, row: OutboxRow) {
  const { snapshot } = row;
  return {
    department,
    record_id: snapshot.recordId,
    programme: snapshot.programme,
    kind: snapshot.kind,
    person_id: snapshot.personId,
    household_id: snapshot.householdId,
    region_code: snapshot.regionCode,
    amount_fen: snapshot.amountFen,
    quantity: snapshot.quantity,
    unit: snapshot.unit,
    given_on: snapshot.givenOn,
    reference: snapshot.reference,
    reversed: snapshot.reversed,
    source_seq: row.seq,
  };
}

/** Applies one department's outbox until nothing is left; returns how many snapshots. */
async function drain(
  forkEntityManager: () => EntityManager,
  source: LedgerSource,
  observer?: LedgerObserver,
) {
  let total = 0;
  for (;;) {
    const applied = await applyNextBatch(forkEntityManager(), source, observer ? { observer } : {});
    total += applied;
    if (applied < BATCH_SIZE) return total;
  }
}

/**
 * Applies every department's outbox until nothing is left; returns how many snapshots. A
 * department that cannot be read (not started yet, down) is skipped and named in `failed`.
 */
export async function catchUp(
  forkEntityManager: () => EntityManager,
  sources: LedgerSource[],
  failed: (department: DepartmentCode, error: unknown) => void = (_, error) => {
    throw error;
  },
  observer?: LedgerObserver,
): Promise<number> {
  let total = 0;
  for (const source of sources) {
    try {
      total += await drain(forkEntityManager, source, observer);
    } catch (error) {
      failed(source.department, error);
    }
  }
  return total;
}

/**
 * Starts over: empties the read model and its checkpoints in one transaction, then applies every
 * outbox from its beginning. What it builds equals what the consumer maintained.
 */
export async function rebuildLedger(
  forkEntityManager: () => EntityManager,
  sources: LedgerSource[],
): Promise<number> {
  await inTransaction(forkEntityManager(), (tx) =>
    run(tx, 'truncate benefits, ledger_checkpoints'),
  );
  return catchUp(forkEntityManager, sources);
}

/** Runs the consumer beside the subgraph: a round over every source, then a pause. */
export function startLedgerConsumer(options: {
  forkEntityManager: () => EntityManager;
  sources: LedgerSource[];
  logger: Logger;
  pollMs: number;
  /** Told each department's lag and applied snapshots (the `/metrics` series). */
  observer?: LedgerObserver;
}): { stop(): Promise<void> } {
  const failed = (department: DepartmentCode, error: unknown) =>
    options.logger.warn({ err: error, department }, 'outbox not read this round');
  const rounds = inRounds(
    () =>
      catchUp(options.forkEntityManager, options.sources, failed, options.observer)
        .then((applied) => {
          if (applied) options.logger.debug({ applied }, 'benefit snapshots applied');
        })
        .catch((error: unknown) => options.logger.error({ err: error }, 'ledger round failed')),
    options.pollMs,
  );
  return {
    async stop() {
      await rounds.stop();
      await Promise.all(options.sources.map((source) => source.close()));
    },
  };
}
