import type { EntityMetadata, EntityName, Platform } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedRows } from './prepared.js';

// Reads that write nothing back need no entity instances: the ORM's hydration, identity map and
// change-set snapshots were a third of a read's CPU. These reads take the rows as plain objects
// in the entity's shape instead (property names and JavaScript types), built from the query
// builder's result as the ORM's hydrator would build the entity.
//
// Building the statement was most of what was left: a loader asks the same question with other
// keys on every request. The statement is therefore kept per entity and shape of the question (its
// conditions with every value taken out, lists by their length, its order, whether it is limited) once the
// query builder has shown, on the first question of that shape, that its parameters are exactly
// the values in the order they appear; a shape for which it does anything else (a value converted,
// written into the text, or reordered) is always built by the query builder. A kept statement is
// sent as a named statement where it can be (`prepared.ts`), so that PostgreSQL need not plan it
// on every request either; counts keep theirs the same way.

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

/** A question with its values taken out: its shape as text, and the values in order. */
interface Shape {
  key: string;
  values: unknown[];
}

/** A condition holding something other than plain objects, lists and scalars: never kept. */
class NoShape extends Error {}

/**
 * Whether the query builder sends a value compared with this property as it is given: not for a
 * property of a mapped type (amounts, arrays, JSON), whose values it converts, nor for a name that
 * is no property of the entity.
 */
function passesValues(meta: EntityMetadata, name: string): boolean {
  const prop = meta.properties[name as never] as EntityMetadata['props'][number] | undefined;
  return !!prop && !prop.customType && !prop.array;
}

function shapeOf(meta: EntityMetadata, where: object, options: RowsOptions<object>): Shape | null {
  const values: unknown[] = [];
  const walk = (value: unknown): string => {
    if (value === null) return 'null';
    if (Array.isArray(value)) return `[${value.map(walk).join(',')}]`;
    if (value instanceof Date) {
      values.push(value);
      return 'd';
    }
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'bigint':
      case 'boolean':
        values.push(value);
        return (typeof value)[0]!;
      case 'object': {
        const prototype = Object.getPrototypeOf(value) as unknown;
        if (prototype !== Object.prototype && prototype !== null) throw new NoShape();
        const entries = Object.entries(value as Record<string, unknown>);
        if (entries.some(([name]) => !name.startsWith('$') && !passesValues(meta, name)))
          throw new NoShape();
        return `{${entries
          .filter(([, inner]) => inner !== undefined)
          .map(([name, inner]) => `${JSON.stringify(name)}:${walk(inner)}`)
          .join(',')}}`;
      }
      default:
        throw new NoShape();
    }
  };
  try {
    const conditions = walk(where);
    // The limit is the statement's last parameter.
    const limited = options.limit !== undefined;
    if (limited) values.push(options.limit);
    return { key: `${conditions}|${JSON.stringify(options.orderBy ?? {})}|${limited}`, values };
  } catch (error) {
    if (error instanceof NoShape) return null;
    throw error;
  }
}

/** The same values, in the same order: what the query builder made its parameters of. */
function sameValues(params: readonly unknown[], values: unknown[]): boolean {
  return (
    params.length === values.length &&
    params.every((param, index) => {
      const value = values[index];
      if (value instanceof Date) return param instanceof Date && +param === +value;
      return param === value;
    })
  );
}

/** Statements by entity and shape of question; null where the query builder must build each. */
const statements = new WeakMap<EntityMetadata, Map<string, string | null>>();
/** Shapes kept per entity at most: the questions an application asks are few. */
const SHAPES_PER_ENTITY = 500;

function statementsOf(meta: EntityMetadata): Map<string, string | null> {
  let known = statements.get(meta);
  if (!known) {
    known = new Map();
    statements.set(meta, known);
  }
  return known;
}

/** The query builder's statement for the rows of an entity's table matching `where`. */
export function rowsQuery<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: object,
  options: RowsOptions<T> = {},
) {
  const qb = em
    .createQueryBuilder(entity)
    .select('*')
    .where(where as never);
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit !== undefined) qb.limit(options.limit);
  return qb;
}

/** Keeps the statement of a shape seen for the first time, if the query builder passed its values through. */
function keep(
  meta: EntityMetadata,
  key: string,
  built: { sql: string; params: readonly unknown[] },
  values: unknown[],
) {
  const known = statementsOf(meta);
  if (known.size >= SHAPES_PER_ENTITY) known.delete(known.keys().next().value as string);
  known.set(key, sameValues(built.params, values) ? built.sql : null);
}

/** Runs a kept statement on the connection, and in the transaction, the query builder would have used. */
async function runKept(
  em: EntityManager,
  statement: string,
  values: unknown[],
): Promise<Array<Record<string, unknown>>> {
  const prepared = await preparedRows(em, statement, values);
  if (prepared) return prepared;
  const context: unknown = em.getTransactionContext();
  const reading = !context && em.config.get('preferReadReplicas');
  return em
    .getDriver()
    .getConnection(reading ? 'read' : 'write')
    .execute<Array<Record<string, unknown>>>(
      statement,
      values,
      'all',
      context,
      em.getLoggerContext(),
    );
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
  const meta = em.getMetadata().get(entity);
  const shape = shapeOf(meta, where, options);
  const statement = shape ? statementsOf(meta).get(shape.key) : null;
  let rows: Array<Record<string, unknown>>;
  if (shape && statement) {
    const driver = em.getDriver();
    const raw = await runKept(em, statement, shape.values);
    rows = raw.map((row) => driver.mapResult(row as never, meta) as Record<string, unknown>);
  } else {
    const qb = rowsQuery(em, entity, where, options);
    if (shape && statement === undefined) keep(meta, shape.key, qb.toQuery(), shape.values);
    rows = await qb.execute<Array<Record<string, unknown>>>('all');
  }
  const list = convertersOf(meta, em.getPlatform());
  for (const row of rows) {
    for (const [name, convert] of list) {
      const value = row[name];
      if (value != null) row[name] = convert(value);
    }
  }
  return rows as T[];
}

/** How many rows of an entity's table match `where`; its statement kept per shape as `findRows` keeps its own. */
export async function countRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: object,
): Promise<number> {
  const meta = em.getMetadata().get(entity);
  const found = shapeOf(meta, where, {});
  // Kept beside the rows' statements of the same shape, under a key of its own.
  const shape = found && { key: `count|${found.key}`, values: found.values };
  const statement = shape ? statementsOf(meta).get(shape.key) : null;
  if (shape && statement) {
    const [row] = await runKept(em, statement, shape.values);
    return Number(row?.count ?? 0);
  }
  const qb = em
    .createQueryBuilder(entity)
    .count()
    .where(where as never);
  if (shape && statement === undefined) keep(meta, shape.key, qb.toQuery(), shape.values);
  const row = await qb.execute<{ count: number | string }>('get');
  return Number(row.count);
}
