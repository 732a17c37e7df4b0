import { sessionHeaders, type Session } from '../sign-in/session.js';

/** A query the gateway refused or could not answer, with what it said about why. */
export class QueryError extends Error {
  constructor(
    message: string,
    /** `extensions.code` of the first error, or the HTTP status when there was no answer. */
    readonly code: string,
    /** `extensions.field`: the argument at fault, when the gateway named one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/** POSTs one operation to the gateway's own `/graphql` as the signed-in caller. */
export async function ask<T>(
  session: Session,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...sessionHeaders(session),
    },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  let answer: Answer<T>;
  try {
    answer = (await response.json()) as Answer<T>;
  } catch {
    throw new QueryError(`网关未返回 JSON（HTTP ${response.status}）`, `HTTP_${response.status}`);
  }
  const [error] = answer.errors ?? [];
  if (error) {
    throw new QueryError(
      error.message,
      error.extensions?.code ?? `HTTP_${response.status}`,
      error.extensions?.field,
    );
  }
  if (!answer.data) throw new QueryError('网关未返回数据', `HTTP_${response.status}`);
  return answer.data;
}
