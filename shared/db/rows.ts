import type { EntityMetadata, EntityName, Platform } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

// Reads that write nothing back need no entity instances: the ORM's hydration, identity map and
// change-set snapshots were a third of a read's CPU. These reads take the rows as plain objects
// in the entity's shape instead (property names and JavaScript types), built from the query
// builder's result as the ORM's hydrator would build the entity.

type Convert = (value: unknown) => unknown;

const converters = new WeakMap<EntityMetadata, Array<[string, Convert]>>();

/** How each property's database value becomes what the entity holds, for those that change. */
function convertersOf(meta: EntityMetadata, platform: Platform): Array<[string, Convert]> {
  let list = converters.get(meta);
  if (list) return list;
  list = [];
  for (const prop of meta.props) {
    if (prop.persist === false) continue;
    const type = prop.customType;
    if (type) {
      list.push([prop.name, (value): unknown => type.convertToJSValue(value, platform)]);
    } else if (prop.runtimeType === 'boolean') {
      list.push([prop.name, (value) => !!value]);
    } else if (prop.runtimeType === 'Date') {
      list.push([
        prop.name,
        (value) => (value instanceof Date ? value : new Date(value as string)),
      ]);
    }
  }
  converters.set(meta, list);
  return list;
}

export interface RowsOptions<T> {
  orderBy?: Partial<Record<keyof T & string, 'asc' | 'desc'>>;
  limit?: number;
}

/**
 * Rows of an entity's table matching `where`, as plain objects with the entity's properties and
 * their JavaScript types (a `bigint` column as a `bigint`), not managed by the entity manager:
 * for reads whose results are shown, never changed and flushed.
 */
export async function findRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: object,
  options: RowsOptions<T> = {},
): Promise<T[]> {
  const qb = em
    .createQueryBuilder(entity)
    .select('*')
    .where(where as never);
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit !== undefined) qb.limit(options.limit);
  const rows = await qb.execute<Array<Record<string, unknown>>>('all');
  const list = convertersOf(em.getMetadata().get(entity), em.getPlatform());
  for (const row of rows) {
    for (const [name, convert] of list) {
      const value = row[name];
      if (value != null) row[name] = convert(value);
    }
  }
  return rows as T[];
}
