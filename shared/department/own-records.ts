import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../context.js';
import { findConnection, type Connection, type ConnectionArgs } from '../pagination.js';
import { scopeWhere, subtreeFilter } from '../scope.js';
import { writtenBy } from './written.js';

// A department's own places and people (teams, homes, funds, volunteers): listed only in the
// caller's region, and registered again without a second record when the client repeats itself.

interface OwnRecordsContext {
  em: EntityManager;
  principal: Principal;
}

/**
 * One page of a department's records whose division `column` lies in the caller's region and
 * under `regionCode` when the client narrows the list to a subtree, matching `where` too.
 */
export function findInRegion<T extends { id: string }>(
  ctx: OwnRecordsContext,
  entity: EntityClass<T>,
  page: ConnectionArgs,
  regionCode: string | null | undefined,
  where: object = {},
  column = 'regionCode',
): Promise<Connection<T>> {
  const scope = { [column]: scopeWhere(ctx.principal).regionCode };
  const filter = { $and: [scope, subtreeFilter(regionCode, column), where] };
  return findConnection(ctx.em, entity, filter, page);
}

/**
 * Registers a record by its natural `key` (a region and a name, a person): the record the key
 * finds takes the new `fields`; otherwise a new one is written by the caller, with the key. A
 * `null` key (none given) always writes a new record. Flushed.
 */
export async function registerOwn<T extends object>(
  ctx: OwnRecordsContext,
  entity: EntityClass<T>,
  key: Partial<T> | null,
  fields: Partial<T>,
): Promise<T> {
  const existing = key ? await ctx.em.findOne(entity, key) : null;
  const record = existing
    ? Object.assign(existing, fields)
    : ctx.em.create(entity, {
        ...key,
        ...fields,
        ...writtenBy(ctx.principal),
      } as RequiredEntityData<T>);
  await ctx.em.flush();
  return record;
}
