import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { ServerConnection } from '../db/connection.js';
import { inTransaction, rowsOf, run } from '../db/statements.js';
import type { DepartmentCode } from '../departments.js';
import type { Logger } from '../logger.js';
import { REGISTER_SOURCE, type RegisterChange, type RegisterChangeKind } from './changes.js';
import { applyChange, type MovedRows } from './moves.js';
import type { PersonalTables } from './personal-tables.js';
import { inRounds } from '../rounds.js';

// A department's follower of the register: it reads civil affairs' change log
// (`register_changes`) after its checkpoint, in `seq` order, as a change-data-capture connector
// reads a table, and applies each change to its own records — the moves, the record of what moved
// and the new checkpoint in one transaction of its own database, under a lock on the checkpoint.
// Stopped mid-batch it applies nothing of the batch; started again it reads from the checkpoint;
// a change applied twice changes nothing (shared/register/moves.ts).

/** Where a follower reads the register's change log. */
export interface ChangeLogSource {
  /** Changes after `seq`, in order, at most `limit`. */
  read(after: string, limit: number): Promise<RegisterChange[]>;
  close(): Promise<void>;
}

/** Changes applied in one transaction at most. */
export const FOLLOW_BATCH_SIZE = 100;

/** The change log in civil affairs' database, through a small pool of its own. */
export function changeLogSource(server: ServerConnection, database: string): ChangeLogSource {
  const pool = new pg.Pool({ ...server, database, max: 2 });
  // A lost idle connection is the next read's error, not the process's.
  pool.on('error', () => undefined);
  return {
    async read(after, limit) {
      const { rows } = await pool.query<{
        position: string;
        kind: RegisterChangeKind;
        merge_id: string;
        survivor_id: string;
        merged_id: string;
        survivor_region_code: string;
      }>(
        `select seq::text as position, kind, merge_id, survivor_id, merged_id, survivor_region_code
           from register_changes where seq > $1 order by seq limit $2`,
        [after, limit],
      );
      return rows.map((row) => ({
        seq: row.position,
        kind: row.kind,
        mergeId: row.merge_id,
        survivorId: row.survivor_id,
        mergedId: row.merged_id,
        survivorRegionCode: row.survivor_region_code,
      }));
    },
    close: () => pool.end(),
  };
}

/** Whether the log has nothing after the checkpoint, by two reads and no write. */
async function nothingNew(em: EntityManager, source: ChangeLogSource): Promise<boolean> {
  const [checkpoint] = await rowsOf<{ seq: string }>(
    em,
    'select seq::text as seq from register_checkpoint where source = ?',
    [REGISTER_SOURCE],
  );
  if (!checkpoint) return false;
  return (await source.read(checkpoint.seq, 1)).length === 0;
}

/** What one batch did: the changes applied and the rows each table moved. */
export interface FollowedBatch {
  changes: number;
  moved: MovedRows;
}

/**
 * Applies the next batch of the change log to the department's records: reads after the
 * checkpoint (locked for the batch), applies each change and moves the checkpoint, in one
 * transaction. `failBeforeCommit` lets a test stop it between the moves and the checkpoint.
 */
export async function followNextBatch<D extends DepartmentCode>(
  em: EntityManager,
  personal: PersonalTables<D>,
  source: ChangeLogSource,
  options: { limit?: number; failBeforeCommit?: () => void } = {},
): Promise<FollowedBatch> {
  const limit = options.limit ?? FOLLOW_BATCH_SIZE;
  if (await nothingNew(em, source)) return { changes: 0, moved: {} };
  return inTransaction(em, async (tx) => {
    await run(
      tx,
      'insert into register_checkpoint (source) values (?) on conflict (source) do nothing',
      [REGISTER_SOURCE],
    );
    const [checkpoint] = await rowsOf<{ seq: string }>(
      tx,
      'select seq::text as seq from register_checkpoint where source = ? for update',
      [REGISTER_SOURCE],
    );
    const changes = await source.read(checkpoint!.seq, limit);
    const moved: MovedRows = {};
    for (const change of changes) {
      for (const [table, rows] of Object.entries(await applyChange(tx, personal, change))) {
        moved[table] = (moved[table] ?? 0) + rows;
      }
    }
    options.failBeforeCommit?.();
    if (changes.length) {
      await run(tx, 'update register_checkpoint set seq = ?, updated_at = now() where source = ?', [
        changes.at(-1)!.seq,
        REGISTER_SOURCE,
      ]);
    }
    return { changes: changes.length, moved };
  });
}

/**
 * Follows the change log until nothing is left; returns how many changes it applied. What tests
 * and operators run to bring a department up to date at once, instead of waiting for the poll.
 */
export async function followRegister<D extends DepartmentCode>(
  forkEntityManager: () => EntityManager,
  personal: PersonalTables<D>,
  source: ChangeLogSource,
): Promise<number> {
  let total = 0;
  for (;;) {
    const { changes } = await followNextBatch(forkEntityManager(), personal, source);
    total += changes;
    if (changes < FOLLOW_BATCH_SIZE) return total;
  }
}

/** Runs the follower beside the department's subgraph: a catch-up, then a pause. */
export function startRegisterFollower<D extends DepartmentCode>(options: {
  forkEntityManager: () => EntityManager;
  personal: PersonalTables<D>;
  source: ChangeLogSource;
  logger: Logger;
  pollMs: number;
}): { stop(): Promise<void> } {
  const rounds = inRounds(
    () =>
      followRegister(options.forkEntityManager, options.personal, options.source)
        .then((applied) => {
          if (applied) options.logger.info({ applied }, 'register changes followed');
        })
        // Civil affairs not started yet, or down: the next round tries again.
        .catch((error: unknown) =>
          options.logger.warn({ err: error }, 'register change log not followed this round'),
        ),
    options.pollMs,
  );
  return {
    async stop() {
      await rounds.stop();
      await options.source.close();
    },
  };
}
