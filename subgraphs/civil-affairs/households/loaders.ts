import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsOf } from '../../../shared/db/statements.js';
import { toBenefitView, type BenefitFields, type BenefitView } from '../graphql/benefit.js';
import type { Principal } from '../../../shared/context.js';
import { entityLoader, groupLoader } from '../../../shared/loaders.js';
import { scopeWhere } from '../../../shared/scope.js';
import { Household, HouseholdMember, HouseholdMembershipEvent } from '../entities/index.js';

/**
 * Loaders of households for one request. A household is seen in the caller's region (the
 * village of its address); anything else loads as null, like a missing row. Whether the caller's
 * role may see it is the resolvers' part.
 */
export function createHouseholdLoaders(em: EntityManager, principal: Principal) {
  const current = { leftOn: null };
  return {
    household: entityLoader(em, Household, 'id', scopeWhere(principal)),
    /** Current members of each household, in the order they joined. */
    membersByHousehold: groupLoader(
      em,
      HouseholdMember,
      'householdId',
      { joinedOn: 'asc', id: 'asc' },
      current,
    ),
    /** Each person's current membership, if any. */
    membershipOfPerson: entityLoader(em, HouseholdMember, 'personId', current),
    eventsByHousehold: groupLoader(em, HouseholdMembershipEvent, 'householdId', {
      at: 'asc',
      id: 'asc',
    }),
    benefitsByHousehold: new DataLoader<string, BenefitView[]>((ids) =>
      benefitsOfHouseholds(em, principal, ids),
    ),
  };
}

/**
 * The ledger's help to each household: to whoever was a member on the day it was given, oldest
 * first, counted in the caller's region; one statement for a batch of households.
 */
async function benefitsOfHouseholds(
  em: EntityManager,
  principal: Principal,
  ids: readonly string[],
): Promise<BenefitView[][]> {
  const rows = await rowsOf<BenefitFields & { householdId: string }>(
    em,
    `SELECT m.household_id::text AS "householdId", b.department, b.programme, b.kind,
            b.given_on::text AS "givenOn", b.quantity, b.unit, b.reversed,
            b.applied_at AS "appliedAt", b.amount_fen::text AS "amountFen",
            b.person_id::text AS "personId", b.region_code AS "regionCode"
       FROM household_members m
       JOIN benefits b ON b.person_id = m.person_id
        AND b.given_on >= m.joined_on AND (m.left_on IS NULL OR b.given_on < m.left_on)
      WHERE m.household_id = ANY(?::uuid[]) AND b.region_code LIKE ?
      ORDER BY b.given_on, b.department, b.record_id`,
    [`{${ids.join(',')}}`, scopeWhere(principal).regionCode.$like],
  );
  const byHousehold = new Map<string, BenefitView[]>(ids.map((id) => [id, []]));
  for (const row of rows) byHousehold.get(row.householdId)?.push(toBenefitView(row));
  return ids.map((id) => byHousehold.get(id)!);
}
