import type pg from 'pg';

/**
 * Column of a bulk insert: its name, the PostgreSQL type of its values, and optionally a cast to
 * the column's own type (arrays travel as their text form: `['categories', 'text', 'text[]']`).
 */
export type BulkColumn = [name: string, type: string, cast?: string];

/**
 * Inserts rows in large batches through `unnest` of one array per column: a few statements per
 * hundred thousand rows, with no limit on parameters. Rows are arrays in column order.
 */
export async function bulkInsert(
  client: pg.ClientBase,
  table: string,
  columns: BulkColumn[],
  rows: unknown[][],
  onProgress: (inserted: number) => void,
  batchSize = 20_000,
): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
  const aliases = columns.map((_, index) => `c${index}`).join(', ');
  const select = columns
    .map(([, , cast], index) => (cast ? `c${index}::${cast}` : `c${index}`))
    .join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${arrays}) AS u(${aliases})`;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const params = columns.map((_, column) => batch.map((row) => row[column]));
    await client.query(sql, params);
    onProgress(batch.length);
  }
}
