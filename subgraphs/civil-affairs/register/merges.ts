import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { v7 as uuidv7 } from 'uuid';
import { AccessLogEntry } from '../../../shared/audit/access-log.entity.js';
import type { Principal } from '../../../shared/context.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { inTransaction, rowsOf } from '../../../shared/db/statements.js';
import { badInput, ErrorCode } from '../../../shared/errors.js';
import type { RegisterChange, RegisterChangeKind } from '../../../shared/register/changes.js';
import { moveRecords, restoreRecords } from '../../../shared/register/moves.js';
import { inScope } from '../../../shared/scope.js';
import { Person, PersonMerge } from '../entities/index.js';
import { civilAffairsPersonal } from '../personal.js';

// Merging two entries of the register that are one person, and undoing it. Civil affairs writes
// the merge, moves its own records and appends the change to the register's change log in one
// transaction; every other department follows the log and moves its own (shared/register/).
// Changes are serialised by a lock on the log, so that its `seq` order is the order in which they
// committed and a follower that has read up to a position never misses an earlier one.

interface WriteContext {
  em: EntityManager;
  principal: Principal;
  requestId: string;
}

function conflict(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.CONFLICT, field },
  });
}

/** A reason that says something: blank is refused on `reason`. */
function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw badInput('reason', 'reason: say why (it is kept in the log)');
  return trimmed;
}

/** Serialises the changes of the register, for the rest of the transaction. */
async function lockChangeLog(tx: EntityManager): Promise<void> {
  await rowsOf(tx, "select pg_advisory_xact_lock(hashtext('register_changes'))");
}

/** Appends a change to the log; returns its position. */
async function appendChange(
  tx: EntityManager,
  kind: RegisterChangeKind,
  change: Omit<RegisterChange, 'seq' | 'kind'>,
): Promise<RegisterChange> {
  const [row] = await rowsOf<{ seq: string }>(
    tx,
    `insert into register_changes (kind, merge_id, survivor_id, merged_id, survivor_region_code)
     values (?, ?, ?, ?, ?) returning seq::text as seq`,
    [kind, change.mergeId, change.survivorId, change.mergedId, change.survivorRegionCode],
  );
  return { ...change, kind, seq: row!.seq };
}

/** An entry of the register in the caller's region, locked for the change; else the one refusal. */
async function lockPerson(
  tx: EntityManager,
  principal: Principal,
  id: string,
  field: string,
): Promise<Person> {
  const person = await tx.findOne(Person, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!person || !inScope(principal, person.regionCode)) throw unusableReference('person', field);
  return person;
}

/** The access log keeps who merged or parted which entries, and why, like a reveal. */
function logChange(
  tx: EntityManager,
  ctx: WriteContext,
  field: string,
  reason: string,
  people: Person[],
): void {
  for (const person of people) {
    tx.create(AccessLogEntry, {
      subject: ctx.principal.subject,
      department: ctx.principal.department,
      roles: ctx.principal.roles,
      personId: person.id,
      personRegionCode: person.regionCode,
      fields: [field],
      purpose: reason,
      requestId: ctx.requestId,
    });
  }
}

/**
 * Merges `mergedId` into `survivorId`: both entries in the caller's region and neither merged
 * away already. The merged entry stays in the register, marked; civil affairs' records of it move
 * to the survivor, and the change is appended to the log the other departments follow.
 */
export async function mergePeople(
  ctx: WriteContext,
  input: { survivorId: string; mergedId: string; reason: string },
): Promise<PersonMerge> {
  const reason = requireReason(input.reason);
  if (input.survivorId === input.mergedId) {
    throw badInput('mergedId', 'mergedId: an entry cannot be merged into itself');
  }
  return inTransaction(ctx.em, async (tx) => {
    await lockChangeLog(tx);
    const survivor = await lockPerson(tx, ctx.principal, input.survivorId, 'survivorId');
    const merged = await lockPerson(tx, ctx.principal, input.mergedId, 'mergedId');
    if (survivor.mergedInto) {
      throw conflict('survivorId', 'this entry was merged into another already; keep that one');
    }
    if (merged.mergedInto) throw conflict('mergedId', 'this entry was merged already');
    const change = await appendChange(tx, 'person.merged', {
      mergeId: uuidv7(),
      survivorId: survivor.id,
      mergedId: merged.id,
      survivorRegionCode: survivor.regionCode,
    });
    await moveRecords(tx, civilAffairsPersonal, change);
    merged.mergedInto = survivor.id;
    const merge = tx.create(PersonMerge, {
      id: change.mergeId,
      survivorId: survivor.id,
      mergedId: merged.id,
      survivorRegionCode: survivor.regionCode,
      mergedRegionCode: merged.regionCode,
      reason,
      mergedBy: ctx.principal.subject,
      mergeSeq: change.seq,
    });
    logChange(tx, ctx, 'personMerged', reason, [survivor, merged]);
    await tx.flush();
    return merge;
  });
}

/**
 * Undoes a merge the caller's region holds both people of: every record the merge moved that is
 * still the survivor's goes back, records written to the survivor since stay, and the merged
 * entry takes writes again. A survivor merged away since is parted from its own survivor first.
 */
export async function unmergePeople(
  ctx: WriteContext,
  input: { mergeId: string; reason: string },
): Promise<PersonMerge> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx.em, async (tx) => {
    await lockChangeLog(tx);
    const merge = await tx.findOne(
      PersonMerge,
      { id: input.mergeId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const people = merge
      ? await tx.find(Person, { id: { $in: [merge.survivorId, merge.mergedId] } })
      : [];
    const survivor = people.find((person) => person.id === merge?.survivorId);
    const merged = people.find((person) => person.id === merge?.mergedId);
    if (
      !merge ||
      !survivor ||
      !merged ||
      !inScope(ctx.principal, survivor.regionCode) ||
      !inScope(ctx.principal, merged.regionCode)
    ) {
      throw unusableReference('merge', 'mergeId');
    }
    if (merge.undoneAt) throw conflict('mergeId', 'this merge was undone already');
    if (survivor.mergedInto) {
      throw conflict(
        'mergeId',
        'the surviving entry was merged into another since: undo that merge first',
      );
    }
    const change = await appendChange(tx, 'person.unmerged', {
      mergeId: merge.id,
      survivorId: survivor.id,
      mergedId: merged.id,
      survivorRegionCode: survivor.regionCode,
    });
    await restoreRecords(tx, civilAffairsPersonal, change);
    merged.mergedInto = null;
    Object.assign(merge, {
      undoneAt: new Date(),
      undoneBy: ctx.principal.subject,
      undoReason: reason,
      undoSeq: change.seq,
    });
    logChange(tx, ctx, 'personUnmerged', reason, [survivor, merged]);
    await tx.flush();
    return merge;
  });
}
