import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lookup } from '../lookup.js';
import type { ColumnSpec, RowReader } from '../row.js';

/** What an imported row did to the database. */
export type Outcome = 'created' | 'updated' | 'unchanged';

/** Shared by every row of one import: the transaction, the lookup, the keys already seen. */
export interface WriteContext {
  em: EntityManager;
  lookup: Lookup;
  /** Natural key → line that first used it, to refuse the same record twice in one file. */
  seen: Map<string, number>;
  /** Existing records by the kind's natural key, filled by `prefetch`. */
  existing: Map<string, unknown>;
}

/**
 * One import format (stations, agencies…): its columns, how a row is read and checked on its
 * own, what it needs loaded from the database, and how it is matched and written.
 */
export interface ImportKind<Draft> {
  columns: ColumnSpec[];
  /** Reads one row and checks it with the mutation's input rules; problems go to the row. */
  read(row: RowReader): Promise<Draft>;
  /** Loads in bulk the existing records the drafts may match or refer to. */
  prefetch(context: WriteContext, drafts: Draft[]): Promise<void>;
  /** Resolves references, then creates, updates or leaves the record; null when the row failed. */
  write(draft: Draft, row: RowReader, context: WriteContext): Promise<Outcome | null>;
}

/** Refuses a natural key already used on an earlier line of the file. */
export function firstUse(
  context: WriteContext,
  row: RowReader,
  key: string,
  field: string,
  label: string,
): boolean {
  const earlier = context.seen.get(key);
  if (earlier !== undefined) {
    row.fail(field, `the same ${label} as line ${earlier}`);
    return false;
  }
  context.seen.set(key, row.line);
  return true;
}

const comparable = (value: unknown): unknown => {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return JSON.stringify([...(value as unknown[])].sort());
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
};

/**
 * Sets the fields the file gives (undefined means the column was absent) and says whether any
 * changed, so that an unchanged row is not written and keeps its `updatedAt`.
 */
export function assignChanges<T extends object>(entity: T, patch: Partial<T>): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(patch) as Array<[keyof T, T[keyof T]]>) {
    if (value === undefined) continue;
    const current = entity[key] as unknown;
    const same =
      typeof value === 'bigint' && current != null
        ? BigInt(current as bigint) === value
        : comparable(current) === comparable(value);
    if (!same) {
      entity[key] = value;
      changed = true;
    }
  }
  return changed;
}
