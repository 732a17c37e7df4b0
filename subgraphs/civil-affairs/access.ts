import type { Role } from '../../shared/auth.js';
import { hasRole } from '../../shared/auth.js';
import type { Principal } from '../../shared/context.js';
import { PersonCategory } from './entities/enums.js';

// Who may do what with civil-affairs data. Lists of roles are used with @Authorized; the finer
// rules (department, reveal) are functions so that resolvers read as the policy does.

/** Every authenticated role: reference data and aggregates. */
export const ANY_ROLE: Role[] = [
  'VIEWER',
  'ANALYST',
  'CASEWORKER',
  'SUPERVISOR',
  'AUDITOR',
  'ADMIN',
];
/** Person-level lists, de-identified for analysts. */
export const PERSON_READERS: Role[] = ['ANALYST', 'CASEWORKER', 'SUPERVISOR'];
/** People and records in scope, identified. */
export const CASE_ROLES: Role[] = ['CASEWORKER', 'SUPERVISOR'];
/** Staff lists (names of social workers). */
export const STAFF_READERS: Role[] = ['ANALYST', 'CASEWORKER', 'SUPERVISOR', 'ADMIN'];
/** Reference data: regions, stations, agencies, workers, projects. */
export const REFERENCE_WRITERS: Role[] = ['ADMIN'];

/**
 * Categories that reveal assistance status or mark a minor: sensitive personal information
 * under PIPL art. 28, shown only when revealed.
 */
export const SENSITIVE_CATEGORIES: ReadonlySet<PersonCategory> = new Set([
  PersonCategory.MINIMUM_LIVING,
  PersonCategory.EXTREME_POVERTY,
  PersonCategory.LOW_INCOME,
  PersonCategory.ORPHAN,
  PersonCategory.CHILD_IN_DIFFICULTY,
  PersonCategory.LEFT_BEHIND_CHILD,
]);

/** Sensitive fields of the civil-affairs record of a person, as named in the access log. */
export type SensitiveField = 'identityNumber' | 'categories' | 'temporaryAssistance';

/**
 * Whether this request reveals a field: the principal must be a supervisor, must have stated a
 * purpose, and for civil affairs' own records must work for civil affairs.
 */
export function mayReveal(
  principal: Principal,
  purpose: string | null,
  field: SensitiveField,
): boolean {
  if (!purpose || !hasRole(principal, ['SUPERVISOR'])) return false;
  // The identity number belongs to the shared register; the rest is civil affairs' own record.
  return field === 'identityNumber' || principal.department === 'CIVIL_AFFAIRS';
}

/** Analysts see people de-identified. */
export function isDeIdentified(principal: Principal): boolean {
  return !hasRole(principal, ['CASEWORKER', 'SUPERVISOR']);
}

/** `2301**********123X`: the province and city, and the last four characters. */
export function maskIdentityNumber(value: string): string {
  return `${value.slice(0, 4)}${'*'.repeat(10)}${value.slice(-4)}`;
}

/** `孙*兰` → the surname and stars, so that lists stay readable but do not identify. */
export function maskName(name: string): string {
  const characters = Array.from(name);
  return `${characters[0] ?? ''}${'*'.repeat(Math.max(characters.length - 1, 1))}`;
}
