/**
 * The signed-in state of this browser tab. sessionStorage, not localStorage: a token pasted on a
 * shared office computer is gone when the tab is closed.
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
