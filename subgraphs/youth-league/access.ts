import type { Principal } from '../../shared/context.js';
import {
  personalAccess,
  type RecordAccess,
  type RecordHolder,
} from '../../shared/department/access.js';

/** The League's records of people served: enrolments in programmes (mostly of minors). */
export const ENROLMENTS: RecordHolder = { owner: 'YOUTH_LEAGUE' };
/** The League's volunteers, whom its admins register too. */
export const VOLUNTEERS: RecordHolder = { owner: 'YOUTH_LEAGUE', managedByAdmins: true };

/** How much of a person's enrolments a caller sees: they are mostly of minors. */
export function enrolmentAccess(principal: Principal, purpose: string | null): RecordAccess {
  return personalAccess(principal, purpose, ENROLMENTS);
}

/** How much of a volunteer a caller sees: the League's admins register them too. */
export function volunteerAccess(principal: Principal, purpose: string | null): RecordAccess {
  return personalAccess(principal, purpose, VOLUNTEERS);
}
