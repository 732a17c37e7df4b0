import pg from 'pg';
import type { DepartmentService } from '../../shared/config.js';
import type { ServerConnection } from '../../shared/db/connection.js';
import { departmentDatabaseName } from '../../shared/db/names.js';
import { SeededRandom } from '../../demo-world/random.js';
import { SCALE_SLICES } from '../scale-slices.js';
import { CLEAR_LEDGER_OUTBOX, clearByRegion, writeTables } from './bulk.js';
import type { ScaleWorld } from './generate.js';
import { DEPARTMENTS_SEED } from './load.js';

// The other departments' part of the province for load: the same people and stations seen from
// each department's own tables, so that dashboards and person views fan out over every
// department at scale.

/**
 * Writes the other departments' rows for the province into their own databases, each in one
 * transaction; with `replace`, the province's earlier rows go first. Civil affairs' register
 * was written with the province by loadScale; a department with no rows is left alone.
 */
export async function loadDepartmentsScale(
  server: ServerConnection,
  prefix: string,
  world: ScaleWorld,
  replace: boolean,
  progress: (inserted: number, table: string) => void,
): Promise<number> {
  const random = new SeededRandom(DEPARTMENTS_SEED);
  let total = 0;
  for (const [department, slice] of Object.entries(SCALE_SLICES) as Array<
    [DepartmentService, (typeof SCALE_SLICES)[DepartmentService]]
  >) {
    if (department === 'civil-affairs') continue;
    const tables = slice.tables(world, random);
    if (!tables.length) continue;
    const client = new pg.Client({
      ...server,
      database: departmentDatabaseName(prefix, department),
    });
    await client.connect();
    try {
      const clear = replace
        ? [
            ...(slice.benefits ? [CLEAR_LEDGER_OUTBOX] : []),
            ...(slice.clear ?? clearByRegion(tables)),
          ]
        : null;
      await writeTables(client, tables, clear, progress, slice.benefits?.(tables));
      total += tables.reduce((sum, table) => sum + table.rows.length, 0);
    } finally {
      await client.end();
    }
  }
  return total;
}
