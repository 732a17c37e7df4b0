import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Inserts demo rows in batches: one INSERT of a whole slice could pass PostgreSQL's limit of
 * 65,535 parameters per statement when a place published six-figure counts.
 */
export async function insertInBatches<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: unknown[],
  size = 2_000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await em.insertMany(entity, rows.slice(start, start + size) as never[]);
  }
}
