import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../../shared/context.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { badInput } from '../../../shared/errors.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { inScope } from '../../../shared/scope.js';
import { Household, HouseholdMember, HouseholdMembershipEvent } from '../entities/index.js';
import type { HouseholdEventKind, HouseholdRelation } from '../entities/enums.js';

// The rules of a household's membership, for every write: a person is a current member of one
// household at most, a household has one head among its members, and every change is one
// transaction with the event that records it, so a refused change writes nothing.

type WriteContext = { em: EntityManager; principal: Principal };

/** `BAD_USER_INPUT` on the field that names a person who already lives in a household. */
export function alreadyHoused(field: string) {
  return badInput(
    field,
    `${field}: this person already belongs to a household; they leave it (removeHouseholdMember) before joining another`,
  );
}

/** The people among `personIds` who are a current member of some household. */
export async function housedAmong(em: EntityManager, personIds: string[]): Promise<Set<string>> {
  const rows = await em.find(HouseholdMember, { personId: { $in: personIds }, leftOn: null });
  return new Set(rows.map((row) => row.personId));
}

/** Appends one event of a household's history, written by the caller. */
export function recordEvent(
  tx: EntityManager,
  principal: Principal,
  values: {
    householdId: string;
    kind: HouseholdEventKind;
    personId: string;
    relation: HouseholdRelation;
    effectiveOn: string;
    reason?: string | null;
    formerHeadPersonId?: string | null;
  },
): void {
  tx.create(HouseholdMembershipEvent, {
    ...values,
    reason: values.reason ?? null,
    formerHeadPersonId: values.formerHeadPersonId ?? null,
    bySubject: principal.subject,
    byDepartment: principal.department,
  });
}

/** A write that a concurrent one beat to the partial unique index: the same refusal as checked. */
export async function orAlreadyHoused<T>(field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw alreadyHoused(field);
    throw error;
  }
}

/** What a change sees of the household it works on, locked for the transaction. */
export interface HouseholdState {
  household: Household;
  /** Current members, in the order they joined. */
  members: HouseholdMember[];
  tx: EntityManager;
}

/**
 * Runs one change of a household in the caller's region: locks it, reads its current members,
 * lets `apply` check the person and the day, change the members and record its events, and
 * returns the household. A household elsewhere reads as one that does not exist.
 */
export async function runHouseholdChange(
  ctx: WriteContext,
  input: { householdId: string; on: string; personId: string },
  apply: (state: HouseholdState) => Promise<void> | void,
): Promise<Household> {
  return orAlreadyHoused('personId', () =>
    ctx.em.transactional(async (tx) => {
      const household = await tx.findOne(
        Household,
        { id: input.householdId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!household || !inScope(ctx.principal, household.regionCode)) {
        throw unusableReference('household', 'householdId');
      }
      const members = await tx.find(
        HouseholdMember,
        { householdId: household.id, leftOn: null },
        { orderBy: { joinedOn: 'asc', id: 'asc' } },
      );
      await apply({ household, members, tx });
      household.updatedAt = new Date();
      return household;
    }),
  );
}

/** A change's day: not after today. */
export function checkChangeDay(on: string, field = 'on'): void {
  if (on > chinaToday()) throw badInput(field, `${field} (${on}) is after today`);
}

/** The current member of the household who is this person, or `BAD_USER_INPUT` on personId. */
export function currentMember(members: HouseholdMember[], personId: string): HouseholdMember {
  const member = members.find((row) => row.personId === personId);
  if (!member) throw badInput('personId', 'personId: this person is not a member of the household');
  return member;
}
