import type { EntityManager } from '@mikro-orm/postgresql';
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
  };
}

export type HouseholdLoaders = ReturnType<typeof createHouseholdLoaders>;
