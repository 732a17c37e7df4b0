import type { RecordHolder } from '../../shared/department/access.js';

/** Charity's records of people served: aid given to them. */
export const AID: RecordHolder = { owner: 'CHARITY' };
/** Charity's volunteers, whom its admins register. */
export const VOLUNTEERS: RecordHolder = { owner: 'CHARITY', managedByAdmins: true };
