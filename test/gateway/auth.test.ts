import { SignJWT } from 'jose';
import { createAuthenticator, issueToken } from '../../gateway/auth.js';
import { loadConfig } from '../../shared/config.js';

// Client tokens at the gateway: a normal token passes, one that lives too long or was issued in
// the future does not, whoever signed it.

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const AUDIENCE = 'social-work-hub';
const now = () => Math.floor(Date.now() / 1000);
const principal = {
  subject: 'mulan-caseworker',
  department: 'CIVIL_AFFAIRS' as const,
  roles: ['CASEWORKER' as const],
  regionCode: '230127',
};

/** A token with the claims given, signed with the hub's secret. */
function sign(times: { iat?: number; exp?: number }): Promise<string> {
  const token = new SignJWT({
    department: principal.department,
    roles: principal.roles,
    regionCode: principal.regionCode,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(principal.subject)
    .setAudience(AUDIENCE);
  if (times.iat !== undefined) token.setIssuedAt(times.iat);
  if (times.exp !== undefined) token.setExpirationTime(times.exp);
  return token.sign(new TextEncoder().encode(SECRET));
}

const authenticatorWith = (env: Record<string, string> = {}) =>
  createAuthenticator(loadConfig({ AUTH_JWT_SECRET: SECRET, ...env }));

it('accepts a normal token, and the tokens the hub hands out itself', async () => {
  const authenticate = await authenticatorWith();
  const normal = await sign({ iat: now(), exp: now() + 3600 });
  await expect(authenticate(`Bearer ${normal}`)).resolves.toEqual(principal);
  // `npm run token` gives 12 h by default, the development sign-in 8 h.
  for (const expiresIn of ['12h', '8h']) {
    const issued = await issueToken(SECRET, principal, { audience: AUDIENCE, expiresIn });
    await expect(authenticate(`Bearer ${issued}`)).resolves.toEqual(principal);
  }
});

it('refuses a token that expires in the year 9999', async () => {
  const authenticate = await authenticatorWith();
  const forever = await sign({ iat: now(), exp: Date.UTC(9999, 0, 1) / 1000 });
  await expect(authenticate(`Bearer ${forever}`)).rejects.toMatchObject({
    message: expect.stringContaining('longer than the 43200 s the hub allows'),
    extensions: { code: 'UNAUTHENTICATED' },
  });
});

it('refuses a token issued in the future, beyond a minute of clock skew', async () => {
  const authenticate = await authenticatorWith();
  const ahead = await sign({ iat: now() + 600, exp: now() + 3600 });
  await expect(authenticate(`Bearer ${ahead}`)).rejects.toMatchObject({
    message: 'The token is not valid: it was issued in the future',
    extensions: { code: 'UNAUTHENTICATED' },
  });
  const slightlyAhead = await sign({ iat: now() + 30, exp: now() + 3600 });
  await expect(authenticate(`Bearer ${slightlyAhead}`)).resolves.toEqual(principal);
});

it('refuses a token without an issue time or an expiry', async () => {
  const authenticate = await authenticatorWith();
  for (const token of [await sign({ exp: now() + 3600 }), await sign({ iat: now() })]) {
    await expect(authenticate(`Bearer ${token}`)).rejects.toMatchObject({
      message: expect.stringContaining('ERR_JWT_CLAIM_VALIDATION_FAILED'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
});

it('takes the longest lifetime from the configuration', async () => {
  const authenticate = await authenticatorWith({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' });
  const hour = await sign({ iat: now(), exp: now() + 3600 });
  await expect(authenticate(`Bearer ${hour}`)).resolves.toEqual(principal);
  const twoHours = await sign({ iat: now(), exp: now() + 7200 });
  await expect(authenticate(`Bearer ${twoHours}`)).rejects.toMatchObject({
    message: expect.stringContaining('longer than the 3600 s'),
  });
});
