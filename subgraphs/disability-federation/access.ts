import { hasRole } from '../../shared/auth.js';
import type { Principal } from '../../shared/context.js';

/** How much of a certificate a caller sees. */
export type CertificateAccess = 'none' | 'de-identified' | 'full' | 'revealed';

const OWN = 'DISABLED_PERSONS_FEDERATION';

/**
 * Certificates are health data. The federation's own caseworkers see them (the number masked);
 * its supervisors and other departments' supervisors see the number in full when they state a
 * purpose, which is logged; analysts see category and grade only; everyone else, nothing.
 */
export function certificateAccess(principal: Principal, purpose: string | null): CertificateAccess {
  if (hasRole(principal, ['SUPERVISOR']) && purpose) return 'revealed';
  if (principal.department === OWN && hasRole(principal, ['CASEWORKER', 'SUPERVISOR']))
    return 'full';
  if (hasRole(principal, ['ANALYST'])) return 'de-identified';
  return 'none';
}

/** Rehabilitation and device records: the federation's caseworkers and supervisors only. */
export function seesServiceRecords(principal: Principal): boolean {
  return principal.department === OWN && hasRole(principal, ['CASEWORKER', 'SUPERVISOR']);
}

/** `230127195006010311 41` → `2301************0311` + category and grade digits masked too. */
export function maskCertificateNumber(number: string): string {
  return `${number.slice(0, 4)}${'*'.repeat(12)}${number.slice(-4)}`;
}
