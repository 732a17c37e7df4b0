import { personalAccess, REGISTER, type RecordHolder } from '../../../shared/department/access.js';
import {
  maskPersonal,
  type MaskForms,
  type PersonalKind,
} from '../../../shared/department/masking.js';
import type { Department } from '../../../shared/enums.js';
import type { HouseholdMember, HouseholdMembershipEvent, Person } from '../entities/index.js';
import type {
  HouseholdMemberView,
  HouseholdMembershipEventView,
  HouseholdView,
} from '../graphql/household.js';
import { toPersonView } from '../graphql/person.js';
import type { CivilAffairsContext } from '../loaders.js';

// What each caller sees of a household: the rule of each kind of field, as for the person. A
// village, an address and the dates of who joined and left are the household's whereabouts and
// story; its categories are civil affairs' record of assistance.

/** What the caller sees of one value of a household under the masking rule of its kind. */
export function seen<T>(
  ctx: CivilAffairsContext,
  kind: PersonalKind,
  holder: RecordHolder,
  value: T,
  forms?: MaskForms<T>,
): T | null {
  return maskPersonal(kind, value, ctx.principal, ctx.purpose, holder, forms);
}

/** Whether the request reveals a holder's records (and must log what it shows of them). */
export function reveals(ctx: CivilAffairsContext, holder: RecordHolder): boolean {
  return personalAccess(ctx.principal, ctx.purpose, holder) === 'revealed';
}

/** The people of the register a list of rows names, through the request's loader. */
async function peopleOf(ctx: CivilAffairsContext, ids: Array<string | null>) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const loaded = await ctx.loaders.person.loadMany(wanted);
  const byId = new Map<string, Person>();
  loaded.forEach((person) => {
    if (person instanceof Error) throw person;
    if (person) byId.set(person.id, person);
  });
  return (id: string | null) => {
    const person = id ? byId.get(id) : undefined;
    return person ? toPersonView(person) : null;
  };
}

/** The current members of a household as the caller sees them. */
export async function memberViews(
  ctx: CivilAffairsContext,
  rows: HouseholdMember[],
): Promise<HouseholdMemberView[]> {
  const person = await peopleOf(
    ctx,
    rows.map((row) => row.personId),
  );
  return rows.map((row) => ({
    person: person(row.personId),
    relation: row.relation,
    joinedOn: seen(ctx, 'eventDate', REGISTER, row.joinedOn),
  }));
}

/** A household's history as the caller sees it. */
export async function eventViews(
  ctx: CivilAffairsContext,
  rows: HouseholdMembershipEvent[],
): Promise<HouseholdMembershipEventView[]> {
  const person = await peopleOf(
    ctx,
    rows.flatMap((row) => [row.personId, row.formerHeadPersonId]),
  );
  return rows.map((row) => ({
    kind: row.kind,
    person: person(row.personId),
    relation: row.relation,
    formerHead: person(row.formerHeadPersonId),
    effectiveOn: seen(ctx, 'eventDate', REGISTER, row.effectiveOn),
    at: seen(ctx, 'eventDate', REGISTER, row.at),
    byDepartment: row.byDepartment as Department,
    reason: seen(ctx, 'caseWork', REGISTER, row.reason),
  }));
}

/** The township of a household's village, for analysts (the first nine digits). */
export function townshipOf(household: HouseholdView): string {
  return household.regionCode.slice(0, 9);
}
