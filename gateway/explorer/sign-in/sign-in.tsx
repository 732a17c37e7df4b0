import { useEffect, useState, type FormEvent } from 'react';
import { tokenClaims, type Session } from './session.js';
import { DevSignIn } from './dev-sign-in.js';
import './sign-in.css';

/** Who a token says it is, in one line for the header. */
function describeToken(token: string): string | null {
  const claims = tokenClaims(token);
  if (!claims) return null;
  const { department, roles, regionCode, exp } = claims;
  const until = exp ? `, until ${new Date(exp * 1000).toLocaleTimeString()}` : '';
  return `${department ?? '?'} · ${(roles ?? []).join(', ')} · ${regionCode ?? '?'}${until}`;
}

/** The pages the gateway serves, linked from each one's header. */
const PAGES = [
  { path: '/', label: 'Explorer' },
  { path: '/dashboard', label: '数据看板 Dashboard' },
] as const;

export interface SignInProps {
  session: Session;
  onChange: (session: Session) => void;
  /** The page's name after the hub's, e.g. "GraphQL explorer". */
  title: string;
  /** Path of the page showing this header, which its link marks as current. */
  current: (typeof PAGES)[number]['path'];
}

/**
 * The hub refuses anonymous requests: a bearer token from the identity provider is pasted
 * here, with the purpose under which personal data may be revealed.
 */
export function SignIn({ session, onChange, title, current }: SignInProps) {
  const [draft, setDraft] = useState(session.token);
  useEffect(() => setDraft(session.token), [session.token]);
  const signedInAs = session.token ? describeToken(session.token) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...session, token: draft.trim() });
  };
  return (
    <header className="hub-sign-in">
      <span className="hub-sign-in__brand">社工站数据枢纽 · {title}</span>
      <nav className="hub-sign-in__pages" aria-label="Pages">
        {PAGES.map(({ path, label }) => (
          <a key={path} href={path} aria-current={path === current ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
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
