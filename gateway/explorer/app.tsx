import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { useMemo, useRef, useState, type ComponentProps } from 'react';
import { examplesPlugin } from './examples-plugin.js';
import { loadSession, saveSession, sessionHeaders, type Session } from './sign-in/session.js';
import { SignIn } from './sign-in/sign-in.js';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// Created once: GraphiQL compares plugins by identity.
const PLUGINS = [examplesPlugin, explorerPlugin()];

const WELCOME = `# Social work station hub (乡镇（街道）社工站) — GraphQL explorer
#
# 1. Sign in above: paste a token (or, in development, pick a department, role and region).
#    State an access purpose to see personal data your role may reveal; reveals are logged.
# 2. "Examples" in the sidebar: a station, a person, a region dashboard, project funding.
#    "Explorer" builds queries by ticking fields; "Docs" describes every type and field.
# 3. Run with ▶ or Ctrl-Enter.
query MulanCoverage {
  region(code: "230127") {
    name
    coverage { townships townshipsWithStation rate }
  }
}
`;

/**
 * POSTs to the gateway's own `/graphql` with the session's headers; headers typed into
 * GraphiQL's header editor win, so a second token can be tried without signing out.
 */
function createFetcher(session: { current: Session }): Fetcher {
  return async (params, options) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...sessionHeaders(session.current),
        ...options?.headers,
      },
      body: JSON.stringify(params),
    });
    return (await response.json()) as ExecutionResult;
  };
}

export function App() {
  const [session, setSession] = useState<Session>(loadSession);
  const current = useRef(session);
  current.current = session;
  // A new fetcher makes GraphiQL fetch the schema again: on a new token, not on a new purpose.
  const fetcher = useMemo(() => createFetcher(current), [session.token]);
  const update = (next: Session) => {
    saveSession(next);
    setSession(next);
  };
  return (
    <div className="hub-explorer">
      <SignIn session={session} onChange={update} title="GraphQL explorer" current="/" />
      <div className="hub-explorer__graphiql">
        <GraphiQL
          fetcher={fetcher}
          plugins={PLUGINS}
          visiblePlugin={examplesPlugin}
          defaultQuery={WELCOME}
          defaultEditorToolsVisibility="variables"
        />
      </div>
    </div>
  );
}
