import type { Principal } from '../../shared/context.js';
import {
  recordAccess,
  type RecordAccess,
  type RecordHolder,
} from '../../shared/department/access.js';

/** The federation's records of people: certificates, rehabilitation, devices. */
export const FEDERATION_RECORDS: RecordHolder = { owner: 'DISABLED_PERSONS_FEDERATION' };

/** How much of a certificate a caller sees: certificates are health data. */
export function certificateAccess(principal: Principal, purpose: string | null): RecordAccess {
  return recordAccess(principal, purpose, 'DISABLED_PERSONS_FEDERATION');
}
