import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { DEPARTMENTS, principalClaims, ROLES } from '../shared/auth.js';
import type { HubConfig } from '../shared/config.js';
import { clientTokenSecret, issueToken } from './auth.js';

/** A region the sign-in form offers. */
export interface SignInRegion {
  code: string;
  name: string;
}

/** What the gateway needs to hand out development tokens: the HS256 secret it verifies with. */
export interface DevTokenOptions {
  secret: string;
  audience: string;
  issuer?: string;
  /** The regions offered, the whole country first. */
  regions: readonly SignInRegion[];
}

/** The whole country sees everything: always offered. */
const WHOLE_COUNTRY: SignInRegion = { code: '100000', name: '全国 (whole country)' };

/** Lifetime of a development token: a working day. */
const DEV_TOKEN_LIFETIME = '8h';

/** Addresses only this machine can reach. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Development sign-in, offered only where minting a token harms nobody: not in production, only
 * on a gateway that listens on this machine alone (a deployment that forgot `NODE_ENV` must not
 * hand out tokens to its network), and only when the gateway itself holds the client-token
 * secret (with JWKS the identity provider signs tokens and the gateway has nothing to sign with).
 */
export async function devTokenOptions(
  config: HubConfig,
  regions: readonly SignInRegion[] = [],
): Promise<DevTokenOptions | undefined> {
  if (config.NODE_ENV !== 'development' && config.NODE_ENV !== 'test') return undefined;
  if (!isLoopback(config.HOST)) return undefined;
  const secret = await clientTokenSecret(config);
  if (!secret) return undefined;
  return {
    secret,
    audience: config.AUTH_AUDIENCE,
    regions: [WHOLE_COUNTRY, ...regions],
    ...(config.AUTH_ISSUER ? { issuer: config.AUTH_ISSUER } : {}),
  };
}

/** The body of `POST /dev/token`: one department, one role, one region. */
const devTokenRequest = z.object({
  department: z.enum(DEPARTMENTS as [string, ...string[]]),
  role: z.enum(ROLES),
  region: principalClaims.shape.regionCode,
});

function badRequest(response: Response, fields: Record<string, string>): void {
  const message = Object.entries(fields)
    .map(([field, problem]) => `${field}: ${problem}`)
    .join('; ');
  response.status(400).json({ error: 'BAD_REQUEST', message, fields });
}

/**
 * Mounts `GET /dev/token` (the choices the explorer offers) and `POST /dev/token` (a token for
 * the chosen principal, signed as the hub's identity provider would).
 */
export function mountDevTokens(app: Express, options: DevTokenOptions): void {
  app.get('/dev/token', (_request, response) => {
    response.json({ departments: DEPARTMENTS, roles: ROLES, regions: options.regions });
  });
  app.post(
    '/dev/token',
    express.json({ limit: '4kb' }),
    async (request: Request, response: Response) => {
      const parsed = devTokenRequest.safeParse(request.body ?? {});
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          fields[issue.path.join('.') || 'body'] ??= issue.message;
        }
        badRequest(response, fields);
        return;
      }
      const { department, role, region } = parsed.data;
      const principal = {
        subject: `dev-${department}-${role}-${region}`.toLowerCase(),
        department: department as (typeof DEPARTMENTS)[number],
        roles: [role],
        regionCode: region,
      };
      const token = await issueToken(options.secret, principal, {
        audience: options.audience,
        ...(options.issuer ? { issuer: options.issuer } : {}),
        expiresIn: DEV_TOKEN_LIFETIME,
      });
      response.set('cache-control', 'no-store');
      response.json({ token, principal, expiresIn: DEV_TOKEN_LIFETIME });
    },
    // A body that is not JSON never reaches the handler: answer like any other bad request.
    (error: Error, _request: Request, response: Response, next: NextFunction) => {
      if ((error as { type?: string }).type === 'entity.parse.failed') {
        badRequest(response, { body: 'not valid JSON' });
        return;
      }
      next(error);
    },
  );
}
