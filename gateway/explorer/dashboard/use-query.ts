import { useEffect, useState } from 'react';
import type { Session } from '../sign-in/session.js';
import { ask, QueryError } from './graphql.js';

/** Where one query of a panel stands. */
export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: QueryError };

type Settled<T> = Extract<QueryState<T>, { status: 'ready' | 'error' }>;

/**
 * Runs a query whenever its text, variables or caller change (null variables: not yet), and
 * drops an answer that arrives after the question changed, so a slow answer for the previous
 * region never shows under the new one.
 */
export function useQuery<T>(
  session: Session,
  query: string,
  variables: Record<string, unknown> | null,
): QueryState<T> {
  const key = variables ? JSON.stringify([query, variables, session.token, session.purpose]) : null;
  const [result, setResult] = useState<{ key: string; state: Settled<T> } | null>(null);
  useEffect(() => {
    if (!key || !variables) return;
    const controller = new AbortController();
    ask<T>(session, query, variables, controller.signal).then(
      (data) => setResult({ key, state: { status: 'ready', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof QueryError
            ? error
            : new QueryError(error instanceof Error ? error.message : String(error), 'NETWORK');
        setResult({ key, state: { status: 'error', error: failure } });
      },
    );
    return () => controller.abort();
    // The key stands for the query, its variables and the caller.
  }, [key]);
  if (!key) return { status: 'idle' };
  return result?.key === key ? result.state : { status: 'loading' };
}
