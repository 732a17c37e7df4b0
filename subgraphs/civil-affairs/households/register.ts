import { requireOwned } from '../../../shared/department/owned.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { badInput, forbidden } from '../../../shared/errors.js';
import { Household, HouseholdMember } from '../entities/index.js';
import { HouseholdEventKind, HouseholdRelation } from '../entities/enums.js';
import type { RegisterHouseholdInput } from '../graphql/household.input.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from '../rules.js';
import {
  alreadyHoused,
  checkChangeDay,
  housedAmong,
  orAlreadyHoused,
  recordEvent,
} from './membership.js';

/** Only civil affairs keeps the categories of the register, of people and of households. */
export function requireCategoryKeeper(ctx: CivilAffairsContext, writes: boolean): void {
  if (writes && ctx.principal.department !== 'CIVIL_AFFAIRS') {
    throw forbidden('categories of the register are kept by civil affairs');
  }
}

/**
 * Registers a household: its head and members must be people of the caller's region, none of
 * them in a current household, the head the only HEAD; its village one of the caller's region
 * (the head's when not given). A retry with the same key returns the first household.
 */
export async function registerHousehold(
  ctx: CivilAffairsContext,
  input: RegisterHouseholdInput,
): Promise<Household> {
  const head = await requireExisting(ctx, 'person', input.headPersonId, 'headPersonId');
  const others = input.members
    .map((member, index) => ({ ...member, field: `members.${index}` }))
    .filter((member) => member.personId !== head.id || member.relation !== HouseholdRelation.HEAD);
  for (const member of others) {
    await requireExisting(ctx, 'person', member.personId, `${member.field}.personId`);
  }
  const villageCode = input.villageCode ?? head.regionCode;
  const village = await requireOwned(ctx, 'region', villageCode, 'villageCode');
  if (village.level !== 'VILLAGE') {
    throw badInput(
      'villageCode',
      "villageCode: the head's division is not a village; name the household's village",
    );
  }
  requireCategoryKeeper(ctx, input.categories.length > 0);
  checkChangeDay(input.joinedOn, 'joinedOn');
  const seen = new Set([head.id]);
  for (const member of others) {
    if (member.personId === head.id) {
      throw badInput(`${member.field}.relation`, 'the head is listed as HEAD, or not at all');
    }
    if (member.relation === HouseholdRelation.HEAD) {
      throw badInput(`${member.field}.relation`, 'the head (headPersonId) is the only HEAD');
    }
    if (seen.has(member.personId)) {
      throw badInput(`${member.field}.personId`, 'a person is listed twice');
    }
    seen.add(member.personId);
  }
  const earlier = await replayOf(ctx, Household, input, 'idempotencyKey');
  if (earlier) return earlier;
  const housed = await housedAmong(ctx.em, [...seen]);
  if (housed.has(head.id)) throw alreadyHoused('headPersonId');
  const taken = others.find((member) => housed.has(member.personId));
  if (taken) throw alreadyHoused(`${taken.field}.personId`);
  return orAlreadyHoused('members', () =>
    ctx.em.transactional(async (tx) => {
      const household = tx.create(Household, {
        regionCode: village.code,
        address: input.address ?? null,
        categories: [...new Set(input.categories)],
        headPersonId: head.id,
        idempotencyKey: input.idempotencyKey ?? null,
        ...keyedBy(ctx.principal, input),
      });
      const members = [{ personId: head.id, relation: HouseholdRelation.HEAD }, ...others];
      for (const member of members) {
        tx.create(HouseholdMember, {
          householdId: household.id,
          personId: member.personId,
          relation: member.relation,
          joinedOn: input.joinedOn,
          recordedBy: ctx.principal.subject,
          recordedByDepartment: ctx.principal.department,
        });
        recordEvent(tx, ctx.principal, {
          householdId: household.id,
          kind: HouseholdEventKind.JOINED,
          personId: member.personId,
          relation: member.relation,
          effectiveOn: input.joinedOn,
        });
      }
      return household;
    }),
  );
}
