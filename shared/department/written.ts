import { createHash } from 'node:crypto';
import type { EntityName, FilterQuery, Opt, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Property } from '@mikro-orm/decorators/legacy';
import { GraphQLError } from 'graphql';
import type { Principal } from '../context.js';
import { ErrorCode } from '../errors.js';

// Every record a department writes says who wrote it, and every write that a client may retry
// carries a key that is the client's own: unique within the writing department and the writer's
// region, looked up only there, and bound to the request it was first sent with.

/** Who wrote a record: the subject of the token and the department it works for. */
export abstract class WrittenRecord {
  /** Subject (`sub`) of the caller who wrote the record; `system` for loaded data. */
  @Property({ type: 'string', length: 200 })
  recordedBy: string & Opt = 'system';

  /** Department of the caller who wrote the record. */
  @Property({ type: 'string', length: 40 })
  recordedByDepartment: string & Opt = 'system';
}

/** A record written under an idempotency key or document number that a client may retry. */
export abstract class KeyedRecord extends WrittenRecord {
  /** The key's namespace: the writing department and the writer's region (`TRADE_UNION:230127`). */
  @Property({ type: 'string', length: 120 })
  keyScope: string & Opt = '';

  /** Hash of the request that first used the key; a replay must send the same one. */
  @Property({ type: 'string', length: 64, nullable: true })
  requestFingerprint?: string | null;
}

/** The columns that say who wrote a record. */
export function writtenBy(principal: Principal): {
  recordedBy: string;
  recordedByDepartment: string;
} {
  return { recordedBy: principal.subject, recordedByDepartment: principal.department };
}

/** The namespace of the caller's keys. */
export function keyScopeOf(principal: Principal): string {
  return `${principal.department}:${principal.regionCode}`;
}

/** JSON with sorted keys, so that the same input always hashes alike. */
function canonical(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** SHA-256 of a request's input, written with the record its key created. */
export function fingerprintOf(input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}

/** What a keyed write stores besides its own fields. */
export function keyedBy(
  principal: Principal,
  input: unknown,
): ReturnType<typeof writtenBy> & { keyScope: string; requestFingerprint: string } {
  return {
    ...writtenBy(principal),
    keyScope: keyScopeOf(principal),
    requestFingerprint: fingerprintOf(input),
  };
}

/** `CONFLICT` naming the key: it was used before, for a request that differs from this one. */
export function keyReused(field: string, key: string): GraphQLError {
  return new GraphQLError(
    `${field} "${key}" was already used for a different request; send a new ${field} for a new record`,
    { extensions: { code: ErrorCode.CONFLICT, field } },
  );
}

/**
 * The record an earlier request with the same key (`input[field]`) wrote in the caller's
 * namespace, when this request is the same one again; `null` when the key is new there or none
 * was given; `CONFLICT` when it differs. Keys of other departments and regions are never read.
 */
export async function replayOf<T extends object>(
  ctx: { em: EntityManager; principal: Principal },
  entity: EntityName<T>,
  input: object,
  field: 'reference' | 'idempotencyKey',
): Promise<T | null> {
  const key = (input as Record<string, unknown>)[field] as string | null | undefined;
  if (key == null) return null;
  const where = { keyScope: keyScopeOf(ctx.principal), [field]: key } as FilterQuery<NoInfer<T>>;
  const earlier = await ctx.em.findOne(entity, where);
  if (!earlier) return null;
  const fingerprint = (earlier as { requestFingerprint?: string | null }).requestFingerprint;
  if (fingerprint !== fingerprintOf(input)) throw keyReused(field, key);
  return earlier;
}

/**
 * The record a keyed write stands for: the one an earlier identical request wrote under the same
 * key ({@link replayOf}), or a new one made of `values` with the writer and the key, flushed. A
 * key used before for a different request is a `CONFLICT`, and nothing is written. `written`,
 * when given, runs after the new record's flush in the same transaction (a replay runs nothing):
 * both commit, or neither.
 */
export async function writeOnce<T extends object>(
  ctx: { em: EntityManager; principal: Principal },
  entity: EntityName<T>,
  input: object,
  field: 'reference' | 'idempotencyKey',
  values: Omit<RequiredEntityData<T>, keyof ReturnType<typeof keyedBy>>,
  written?: (tx: EntityManager, row: T) => Promise<unknown>,
): Promise<T> {
  const earlier = await replayOf(ctx, entity, input, field);
  if (earlier) return earlier;
  const write = async (em: EntityManager): Promise<T> => {
    const row = em.create(entity, {
      ...values,
      ...keyedBy(ctx.principal, input),
    } as RequiredEntityData<T>);
    await em.flush();
    await written?.(em, row);
    return row;
  };
  return written ? ctx.em.transactional(write) : write(ctx.em);
}
