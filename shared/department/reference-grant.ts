import { jwtVerify, SignJWT, type CryptoKey } from 'jose';
import { principalFromClaims } from '../auth.js';
import type { Principal } from '../context.js';

// A department that writes a record naming a person, project, station or region must ask civil
// affairs, and civil affairs must answer as it would answer the caller, not the department's
// service. The gateway therefore signs, for each mutation sent to a department, a second grant:
// the caller's principal, for civil affairs' reference endpoint only. The department forwards it;
// it cannot mint one, and it cannot use it for anything but looking up references in the
// caller's own region, within the request's minute.

/** Header in which the gateway hands a department the grant for reference lookups. */
export const REFERENCE_GRANT_HEADER = 'x-hub-reference-grant';
/** Audience of a reference grant: civil affairs' reference endpoint and nothing else. */
export const REFERENCE_AUDIENCE = 'civil-affairs/references';
const ISSUER = 'social-work-hub-gateway';
const ALGORITHM = 'EdDSA';

/** Signs the caller's principal for reference lookups made on behalf of one request. */
export async function signReferenceGrant(
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
    .setAudience(REFERENCE_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key);
}

/** The principal of a reference grant; throws when no accepted key verifies it. */
export async function verifyReferenceGrant(token: string, keys: CryptoKey[]): Promise<Principal> {
  let lastError: unknown = new Error('no verification key configured');
  for (const key of keys) {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience: REFERENCE_AUDIENCE,
        algorithms: [ALGORITHM],
      });
      return principalFromClaims(payload);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
