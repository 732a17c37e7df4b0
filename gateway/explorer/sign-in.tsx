import { useEffect, useState, type FormEvent } from 'react';
import type { Session } from './session.js';
import { DevSignIn } from './dev-sign-in.js';

/** Who a token says it is, read without verifying: the gateway verifies, this only informs. */
function describeToken(token: string): string | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
    const claims: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))),
    );
    const { department, roles, regionCode, exp } = claims as {
      department?: string;
      roles?: string[];
      regionCode?: string;
      exp?: number;
    };
    const until = exp ? `, until ${new Date(exp * 1000).toLocaleTimeString()}` : '';
    return `${department ?? '?'} · ${(roles ?? []).join(', ')} · ${regionCode ?? '?'}${until}`;
  } catch {
    return null;
  }
}

export interface SignInProps {
  session: Session;
  onChange: (session: Session) => void;
}

/**
 * The hub refuses anonymous requests: a bearer token from the identity provider is pasted
 * here, with the purpose under which personal data may be revealed.
 */
export function SignIn({ session, onChange }: SignInProps) {
  const [draft, setDraft] = useState(session.token);
  useEffect(() => setDraft(session.token), [session.token]);
  const signedInAs = session.token ? describeToken(session.token) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...session, token: draft.trim() });
  };
  return (
    <header className="hub-sign-in">
      <span className="hub-sign-in__brand">社工站数据枢纽 · GraphQL explorer</span>
      <form className="hub-sign-in__form" onSubmit={submit}>
        <label>
          Token
          <input
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="paste a bearer token"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        <button type="submit">Use token</button>
        {session.token && (
          <button type="button" onClick={() => onChange({ ...session, token: '' })}>
            Sign out
          </button>
        )}
      </form>
      <label className="hub-sign-in__purpose">
        Access purpose
        <input
          name="purpose"
          placeholder="e.g. 入户走访核实 (home visit check)"
          value={session.purpose}
          onChange={(event) => onChange({ ...session, purpose: event.target.value })}
        />
      </label>
      <span className="hub-sign-in__status" role="status">
        {session.token ? `Signed in: ${signedInAs ?? 'token set'}` : 'Not signed in'}
      </span>
      <DevSignIn onToken={(token) => onChange({ ...session, token })} />
    </header>
  );
}
