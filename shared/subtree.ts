import type { EntityManager } from '@mikro-orm/postgresql';
import { parseDivisionCode } from './validators/division-code.js';

// Aggregates over region subtrees, answered for a whole DataLoader batch of region codes in one
// statement. Division codes nest by prefix, so "in the subtree" is a range on the code:
// code ~>=~ prefix AND code ~<~ prefix || ':' (':' sorts right after '9'). Written with these
// operators rather than LIKE so that a prefix taken from the batch still uses text_pattern_ops
// indexes.

/** SQL source of the batch: rows `p(code, prefix)`; takes one parameter, see {@link subtreeBatch}. */
export const SUBTREE_BATCH = `jsonb_to_recordset(?::jsonb) AS p(code text, prefix text)`;

/** Condition: `column` lies in the subtree of the batch row `p`. */
export function inSubtree(column: string): string {
  return `${column} ~>=~ p.prefix AND ${column} ~<~ (p.prefix || ':')`;
}

/** The parameter of {@link SUBTREE_BATCH}: the codes with their subtree prefixes. */
export function subtreeBatch(codes: readonly string[]): string {
  return JSON.stringify(
    codes.map((code) => {
      const parsed = parseDivisionCode(code);
      return { code, prefix: parsed.ok ? parsed.subtreePrefix : code };
    }),
  );
}

export type SqlRow = Record<string, string | number | null>;

/** Runs an aggregate and returns its rows. */
export function runAggregate(em: EntityManager, sql: string, params: unknown[]): Promise<SqlRow[]> {
  return em.getConnection().execute<SqlRow[]>(sql, params);
}

/** The row of a code in a batch answer, if any. */
export function rowOf(rows: SqlRow[], code: string): SqlRow | undefined {
  return rows.find((row) => row.code === code);
}
