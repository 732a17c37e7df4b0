import type { Principal } from '../../shared/context.js';
import type { RecordHolder } from '../../shared/department/access.js';
import { personalTreatment } from '../../shared/department/masking.js';

/** Charity's records of people served: aid given to them. */
export const AID: RecordHolder = { owner: 'CHARITY' };
/** Charity's volunteers, whom its admins register. */
export const VOLUNTEERS: RecordHolder = { owner: 'CHARITY', managedByAdmins: true };
/** People who give to charity's funds, whose donations its admins receive. */
export const DONORS: RecordHolder = { owner: 'CHARITY', managedByAdmins: true };

/**
 * Whether the caller sees aid given to people at all: amounts given to a person are financial
 * data, with no de-identified form, so those who may not see them see none of those grants.
 */
export function seesAid(principal: Principal, purpose: string | null): boolean {
  return personalTreatment('assistance', principal, purpose, AID) !== 'withheld';
}
