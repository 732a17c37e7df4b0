import type { SeededRandom } from '../../demo-world/random.js';
import type { ScaleWorld } from './generate.js';

// What a department contributes to the synthetic province: its tables, as rows with named
// fields and the column each field is written to. Each department's `scale.ts` gives one;
// tools/scale-slices.ts lists them.

/**
 * Column of a bulk insert: its name, the PostgreSQL type of its values, and optionally a cast to
 * the column's own type (arrays travel as their text form: `['categories', 'text', 'text[]']`).
 */
export type BulkColumn = [name: string, type: string, cast?: string];

/** A table's rows for the province, and for each field of a row the column it goes to. */
export interface ScaleTable {
  table: string;
  /** One column per field of the rows, in the order of the insert. */
  columns: Readonly<Record<string, BulkColumn>>;
  rows: readonly object[];
}

/** A table whose columns the compiler checks against its rows: one for every field. */
export function scaleTable<Row extends object>(
  table: string,
  columns: NoInfer<{ readonly [Field in keyof Row]-?: BulkColumn }>,
  rows: readonly Row[],
): ScaleTable {
  return { table, columns, rows };
}

/** A text-array value as it travels to a `text[]` cast: `{a,b}`. */
export function textArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/** A department's part of the province. */
export interface DepartmentScale {
  /**
   * The department's tables, in the order they are written, from the province's register.
   * `random` is the departments' one stream, drawn from in turn in the order of SCALE_SLICES,
   * so a department's draws move the numbers of those after it (civil affairs, written first
   * with the province, is given a stream of its own).
   */
  tables: (province: ScaleWorld, random: SeededRandom) => ScaleTable[];
  /**
   * Statements removing an earlier province's rows, in order, when the default does not fit: each
   * table's rows whose region column lies in the province, last table first.
   */
  clear?: string[];
  /**
   * Statements writing the benefit ledger's snapshots of the rows just written (one per programme,
   * `?` for parameters), run after the inserts in the same transaction.
   */
  benefits?: (tables: ScaleTable[]) => Array<{ sql: string; params: unknown[] }>;
}
