import type { DepartmentCode } from '../departments.js';
import { MEASURES, type MeasureCode, type MeasureOf, type RecordDimension } from './measures.js';

// Where a department's measures come from: each source is one of its tables, with SQL expressions
// over the table's row (aliased `r`) for the division a record counts in, its day (or, for a
// stock, the days it starts and stops counting), its dimension values and what it adds to each
// measure. From these one expression builds a record's fact; triggers write the facts of every
// changed record to the department's outbox, and the rebuild reads them from the table itself.

/** When a record counts. */
export type SourceTiming =
  /** On one day: counted in its month (FLOW and DISTINCT measures). */
  | { on: string }
  /** From a day until another (exclusive, or open): counted at every month-end between. */
  | { since: string; until?: string };

/** One table of a department feeding some of its measures. */
export type IndicatorSource<D extends DepartmentCode> = {
  table: string;
  /** The table's key column; `id` when absent. */
  key?: string;
  /** Only the rows that are records of this source. */
  where?: string;
  /** The division a record counts in (12 characters at most). */
  region: string;
  /**
   * The department that reports a record, when the table holds several departments' records
   * (referrals, by their sender); the source's department when absent.
   */
  reporter?: string;
  /** Each dimension's value (text; TARGET_GROUP a `text[]`). */
  dimensions?: Partial<Record<RecordDimension, string>>;
  /** What a record adds to each measure (a number). */
  values?: Partial<Record<MeasureOf<D>, string>>;
  /** For DISTINCT measures: who a record is about (people are counted once per cell). */
  members?: Partial<Record<MeasureOf<D>, string>>;
} & SourceTiming;

/** A department's sources, bound to the department. */
export interface DepartmentIndicators<D extends DepartmentCode = DepartmentCode> {
  department: D;
  sources: Record<string, IndicatorSource<D>>;
}

/**
 * Declares a department's sources, checked against the catalogue when declared: each source
 * feeds only measures of the department, of a kind its timing fits, with exactly the measure's
 * dimensions.
 */
export function indicatorSources<D extends DepartmentCode>(
  department: D,
  sources: Record<string, IndicatorSource<D>>,
): DepartmentIndicators<D> {
  for (const [name, source] of Object.entries(sources)) {
    if (!/^[a-z][a-z0-9_]{0,40}$/.test(name)) throw new Error(`source name ${name} is not plain`);
    const fed = [
      ...Object.keys(source.values ?? {}).map((code) => [code, 'values'] as const),
      ...Object.keys(source.members ?? {}).map((code) => [code, 'members'] as const),
    ];
    if (!fed.length) throw new Error(`source ${name} feeds no measure`);
    const dimensions = Object.keys(source.dimensions ?? {}).sort();
    for (const [code, how] of fed) {
      const measure = MEASURES[code as MeasureCode];
      if (!(measure.departments as readonly string[]).includes(department) && !source.reporter) {
        throw new Error(`${department} does not report ${code}`);
      }
      const stock = 'since' in source;
      if ((measure.kind === 'STOCK') !== stock) {
        throw new Error(
          `source ${name}: ${code} is ${measure.kind}, the source is timed otherwise`,
        );
      }
      if ((measure.kind === 'DISTINCT') !== (how === 'members')) {
        throw new Error(`source ${name}: ${code} is ${measure.kind}, given as ${how}`);
      }
      if ([...measure.dimensions].sort().join() !== dimensions.join()) {
        throw new Error(`source ${name}: ${code} is split by ${measure.dimensions.join()}`);
      }
    }
  }
  return { department, sources };
}
