import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { Principal } from '../context.js';
import { FreeText } from '../input/rules.js';
import { unusableReference } from './owned.js';
import { keyReused, keyScopeOf } from './written.js';

// Money recorded in error is corrected the way a ledger is: a reversing entry (冲正) that names
// the entry it reverses and why, with the negative amount, so that totals net out and history
// stays. Entries are never edited or deleted.

/** Document number of a reversing entry: the reversed entry's, marked (冲正). */
export const REVERSAL_PREFIX = '冲正:';

@InputType({ description: 'A reversal of an entry recorded in error (冲正)' })
export class ReversalInput {
  @Field({ description: 'Document number of the entry to reverse (原单号)' })
  @Length(1, 100)
  reference!: string;

  @Field({ description: 'Why it is reversed (冲正原因), 2–500 characters' })
  @FreeText()
  @Length(2, 500)
  reason!: string;
}

/** An entry that can be reversed: written under a key, and possibly reversing another. */
interface Reversible {
  id: string;
  reference: string;
  reversesId: string | null;
  reason: string | null;
}

/**
 * The entry to reverse, found only among the caller's own (an entry of another region reads as
 * one never made), and its reversal when one was made before: the same reason replays it, another
 * is `CONFLICT`.
 */
export async function reversalOf<T extends Reversible>(
  ctx: { em: EntityManager; principal: Principal },
  entity: EntityName<T>,
  input: ReversalInput,
  noun: string,
): Promise<{ original: T; earlier: T | null }> {
  const original = await ctx.em.findOne(entity, {
    keyScope: keyScopeOf(ctx.principal),
    reference: input.reference,
    reversesId: null,
  } as FilterQuery<NoInfer<T>>);
  if (!original) throw unusableReference(noun, 'reference');
  const earlier = await ctx.em.findOne(entity, { reversesId: original.id } as FilterQuery<
    NoInfer<T>
  >);
  if (earlier && earlier.reason !== input.reason) throw keyReused('reference', input.reference);
  return { original, earlier };
}
