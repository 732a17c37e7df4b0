/**
 * The signed-in state of this browser tab, shared by the explorer and the dashboard (the same
 * keys, so that a tab signed in on one page is signed in on the other). sessionStorage, not
 * localStorage: a token pasted on a shared office computer is gone when the tab is closed.
 */
export interface Session {
  token: string;
  purpose: string;
}

const TOKEN_KEY = 'hub-explorer:token';
const PURPOSE_KEY = 'hub-explorer:purpose';

export function loadSession(): Session {
  return {
    token: sessionStorage.getItem(TOKEN_KEY) ?? '',
    purpose: sessionStorage.getItem(PURPOSE_KEY) ?? '',
  };
}

export function saveSession(session: Session): void {
  for (const [key, value] of [
    [TOKEN_KEY, session.token],
    [PURPOSE_KEY, session.purpose],
  ] as const) {
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  }
}

/**
 * Headers the gateway reads: the bearer token, and the access purpose percent-encoded because
 * header values cannot carry Chinese as such (the gateway decodes it).
 */
export function sessionHeaders(session: Session): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = session.token.trim().replace(/^Bearer\s+/i, '');
  if (token) headers.authorization = `Bearer ${token}`;
  const purpose = session.purpose.trim();
  if (purpose) headers['x-access-purpose'] = encodeURIComponent(purpose);
  return headers;
}

/** The hub's claims a token carries, as far as a page needs them. */
export interface TokenClaims {
  department?: string;
  roles?: string[];
  regionCode?: string;
  exp?: number;
}

/**
 * Who a token says it is, read without verifying: the gateway verifies, a page only informs
 * (and starts its region tree at the caller's region). Null for what is not a JWT.
 */
export function tokenClaims(token: string): TokenClaims | null {
  try {
    const payload = token
      .trim()
      .replace(/^Bearer\s+/i, '')
      .split('.')[1];
    if (!payload) return null;
    const json = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
    const claims: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))),
    );
    // Every claim is optional: any object will do, and the page checks what it reads.
    return claims && typeof claims === 'object' ? claims : null;
  } catch {
    return null;
  }
}
