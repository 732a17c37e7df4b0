import pg from 'pg';
import type { ServerConnection } from '../db/connection.js';
import { department, type DepartmentCode, type DepartmentService } from '../departments.js';
import { REGISTER_SOURCE } from './changes.js';

// How far each department has followed the register's change log, read by civil affairs from the
// departments' own checkpoints (as the ledger's consumer reads their outboxes), so that a
// supervisor sees a merge spread.

/** Reads the followers' checkpoints; a department that cannot be read is left out. */
export interface FollowerProgress {
  checkpoints(): Promise<Partial<Record<DepartmentCode, bigint>>>;
  close(): Promise<void>;
}

/** Progress read from the departments' databases on `server`, each through a pool opened on first use. */
export function followerProgress(
  server: ServerConnection,
  databases: Partial<Record<DepartmentService, string>>,
): FollowerProgress {
  const pools = new Map<DepartmentCode, pg.Pool>();
  const poolOf = (code: DepartmentCode, database: string) => {
    let pool = pools.get(code);
    if (!pool) {
      pool = new pg.Pool({ ...server, database, max: 1 });
      // An idle pool's lost connection is not the request's error.
      pool.on('error', () => undefined);
      pools.set(code, pool);
    }
    return pool;
  };
  return {
    async checkpoints() {
      const entries = await Promise.all(
        (Object.entries(databases) as Array<[DepartmentService, string]>)
          .filter(([service]) => service !== 'civil-affairs')
          .map(async ([service, database]) => {
            const code = department(service).code;
            try {
              const { rows } = await poolOf(code, database).query<{ seq: string }>(
                'select seq::text as seq from register_checkpoint where source = $1',
                [REGISTER_SOURCE],
              );
              return rows[0] ? ([[code, BigInt(rows[0].seq)]] as const) : [];
            } catch {
              return [];
            }
          }),
      );
      return Object.fromEntries(entries.flat());
    },
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.end()));
      pools.clear();
    },
  };
}
