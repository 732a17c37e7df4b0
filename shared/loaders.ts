import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findRows } from './db/rows.js';

/** Puts rows back in the order of the requested keys, `null` where a key has no row. */
export function byKeyOrder<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
): Array<T | null> {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups rows under the requested keys, an empty list where a key has none. */
export function groupedByKey<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * One `SELECT … WHERE <field> IN (…)` per batch of keys; misses are `null` (unlike the ORM's own
 * references, which would hand back uninitialised placeholders). The rows are plain objects in
 * the entity's shape, not managed entities: what a loader returns is read, never flushed.
 */
export function entityLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: keyof T & string,
  extraWhere: object = {},
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const where = { $and: [{ [field]: { $in: [...keys] } }, extraWhere] };
    const rows = await findRows(em, entity, where);
    return byKeyOrder(keys, rows, (row) => row[field] as string);
  });
}

/** One query per batch returning, for each key, every row whose `field` equals it, as plain rows. */
export function groupLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: keyof T & string,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>> = {},
  extraWhere: object = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const where = { $and: [{ [field]: { $in: [...keys] } }, extraWhere] };
    const rows = await findRows(em, entity, where, { orderBy });
    return groupedByKey(keys, rows, (row) => row[field] as string);
  });
}
