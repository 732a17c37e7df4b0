import type { EntityManager } from '@mikro-orm/postgresql';
import { identifier as column, rowsOf, run } from '../db/statements.js';
import type { DepartmentCode } from '../departments.js';
import { LEDGER_OUTBOX, type BenefitKind, type BenefitProgramme } from './benefit.js';

// How a department writes its benefit records to its outbox: it declares, in its own
// `benefits.ts`, where each of its programmes keeps its records (table and columns, written by the
// department, never by a client), and one statement per programme copies the records' snapshots
// into `ledger_outbox` in the transaction that wrote them, so a snapshot exists if and only if its
// change committed.

/** Who gives through each programme, and what kind of help it is. */
export const BENEFIT_PROGRAMMES = {
  TEMPORARY_ASSISTANCE: { department: 'CIVIL_AFFAIRS', kind: 'CASH' },
  UNION_ASSISTANCE: { department: 'TRADE_UNION', kind: 'CASH' },
  ASSISTIVE_DEVICE: { department: 'DISABLED_PERSONS_FEDERATION', kind: 'IN_KIND' },
  REHABILITATION: { department: 'DISABLED_PERSONS_FEDERATION', kind: 'SERVICE' },
  YOUTH_PROGRAMME: { department: 'YOUTH_LEAGUE', kind: 'SERVICE' },
  CHARITY_GRANT: { department: 'CHARITY', kind: 'CASH' },
} as const satisfies Record<BenefitProgramme, { department: DepartmentCode; kind: BenefitKind }>;

/** The programmes a department gives through. */
export type ProgrammeOf<D extends DepartmentCode> = {
  [P in BenefitProgramme]: (typeof BENEFIT_PROGRAMMES)[P]['department'] extends D ? P : never;
}[BenefitProgramme];

/** How much help a record is: cash in fen from a column, or units (a column or a fixed count). */
type Measure<K extends BenefitKind> = K extends 'CASH'
  ? { amountFen: string }
  : { quantity: { column: string } | number; unit: string };

/**
 * Where a programme keeps its records in the department's own database. Names are SQL
 * identifiers; `where` and `reversed` are conditions on the table aliased `r`.
 */
export type BenefitSource<K extends BenefitKind = BenefitKind> = {
  table: string;
  /** The column of the person's id; null when the record names no person. */
  person: string | null;
  /** The column of the division the benefit counts in (the person's residence). */
  region: string;
  /** The column of the day it was given (a `date`). */
  date: string;
  /** The column of the department's document number; null when it has none. */
  reference: string | null;
  /** Only rows of the table that are records of the programme. */
  where?: string;
  /** True for a record withdrawn by a reversing entry; never reversed when absent. */
  reversed?: string;
} & Measure<K>;

/** A department's benefit records: every programme it gives through, and no other. */
export type BenefitSources<D extends DepartmentCode> = {
  [P in ProgrammeOf<D>]: BenefitSource<(typeof BENEFIT_PROGRAMMES)[P]['kind']>;
};

/** A department's declaration, bound to the department. */
export interface DepartmentBenefits<D extends DepartmentCode> {
  department: D;
  sources: BenefitSources<D>;
}

/** Declares a department's benefit sources, checked by the compiler against its programmes. */
export function benefitSources<D extends DepartmentCode>(
  department: D,
  sources: BenefitSources<D>,
): DepartmentBenefits<D> {
  return { department, sources };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement copying a programme's records into the outbox, with its parameters: all of them,
 * or with `byId` only those whose id is in the array literal (`{…}`) given as the last parameter.
 */
export function snapshotStatement(
  department: DepartmentCode,
  programme: BenefitProgramme,
  source: BenefitSource,
  byId: boolean,
): { sql: string; params: unknown[] } {
  const { kind } = BENEFIT_PROGRAMMES[programme];
  const r = (name: string | null): string => (name ? `r.${column(name)}` : 'NULL');
  const cash = 'amountFen' in source;
  const quantity = cash
    ? 'NULL'
    : typeof source.quantity === 'number'
      ? String(Math.trunc(source.quantity))
      : r(source.quantity.column);
  const snapshot = `jsonb_build_object(
    'department', ?::text, 'programme', ?::text, 'kind', ?::text, 'recordId', r.id::text,
    'personId', ${r(source.person)}::text, 'householdId', NULL::text,
    'regionCode', ${r(source.region)}::text,
    'amountFen', ${cash ? `${r(source.amountFen)}::text` : 'NULL::text'},
    'quantity', ${quantity}::int, 'unit', ?::text,
    'givenOn', to_char(${r(source.date)}, 'YYYY-MM-DD'),
    'reference', ${r(source.reference)}::text,
    'reversed', ${source.reversed ? `coalesce((${source.reversed}), false)` : 'false'})`;
  const conditions = [byId ? 'r.id = ANY(?::uuid[])' : 'true', source.where ?? 'true'];
  const sql = `INSERT INTO ${column(LEDGER_OUTBOX)} (record_id, programme, snapshot)
  SELECT r.id, ?::text, ${snapshot}
  FROM ${column(source.table)} r WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}
  ORDER BY r.id`;
  const unit = cash ? null : source.unit;
  return { sql, params: [programme, department, programme, kind, unit] };
}

/**
 * Runs a statement writing snapshots: only in the transaction of the records they describe, and
 * in commit order. `seq` is handed out when a snapshot is inserted, but transactions commit in
 * their own order: without a lock a snapshot numbered 10 could commit while 9 was still being
 * written, the consumer read past 9, and never see it. Each writer therefore takes one lock of the
 * department's database before it inserts and keeps it until its transaction ends, so the
 * numbers are handed out in the order the snapshots commit.
 */
async function inRecordTransaction(
  em: EntityManager,
  sql: string,
  params: unknown[],
): Promise<number> {
  if (!em.isInTransaction()) {
    throw new Error('benefit snapshots are written only in the transaction of their records');
  }
  await rowsOf(em, `select pg_advisory_xact_lock(hashtext('${LEDGER_OUTBOX}'))`);
  return run(em, sql, params);
}

/**
 * The statement writing a snapshot of each of the records `ids` of a programme, with `?` for its
 * parameters: for a caller that runs it on a connection of its own (the province-scale loader).
 */
export function benefitsStatement<D extends DepartmentCode>(
  benefits: DepartmentBenefits<D>,
  programme: ProgrammeOf<D>,
  ids: readonly string[],
): { sql: string; params: unknown[] } {
  if (!ids.every((id) => UUID.test(id))) throw new Error('benefit records are named by their uuid');
  const source = benefits.sources[programme] as BenefitSource;
  const { sql, params } = snapshotStatement(benefits.department, programme, source, true);
  return { sql, params: [...params, `{${ids.join(',')}}`] };
}

/**
 * Writes a snapshot of each of the records `ids` of a programme to the outbox, in the caller's
 * transaction (refused outside one); records that are not of the programme (its `where`) write
 * none. Returns how many were written.
 */
export async function emitBenefits<D extends DepartmentCode>(
  em: EntityManager,
  benefits: DepartmentBenefits<D>,
  programme: ProgrammeOf<D>,
  ids: readonly string[],
): Promise<number> {
  if (!ids.length) return 0;
  const { sql, params } = benefitsStatement(benefits, programme, ids);
  return inRecordTransaction(em, sql, params);
}

/**
 * Writes a snapshot of every record of every programme of the department, one statement per
 * programme, in the caller's transaction: for a database loaded in bulk (the demo world).
 */
export async function emitAllBenefits<D extends DepartmentCode>(
  em: EntityManager,
  benefits: DepartmentBenefits<D>,
): Promise<number> {
  let written = 0;
  for (const [programme, source] of Object.entries(benefits.sources) as Array<
    [BenefitProgramme, BenefitSource]
  >) {
    const { sql, params } = snapshotStatement(benefits.department, programme, source, false);
    written += await inRecordTransaction(em, sql, params);
  }
  return written;
}
