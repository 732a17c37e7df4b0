import { jwtVerify, SignJWT, type CryptoKey } from 'jose';
import { principalFromClaims } from '../auth.js';
import type { Principal } from '../context.js';

// A department that writes a record naming a person, project, station or region must ask civil
// affairs, and civil affairs must answer as it would answer the caller, not the department's
// service. The gateway therefore signs, for each mutation sent to a department, a second grant:
// the caller's principal, for civil affairs' reference endpoint only. The department forwards it;
// it cannot mint one, and it cannot use it for anything but looking up references in the
// caller's own region, within the request's minute.
//
// The reverse seam works the same way: when civil affairs writes a link to another department's
// record (a referral completed, a case's services), that department says whether the record is
// there. For each mutation sent to civil affairs the gateway signs a records grant, good only at
// the departments' record endpoints (shared/department/record-facts.ts).

/** Header in which the gateway hands a department the grant for reference lookups. */
export const REFERENCE_GRANT_HEADER = 'x-hub-reference-grant';
/** Audience of a reference grant: civil affairs' reference endpoint and nothing else. */
export const REFERENCE_AUDIENCE = 'civil-affairs/references';
/** Header in which the gateway hands civil affairs the grant for looking up departments' records. */
export const RECORDS_GRANT_HEADER = 'x-hub-records-grant';
/** Audience of a records grant: the departments' record endpoints and nothing else. */
export const RECORDS_AUDIENCE = 'departments/records';
/** The audiences of the grants the gateway signs for one request's lookups across a seam. */
export type SeamAudience = typeof REFERENCE_AUDIENCE | typeof RECORDS_AUDIENCE;

const ISSUER = 'social-work-hub-gateway';
const ALGORITHM = 'EdDSA';

/** Who a seam grant speaks for, and the request it was signed for. */
export interface SeamGrant {
  principal: Principal;
  requestId: string;
}

/** Signs the caller's principal for lookups across one seam made on behalf of one request. */
export async function signSeamGrant(
  audience: SeamAudience,
  principal: Principal,
  requestId: string,
  key: CryptoKey,
): Promise<string> {
  return new SignJWT({
    department: principal.department,
    roles: principal.roles,
    regionCode: principal.regionCode,
    rid: requestId,
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(principal.subject)
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key);
}

/** The principal and request of a seam grant; throws when no accepted key verifies it for `audience`. */
export async function verifySeamGrant(
  audience: SeamAudience,
  token: string,
  keys: CryptoKey[],
): Promise<SeamGrant> {
  let lastError: unknown = new Error('no verification key configured');
  for (const key of keys) {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience,
        algorithms: [ALGORITHM],
      });
      const requestId = typeof payload.rid === 'string' ? payload.rid : '';
      return { principal: principalFromClaims(payload), requestId };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Signs the caller's principal for reference lookups made on behalf of one request. */
export function signReferenceGrant(
  principal: Principal,
  requestId: string,
  key: CryptoKey,
): Promise<string> {
  return signSeamGrant(REFERENCE_AUDIENCE, principal, requestId, key);
}

/** The principal of a reference grant; throws when no accepted key verifies it. */
export async function verifyReferenceGrant(token: string, keys: CryptoKey[]): Promise<Principal> {
  return (await verifySeamGrant(REFERENCE_AUDIENCE, token, keys)).principal;
}

/** Signs the caller's principal for looking up the departments' records in one request. */
export function signRecordsGrant(
  principal: Principal,
  requestId: string,
  key: CryptoKey,
): Promise<string> {
  return signSeamGrant(RECORDS_AUDIENCE, principal, requestId, key);
}

/** The principal and request of a records grant; throws when no accepted key verifies it. */
export function verifyRecordsGrant(token: string, keys: CryptoKey[]): Promise<SeamGrant> {
  return verifySeamGrant(RECORDS_AUDIENCE, token, keys);
}
