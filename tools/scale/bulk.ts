import type pg from 'pg';
import type { ScaleTable } from './slice.js';

/**
 * Inserts a table's rows in large batches through `unnest` of one array per column: a few
 * statements per hundred thousand rows, with no limit on parameters.
 */
export async function bulkInsert(
  client: pg.ClientBase,
  { table, columns, rows }: ScaleTable,
  onProgress: (inserted: number) => void,
  batchSize = 20_000,
): Promise<void> {
  const fields = Object.entries(columns);
  const names = fields.map(([, [name]]) => `"${name}"`).join(', ');
  const arrays = fields.map(([, [, type]], index) => `$${index + 1}::${type}[]`).join(', ');
  const aliases = fields.map((_, index) => `c${index}`).join(', ');
  const select = fields
    .map(([, [, , cast]], index) => (cast ? `c${index}::${cast}` : `c${index}`))
    .join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${arrays}) AS u(${aliases})`;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize) as Array<Record<string, unknown>>;
    const params = fields.map(([field]) => batch.map((row) => row[field]));
    await client.query(sql, params);
    onProgress(batch.length);
  }
}

/** A statement with `?` placeholders, numbered for `pg` (`$1`, `$2`, …). */
function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

/**
 * Writes a department's tables in one transaction: with `clear`, an earlier province's rows go
 * first, and `after` (the benefit ledger's snapshots of the rows) last; then the planner's
 * statistics are refreshed.
 */
export async function writeTables(
  client: pg.ClientBase,
  tables: ScaleTable[],
  clear: string[] | null,
  onProgress: (inserted: number, table: string) => void,
  after: Array<{ sql: string; params: unknown[] }> = [],
): Promise<void> {
  try {
    await client.query('BEGIN');
    for (const statement of clear ?? []) await client.query(statement);
    for (const table of tables) {
      await bulkInsert(client, table, (inserted) => onProgress(inserted, table.table));
    }
    for (const { sql, params } of after) await client.query(numbered(sql), params);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The default clearing: each table's rows whose region column lies in the province, last first. */
export function clearByRegion(tables: ScaleTable[]): string[] {
  return [...tables].reverse().map(({ table, columns }) => {
    const region = Object.values(columns).find(([name]) => name.endsWith('region_code'))![0];
    return `DELETE FROM "${table}" WHERE "${region}" LIKE '33%'`;
  });
}

/**
 * A province built again takes its snapshots in the benefit ledger with it: the outbox rows of
 * the records it removes go in the same transaction (they were applied long since; the new
 * records write their own).
 */
export const CLEAR_LEDGER_OUTBOX = `DELETE FROM ledger_outbox WHERE snapshot->>'regionCode' LIKE '33%'`;
