import { registerEnumType } from 'type-graphql';
import type { DepartmentCode } from './departments.js';

// The records of one department that another may link to its own: a referral completed by the
// receiving department points at that department's record, and a case lists service records of
// any department. Each kind has one owner, and only the owner says whether a record exists, where
// and whose it is (shared/department/record-facts.ts); the client's word is never taken.

/** What each kind of linkable record is, and which department keeps it. */
export const LINKED_RECORD_REGISTRY = {
  SERVICE_RECORD: { department: 'CIVIL_AFFAIRS', label: '服务记录', english: 'Service record' },
  TEMPORARY_ASSISTANCE: {
    department: 'CIVIL_AFFAIRS',
    label: '临时救助',
    english: 'Temporary assistance grant',
  },
  UNION_ASSISTANCE_GRANT: {
    department: 'TRADE_UNION',
    label: '工会帮扶救助',
    english: 'Union assistance grant',
  },
  YOUTH_ENROLMENT: {
    department: 'YOUTH_LEAGUE',
    label: '青少年项目参与',
    english: 'Enrolment in a youth programme',
  },
  VOLUNTEER_SERVICE: {
    department: 'YOUTH_LEAGUE',
    label: '志愿服务时长',
    english: 'Hours served by a youth volunteer',
  },
  WOMEN_CHILD_CASE: {
    department: 'WOMEN_FEDERATION',
    label: '妇女儿童个案',
    english: 'Women and children case',
  },
  FAMILY_SERVICE: { department: 'WOMEN_FEDERATION', label: '家庭服务', english: 'Family service' },
  REHABILITATION_SERVICE: {
    department: 'DISABLED_PERSONS_FEDERATION',
    label: '康复服务',
    english: 'Rehabilitation service',
  },
  ASSISTIVE_DEVICE_GRANT: {
    department: 'DISABLED_PERSONS_FEDERATION',
    label: '辅助器具发放',
    english: 'Assistive device grant',
  },
  CHARITY_GRANT: {
    department: 'CHARITY',
    label: '慈善资助（个人）',
    english: 'Charity grant to a person',
  },
} as const satisfies Record<string, { department: DepartmentCode; label: string; english: string }>;

/** A kind of record that may be linked across departments. */
export type LinkedRecordKind = keyof typeof LINKED_RECORD_REGISTRY;
/** The kinds, by value, for GraphQL and for code. */
export const LinkedRecordKind = Object.fromEntries(
  Object.keys(LINKED_RECORD_REGISTRY).map((kind) => [kind, kind]),
) as { readonly [Kind in LinkedRecordKind]: Kind };
registerEnumType(LinkedRecordKind, {
  name: 'LinkedRecordKind',
  description: 'Kind of a department record that a referral or a case may link (关联记录类型)',
  valuesConfig: Object.fromEntries(
    Object.entries(LINKED_RECORD_REGISTRY).map(([kind, entry]) => [
      kind,
      { description: `${entry.english} (${entry.label}), kept by ${entry.department}` },
    ]),
  ),
});

/** Every kind, in the registry's order. */
export const LINKED_RECORD_KINDS = Object.keys(LINKED_RECORD_REGISTRY) as [
  LinkedRecordKind,
  ...LinkedRecordKind[],
];

/** The kinds a department keeps. */
export type KindOf<D extends DepartmentCode> = {
  [K in LinkedRecordKind]: (typeof LINKED_RECORD_REGISTRY)[K]['department'] extends D ? K : never;
}[LinkedRecordKind];

/** The department that keeps records of a kind. */
export function ownerOfKind(kind: LinkedRecordKind): DepartmentCode {
  return LINKED_RECORD_REGISTRY[kind].department;
}

/** The kinds a department keeps, in the registry's order. */
export function kindsOf(department: DepartmentCode): LinkedRecordKind[] {
  return LINKED_RECORD_KINDS.filter((kind) => ownerOfKind(kind) === department);
}

/** What the owning department vouches for about one of its records. */
export interface RecordFacts {
  id: string;
  kind: LinkedRecordKind;
  /** The department that keeps the record (always the kind's owner). */
  department: DepartmentCode;
  /**
   * The person of the shared register the record is about; null when it names no single person
   * (a service record lists its people apart, a family service counts households, a volunteer
   * may not be on the register).
   */
  personId: string | null;
  /** The division the record is scoped by (the person's residence, or where it was delivered). */
  regionCode: string;
  /** The day it was delivered, granted, opened or enrolled (YYYY-MM-DD). */
  date: string;
}

/**
 * The departments' records as one request sees them: `null` when the record does not exist, is
 * not of that kind, lies outside the caller's region, or the caller does not work for the
 * department that keeps it.
 */
export interface RecordsLookup {
  find(kind: LinkedRecordKind, id: string): Promise<RecordFacts | null>;
}

/**
 * Where a department keeps one kind of record, in its own database. Names are SQL identifiers of
 * the table, written by the department, never by a client.
 */
export interface LinkableSource {
  table: string;
  /**
   * The column of the person's id; `{ via, key, column }` when the person is on a row the record
   * points to (`volunteer_services.volunteer_id` → `volunteers.person_id`); null when none.
   */
  person: string | { via: string; key: string; column: string } | null;
  /** The column of the division code that scopes the record. */
  region: string;
  /** The column of the record's date. */
  date: string;
  /** Only rows of the table that are records of the kind: a condition, the table aliased `r`. */
  where?: string;
}

/** How a department reads each kind it keeps: every one of them, and no other. */
export type LinkableRecords<D extends DepartmentCode = DepartmentCode> = {
  [K in KindOf<D>]: LinkableSource;
};
