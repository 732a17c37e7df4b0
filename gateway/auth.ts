import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GraphQLError } from 'graphql';
import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { principalFromClaims } from '../shared/auth.js';
import type { HubConfig } from '../shared/config.js';
import type { Principal } from '../shared/context.js';

/** Turns the `Authorization` header of a client request into a principal, or refuses it. */
export type Authenticate = (authorization: string | undefined) => Promise<Principal>;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * The HS256 secret of a development hub: generated once and kept under the data directory, so
 * that tokens printed by `npm start` and `npm run token` stay valid across restarts.
 */
export async function developmentSecret(dataDir: string): Promise<string> {
  const file = join(resolve(dataDir), 'dev-jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(resolve(dataDir), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The client-token secret in force: configured, or in development the generated one. */
export async function clientTokenSecret(config: HubConfig): Promise<string | null> {
  if (config.AUTH_JWT_SECRET) return config.AUTH_JWT_SECRET;
  if (config.AUTH_JWKS_URL) return null;
  if (config.NODE_ENV === 'production')
    throw new Error('AUTH_JWT_SECRET or AUTH_JWKS_URL is required in production');
  return developmentSecret(config.DATA_DIR);
}

/** How far ahead of this clock an identity provider's clock may run. */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * Refuses a token issued in the future or made to live longer than the hub allows: a token that
 * claims to expire in the year 9999 is stolen for good when it is stolen at all.
 */
function checkLifetime(payload: JWTPayload, maxLifetimeSeconds: number): void {
  const { iat, exp } = payload as { iat: number; exp: number };
  if (iat > Math.floor(Date.now() / 1000) + CLOCK_SKEW_SECONDS)
    throw unauthenticated('The token is not valid: it was issued in the future');
  if (exp - iat > maxLifetimeSeconds)
    throw unauthenticated(
      `The token is not valid: it lives ${exp - iat} s, longer than the ${maxLifetimeSeconds} s the hub allows`,
    );
}

/**
 * Verifies client tokens: HS256 with the configured secret, or the keys of an identity provider
 * published as JWKS. Expiry, issue time, audience and (when set) issuer are required, and the
 * token may not live longer than `AUTH_MAX_TOKEN_LIFETIME_SECONDS`.
 */
export async function createAuthenticator(config: HubConfig): Promise<Authenticate> {
  const secret = await clientTokenSecret(config);
  const key: Uint8Array | JWTVerifyGetKey = secret
    ? new TextEncoder().encode(secret)
    : createRemoteJWKSet(new URL(config.AUTH_JWKS_URL as string));
  const algorithms = secret ? ['HS256'] : ['RS256', 'ES256', 'EdDSA'];
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw unauthenticated('Sign in: send Authorization: Bearer <token>');
    try {
      const { payload } = await jwtVerify(match[1] as string, key as Uint8Array, {
        algorithms,
        audience: config.AUTH_AUDIENCE,
        ...(config.AUTH_ISSUER ? { issuer: config.AUTH_ISSUER } : {}),
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      checkLifetime(payload, config.AUTH_MAX_TOKEN_LIFETIME_SECONDS);
      return principalFromClaims(payload);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired');
      if (error instanceof joseErrors.JOSEError)
        throw unauthenticated(`The token is not valid: ${error.code}`);
      throw unauthenticated(`The token does not describe a principal: ${(error as Error).message}`);
    }
  };
}

/** Signs a client token with an HS256 secret, as a development identity provider would. */
export async function issueToken(
  secret: string,
  principal: Principal,
  options: { audience: string; issuer?: string; expiresIn?: string },
): Promise<string> {
  const token = new SignJWT({
    department: principal.department,
    roles: principal.roles,
    regionCode: principal.regionCode,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(principal.subject)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) token.setIssuer(options.issuer);
  return token.sign(new TextEncoder().encode(secret));
}
