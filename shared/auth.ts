import { createPublicKey, hash, randomUUID } from 'node:crypto';
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
import { generateBindingSecret, parseBindingSecrets } from './request-binding.js';
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

/** What a subgraph knows of each request: the caller's grant with the request's binding. */
export interface InternalGrant {
  principal: Principal;
  requestId: string;
  /** Why personal data may be revealed in this request, when the client stated it. */
  purpose: string | null;
  /** {@link bodyHash} of the request, which its binding vouches for. */
  requestHash: string;
}

/** The parts of a subgraph request that a grant is bound to. */
export interface SubgraphRequestBody {
  query?: string | null;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * SHA-256 (base64url) of a subgraph request's body exactly as sent: what the gateway binds each
 * request to and what the subgraph recomputes from the bytes it received, before it parses them.
 */
export function bodyHash(sent: string | Uint8Array): string {
  return hash('sha256', sent, 'base64url');
}

/**
 * The gateway's signing key and the keys subgraphs accept. Ed25519: only the gateway holds the
 * private key, so a subgraph (or anything that reads its configuration) cannot mint principals.
 */
export interface InternalKeys {
  signing?: CryptoKey;
  /** The current public key first; older ones stay accepted while a rotation completes. */
  verifying: CryptoKey[];
  /**
   * The secrets that bind each request to its grant (shared/request-binding.ts), the current
   * first: the gateway binds with it, subgraphs accept any while a rotation completes.
   */
  binding: Buffer[];
}

/** Fresh keys, for a hub whose gateway and subgraphs run in one process, or to print. */
export async function generateInternalKeys(): Promise<
  InternalKeys & { privatePem: string; publicPem: string; bindingSecret: string }
> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const bindingSecret = generateBindingSecret();
  return {
    signing: privateKey,
    verifying: [publicKey],
    binding: parseBindingSecrets(bindingSecret),
    bindingSecret,
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

/**
 * Loads keys from configuration: a PKCS#8 PEM private key, one or more SPKI PEM public keys, and
 * the binding secrets (comma-separated base64url, the current first).
 */
export async function importInternalKeys(
  privatePem: string | undefined,
  publicPems: string[],
  bindingSecrets: string,
): Promise<InternalKeys> {
  return {
    ...(privatePem ? { signing: await importPKCS8(pem(privatePem), ALGORITHM) } : {}),
    verifying: await Promise.all(publicPems.map((key) => importSPKI(pem(key), ALGORITHM))),
    binding: parseBindingSecrets(bindingSecrets),
  };
}

/** How long a caller's grant serves; the gateway signs a new one when less than a minute is left. */
export const GRANT_LIFETIME_SECONDS = 300;

/** A signed grant of a caller to one subgraph, and when it stops serving (ms since the epoch). */
export interface SignedGrant {
  token: string;
  id: string;
  expiresAt: number;
}

/** What a subgraph learns from a verified grant. */
export interface CallerGrant {
  principal: Principal;
  /** The grant's `jti`: what each request's binding names. */
  id: string;
  expiresAt: number;
}

/**
 * Signs a caller's principal for one subgraph (the audience), for {@link GRANT_LIFETIME_SECONDS}.
 * The grant alone opens nothing: every request must also carry a binding to it
 * (shared/request-binding.ts).
 */
export async function signCallerGrant(
  principal: Principal,
  key: CryptoKey,
  audience: string,
): Promise<SignedGrant> {
  const id = randomUUID();
  const issuedAt = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({
    department: principal.department,
    roles: principal.roles,
    regionCode: principal.regionCode,
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(principal.subject)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(audience)
    .setJti(id)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + GRANT_LIFETIME_SECONDS)
    .sign(key);
  return { token, id, expiresAt: (issuedAt + GRANT_LIFETIME_SECONDS) * 1000 };
}

/** Verifies a caller's grant against any accepted key; throws when none accepts it. */
export async function verifyCallerGrant(
  token: string,
  keys: CryptoKey[],
  audience: string,
): Promise<CallerGrant> {
  let lastError: unknown = new Error('no verification key configured');
  for (const key of keys) {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: INTERNAL_ISSUER,
        audience,
        algorithms: [ALGORITHM],
        requiredClaims: ['jti', 'exp'],
      });
      return {
        principal: principalFromClaims(payload),
        id: payload.jti!,
        expiresAt: payload.exp! * 1000,
      };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/**
 * Grants a subgraph has verified, by token, until they expire: a caller's second and later
 * requests cost a map lookup instead of a signature check. Bounded; the oldest go first.
 */
export class VerifiedGrants {
  private readonly known = new Map<string, CallerGrant>();

  constructor(
    private readonly keys: CryptoKey[],
    private readonly audience: string,
    private readonly capacity = 10_000,
  ) {}

  async verify(token: string, now = Date.now()): Promise<CallerGrant> {
    const known = this.known.get(token);
    if (known && known.expiresAt > now) return known;
    if (known) this.known.delete(token);
    const grant = await verifyCallerGrant(token, this.keys, this.audience);
    if (this.known.size >= this.capacity) {
      this.known.delete(this.known.keys().next().value as string);
    }
    this.known.set(token, grant);
    return grant;
  }
}

/** True when the principal holds one of the roles. */
export function hasRole(principal: Principal | null, roles: readonly Role[]): boolean {
  return !!principal && principal.roles.some((role) => (roles as readonly string[]).includes(role));
}
