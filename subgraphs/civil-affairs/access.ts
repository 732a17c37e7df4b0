import type { Role } from '../../shared/auth.js';
import type { RecordHolder } from '../../shared/department/access.js';
import { maskIdentifier } from '../../shared/department/masking.js';

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

/** Civil affairs' own records of a person: categories of the register and assistance. */
export const CIVIL_AFFAIRS_RECORDS: RecordHolder = { owner: 'CIVIL_AFFAIRS' };

/** Fields of a person whose reveal is written to civil affairs' access log. */
export type RevealedField = 'identityNumber' | 'categories' | 'temporaryAssistance';

/** `2301**********123X`: the province and city, and the last four characters. */
export const maskIdentityNumber = maskIdentifier;
