import type { DepartmentCode } from '../departments.js';

// One benefit ledger across departments: every department's help to a person (or a household)
// — cash, goods, a service place — as one shape. Each department writes a snapshot of its record
// to its own outbox (`ledger_outbox`, the same table in every department's database) in the
// transaction that writes the record; one consumer applies the snapshots, in order, to the
// cross-department read model. A snapshot carries the whole benefit, so applying it twice, or
// applying a later one over an earlier, gives the same row.

/** What kind of help (救助帮扶形式). */
export type BenefitKind = 'CASH' | 'IN_KIND' | 'SERVICE';

/** The programmes departments give through, one per kind of record that counts as help. */
export type BenefitProgramme =
  | 'TEMPORARY_ASSISTANCE'
  | 'UNION_ASSISTANCE'
  | 'ASSISTIVE_DEVICE'
  | 'REHABILITATION'
  | 'YOUTH_PROGRAMME'
  | 'CHARITY_GRANT';

/** A benefit as a department's outbox carries it (JSON: money in fen as a string). */
export interface BenefitSnapshot {
  department: DepartmentCode;
  programme: BenefitProgramme;
  kind: BenefitKind;
  /** The department's own record, unique within the department. */
  recordId: string;
  personId: string | null;
  householdId: string | null;
  /** Division the benefit counts in: the person's residence. */
  regionCode: string;
  /** Cash in fen (a string of digits), for CASH. */
  amountFen: string | null;
  /** Goods or service units, with their unit (件, 次, 个名额). */
  quantity: number | null;
  unit: string | null;
  givenOn: string;
  /** The department's document number, when it has one. */
  reference: string | null;
  /** Withdrawn by a reversing entry: kept, but no longer help given. */
  reversed: boolean;
}

/** Name of the outbox table, the same in every department's database. */
export const LEDGER_OUTBOX = 'ledger_outbox';
