import type { Principal } from '../../shared/context.js';
import { isOwnCaseTeam, recordAccess, type RecordAccess } from '../../shared/department/access.js';

/** How much of a certificate a caller sees: certificates are health data. */
export function certificateAccess(principal: Principal, purpose: string | null): RecordAccess {
  return recordAccess(principal, purpose, 'DISABLED_PERSONS_FEDERATION');
}

/** Rehabilitation and device records: the federation's caseworkers and supervisors only. */
export function seesServiceRecords(principal: Principal): boolean {
  return isOwnCaseTeam(principal, 'DISABLED_PERSONS_FEDERATION');
}

/** `2301************0342`: the province and city, and the last four digits. */
export function maskCertificateNumber(number: string): string {
  return `${number.slice(0, 4)}${'*'.repeat(12)}${number.slice(-4)}`;
}
