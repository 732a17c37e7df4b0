import type { Principal } from '../../shared/context.js';
import {
  recordAccess,
  type RecordAccess,
  type RecordHolder,
} from '../../shared/department/access.js';

/** The federation's records of people: women's and children's cases. */
export const CASES: RecordHolder = { owner: 'WOMEN_FEDERATION' };

/** How much of a case a caller sees: the summary is very sensitive. */
export function caseAccess(principal: Principal, purpose: string | null): RecordAccess {
  return recordAccess(principal, purpose, 'WOMEN_FEDERATION');
}
