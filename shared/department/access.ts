import { hasRole } from '../auth.js';
import type { DepartmentCode, Principal } from '../context.js';

/** How much of a department's sensitive record of a person a caller sees. */
export type RecordAccess = 'none' | 'de-identified' | 'full' | 'revealed';

/**
 * The rule every department applies to its sensitive records of people: its own caseworkers and
 * supervisors see them in full; a supervisor of any department who states a purpose sees them
 * too, and that reveal is logged; analysts see them de-identified; everyone else, nothing.
 */
export function recordAccess(
  principal: Principal,
  purpose: string | null,
  owner: DepartmentCode,
): RecordAccess {
  if (hasRole(principal, ['SUPERVISOR']) && purpose) return 'revealed';
  if (principal.department === owner && hasRole(principal, ['CASEWORKER', 'SUPERVISOR']))
    return 'full';
  if (hasRole(principal, ['ANALYST'])) return 'de-identified';
  return 'none';
}

/** Records only the owning department's caseworkers and supervisors work with. */
export function isOwnCaseTeam(principal: Principal, owner: DepartmentCode): boolean {
  return principal.department === owner && hasRole(principal, ['CASEWORKER', 'SUPERVISOR']);
}
