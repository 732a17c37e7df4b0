import { hasRole, ROLES, type Role } from '../auth.js';
import type { DepartmentCode, Principal } from '../context.js';

// Who may do what, in one vocabulary for all six departments: resolvers authorise with these
// sets (`@Authorized(CASE_TEAM)`), never with lists typed out where they are used.

/** Every signed-in role: reference data and aggregates. */
export const ANY_ROLE: readonly Role[] = ROLES;
/** Lists of people, de-identified for analysts. */
export const PERSON_READERS: readonly Role[] = ['ANALYST', 'CASEWORKER', 'SUPERVISOR'];
/** Case work: identified people and the records about them. */
export const CASE_TEAM: readonly Role[] = ['CASEWORKER', 'SUPERVISOR'];
/** Staff lists: the names of people in a professional role. */
export const STAFF_READERS: readonly Role[] = ['ANALYST', 'CASEWORKER', 'SUPERVISOR', 'ADMIN'];
/** Reference data: regions, stations, agencies, workers, projects, funds, teams. */
export const ADMINISTRATORS: readonly Role[] = ['ADMIN'];
/** A department's own registers of participants and volunteers. */
export const REGISTRARS: readonly Role[] = ['ADMIN', 'CASEWORKER'];
/** Registers that a supervisor also keeps. */
export const REGISTRARS_AND_SUPERVISORS: readonly Role[] = ['ADMIN', 'CASEWORKER', 'SUPERVISOR'];
/** Corrections by a reversing entry (grants and allocations), and the log of merged entries. */
export const CORRECTORS: readonly Role[] = ['ADMIN', 'SUPERVISOR'];
/** Decisions one level above case work: merging entries of the register, and undoing it. */
export const SUPERVISORS: readonly Role[] = ['SUPERVISOR'];
/** Access logs. */
export const AUDITORS: readonly Role[] = ['AUDITOR'];

/** How much of a department's sensitive record of a person a caller sees. */
export type RecordAccess = 'none' | 'de-identified' | 'full' | 'revealed';

/**
 * Who keeps a record that holds personal fields, which decides who works with it in full:
 * - `register`: the shared register of people (civil affairs keeps it for everyone), worked
 *   with by the case teams of every department;
 * - `workforce`: people in a professional role (social workers), known by name to staff;
 * - `owner`: a department's own record of a person, worked with by that department's case
 *   team, and by its administrators too when `managedByAdmins` (volunteers they register).
 */
export type RecordHolder =
  { register: true } | { workforce: true } | { owner: DepartmentCode; managedByAdmins?: boolean };

/** The shared register of people. */
export const REGISTER: RecordHolder = { register: true };
/** Social workers and other people in a professional role. */
export const WORKFORCE: RecordHolder = { workforce: true };

/** Whether the principal works with records of this holder in full, purpose or not. */
function worksWith(principal: Principal, holder: RecordHolder): boolean {
  if ('register' in holder) return hasRole(principal, CASE_TEAM);
  if ('workforce' in holder) return hasRole(principal, STAFF_READERS);
  if (principal.department !== holder.owner) return false;
  return hasRole(principal, holder.managedByAdmins ? REGISTRARS_AND_SUPERVISORS : CASE_TEAM);
}

/**
 * The access level every department applies to records that hold personal fields: a supervisor
 * of any department who states a purpose has them revealed (and the reveal is logged); those who
 * work with the holder's records see them in full; analysts see them de-identified; everyone
 * else, nothing. What each level shows of each kind of field is the masking rule
 * (`MASKING_RULES`).
 */
export function personalAccess(
  principal: Principal,
  purpose: string | null,
  holder: RecordHolder,
): RecordAccess {
  if (hasRole(principal, ['SUPERVISOR']) && purpose) return 'revealed';
  if (worksWith(principal, holder)) return 'full';
  if (hasRole(principal, ['ANALYST'])) return 'de-identified';
  return 'none';
}

/** {@link personalAccess} for a department's own records of people served. */
export function recordAccess(
  principal: Principal,
  purpose: string | null,
  owner: DepartmentCode,
): RecordAccess {
  return personalAccess(principal, purpose, { owner });
}

/**
 * Whether the principal works with the holder's records without stating a purpose: the
 * condition for kinds that are revealed only to the holder's own people (case notes).
 */
export function worksWithRecords(principal: Principal, holder: RecordHolder): boolean {
  return worksWith(principal, holder);
}

/** Records only the owning department's caseworkers and supervisors work with. */
export function isOwnCaseTeam(principal: Principal, owner: DepartmentCode): boolean {
  return principal.department === owner && hasRole(principal, CASE_TEAM);
}
