import { createHash, createPublicKey } from 'node:crypto';
import {
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  jwtVerify,
  SignJWT,
  type CryptoKey,
} from 'jose';
import { z } from 'zod';
import type { Principal } from './context.js';
import { DEPARTMENT_CODES } from './departments.js';
import { parseDivisionCode } from './validators/division-code.js';

/** Roles a principal may hold; what each may do is decided by each subgraph. */
export const ROLES = ['VIEWER', 'ANALYST', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Departments a token may name. */
export const DEPARTMENTS = DEPARTMENT_CODES;

/** The claims a client token must carry, checked the same way at the gateway and in subgraphs. */
export const principalClaims = z.object({
  sub: z.string().min(1).max(200),
  department: z.enum(DEPARTMENT_CODES),
  roles: z.array(z.enum(ROLES)).min(1),
  // 100000 is the whole country; anything else must be a real division code.
  regionCode: z
    .string()
    .refine((code) => code === '100000' || parseDivisionCode(code).ok, 'not a division code'),
});

/** Reads a principal out of verified claims; throws a readable message when they do not fit. */
export function principalFromClaims(claims: unknown): Principal {
  const parsed = principalClaims.safeParse(claims);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  const { sub, department, roles, regionCode } = parsed.data;
  return { subject: sub, department, roles, regionCode };
}

/** Header in which the gateway hands the principal to a subgraph. */
export const PRINCIPAL_HEADER = 'x-hub-principal';
const INTERNAL_ISSUER = 'social-work-hub-gateway';
const ALGORITHM = 'EdDSA';

/** What the gateway vouches for in each subgraph request. */
export interface InternalGrant {
  principal: Principal;
  requestId: string;
  /** Why personal data may be revealed in this request, when the client stated it. */
  purpose: string | null;
  /**
   * {@link subgraphRequestHash} of the one subgraph request the grant was minted for: a grant
   * captured on the way is good for that request only, not for another operation.
   */
  requestHash: string;
}

/** The parts of a subgraph request that a grant is bound to. */
export interface SubgraphRequestBody {
  query?: string | null;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** JSON with the keys of every object sorted, so that equal values give equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}

/**
 * SHA-256 (base64url) of a subgraph request's query, operation name and variables in canonical
 * JSON: what the gateway signs into a grant and what the subgraph recomputes from the body it
 * received. Absent and null name or variables count the same.
 */
export function subgraphRequestHash(body: SubgraphRequestBody | null | undefined): string {
  const canonical = canonicalJson({
    query: body?.query ?? null,
    operationName: body?.operationName ?? null,
    variables: body?.variables ?? {},
  });
  return createHash('sha256').update(canonical).digest('base64url');
}

/**
 * The gateway's signing key and the keys subgraphs accept. Ed25519: only the gateway holds the
 * private key, so a subgraph (or anything that reads its configuration) cannot mint principals.
 */
export interface InternalKeys {
  signing?: CryptoKey;
  /** The current public key first; older ones stay accepted while a rotation completes. */
  verifying: CryptoKey[];
}

/** A fresh key pair, for a hub whose gateway and subgraphs run in one process. */
export async function generateInternalKeys(): Promise<
  InternalKeys & { privatePem: string; publicPem: string }
> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  return {
    signing: privateKey,
    verifying: [publicKey],
    privatePem: await exportPKCS8(privateKey),
    publicPem: await exportSPKI(publicKey),
  };
}

/** PEM from an environment variable, where newlines are often written as `\n`. */
const pem = (value: string) => value.replaceAll('\\n', '\n').trim();

/** The SPKI PEM public key of a PKCS#8 PEM private key. */
export function publicKeyOf(privatePem: string): string {
  return createPublicKey(pem(privatePem)).export({ type: 'spki', format: 'pem' }).toString();
}

/** Loads keys from PEM text: a PKCS#8 private key and one or more SPKI public keys. */
export async function importInternalKeys(
  privatePem: string | undefined,
  publicPems: string[],
): Promise<InternalKeys> {
  return {
    ...(privatePem ? { signing: await importPKCS8(pem(privatePem), ALGORITHM) } : {}),
    verifying: await Promise.all(publicPems.map((key) => importSPKI(pem(key), ALGORITHM))),
  };
}

/** Signs the principal for one subgraph; the grant is short-lived and names its audience. */
export async function signInternalGrant(
  grant: InternalGrant,
  key: CryptoKey,
  audience: string,
): Promise<string> {
  const { principal } = grant;
  return new SignJWT({
    department: principal.department,
    roles: principal.roles,
    regionCode: principal.regionCode,
    rid: grant.requestId,
    req: grant.requestHash,
    ...(grant.purpose ? { purpose: grant.purpose } : {}),
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(principal.subject)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key);
}

/** Verifies a grant against any accepted key; throws when none accepts it. */
export async function verifyInternalGrant(
  token: string,
  keys: CryptoKey[],
  audience: string,
): Promise<InternalGrant> {
  let lastError: unknown = new Error('no verification key configured');
  for (const key of keys) {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: INTERNAL_ISSUER,
        audience,
        algorithms: [ALGORITHM],
      });
      const purpose =
        typeof payload.purpose === 'string' && payload.purpose ? payload.purpose : null;
      return {
        principal: principalFromClaims(payload),
        requestId: typeof payload.rid === 'string' ? payload.rid : '',
        purpose,
        requestHash: typeof payload.req === 'string' ? payload.req : '',
      };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** True when the principal holds one of the roles. */
export function hasRole(principal: Principal | null, roles: readonly Role[]): boolean {
  return !!principal && principal.roles.some((role) => (roles as readonly string[]).includes(role));
}
