import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../../shared/context.js';
import { entityLoader, groupLoader } from '../../../shared/loaders.js';
import { scopeWhere } from '../../../shared/scope.js';
import {
  Case,
  CaseEvent,
  CaseGoal,
  CaseLink,
  CaseNeed,
  Consent,
  Referral,
  ReferralEvent,
} from '../entities/index.js';

/**
 * Loaders of case work for one request. Cases are seen by their lead department, referrals by
 * the two departments on either side, each in the caller's region: anything else loads as null,
 * like a missing row. Whether the caller's role may see them is the resolvers' part.
 */
export function createCaseWorkLoaders(em: EntityManager, principal: Principal) {
  const scope = scopeWhere(principal);
  const ownCases = { $and: [scope, { leadDepartment: principal.department }] };
  const ownReferrals = {
    $and: [
      scope,
      {
        $or: [
          { fromDepartment: principal.department },
          { toDepartment: principal.department },
          { leadDepartment: principal.department },
        ],
      },
    ],
  };
  return {
    case: entityLoader(em, Case, 'id', ownCases),
    /** Any case, for what a referral the caller may see shares of it. */
    anyCase: entityLoader(em, Case, 'id'),
    casesByPerson: groupLoader(em, Case, 'personId', { openedOn: 'desc', id: 'desc' }, ownCases),
    needsByCase: groupLoader(em, CaseNeed, 'caseId', { assessedOn: 'asc', id: 'asc' }),
    goalsByCase: groupLoader(em, CaseGoal, 'caseId', { plannedOn: 'asc', id: 'asc' }),
    eventsByCase: groupLoader(em, CaseEvent, 'caseId', { at: 'asc', id: 'asc' }),
    linksByCase: groupLoader(em, CaseLink, 'caseId', { recordDate: 'asc', id: 'asc' }),
    referral: entityLoader(em, Referral, 'id', ownReferrals),
    referralsByCase: groupLoader(em, Referral, 'caseId', { id: 'asc' }, ownReferrals),
    referralsByPerson: groupLoader(em, Referral, 'personId', { id: 'asc' }, ownReferrals),
    eventsByReferral: groupLoader(em, ReferralEvent, 'referralId', { at: 'asc', id: 'asc' }),
    consent: entityLoader(em, Consent, 'id'),
    consentsByPerson: groupLoader(em, Consent, 'personId', { givenOn: 'desc', id: 'desc' }, scope),
  };
}

export type CaseWorkLoaders = ReturnType<typeof createCaseWorkLoaders>;
