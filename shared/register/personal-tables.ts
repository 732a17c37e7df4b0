import type { DepartmentCode } from '../departments.js';
import type { DepartmentBenefits } from '../ledger/outbox.js';

// Where a department keeps its records about people of the shared register, declared once in its
// own `personal.ts`, so that when civil affairs merges two entries of the register one kit
// (shared/register/moves.ts) moves the department's records from the entry merged away to the
// one that survives, and puts exactly those back when the merge is undone.

/**
 * One table of a department's records about people. Names are SQL identifiers; `stays` is a
 * condition on the row `r` and the pair `p` (`p.survivor`, `p.merged`).
 */
export interface PersonalTable {
  table: string;
  /** The column of the person's id; `person_id` when absent. */
  person?: string;
  /** The column that tells the rows apart; `id` when absent (a link table names its record). */
  key?: string;
  /**
   * The column of the person's division of residence, which decides who may read the row: moved
   * rows take the survivor's. Absent when the row keeps the division it was written with (a
   * grant counts where it was given).
   */
  region?: string;
  /**
   * The survivor may hold one row per value of these columns (`[]`: one row in all, a file per
   * person), among the rows that meet `where`: a row of the merged person that the survivor
   * already holds the like of stays where it is, under the old id.
   */
  unique?: { columns: string[]; where?: string };
  /** Any other reason a row of the merged person stays where it is. */
  stays?: string;
}

/** A department's personal tables, with the benefit programmes whose snapshots moved rows re-emit. */
export interface PersonalTables<D extends DepartmentCode = DepartmentCode> {
  department: D;
  benefits: DepartmentBenefits<D>;
  tables: PersonalTable[];
}

/** Declares a department's personal tables, bound to its benefit sources. */
export function personalTables<D extends DepartmentCode>(
  benefits: DepartmentBenefits<D>,
  tables: PersonalTable[],
): PersonalTables<D> {
  return { department: benefits.department, benefits, tables };
}
