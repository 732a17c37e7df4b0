/** Where and as whom an export asks the gateway. */
export interface GatewayClient {
  url: string;
  token: string;
  /** Stated purpose (`x-access-purpose`): supervisors see personal data in full only with one. */
  purpose?: string | null;
}

/** The gateway refused the query or answered with errors: an export must not be silently partial. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }>;
}

/** Sends one operation to the gateway the way any client does, so its rules apply unchanged. */
export async function ask(
  client: GatewayClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${client.token}`,
  };
  // Header values are Latin-1: a purpose in Chinese travels percent-encoded.
  if (client.purpose) headers['x-access-purpose'] = encodeURIComponent(client.purpose);
  let response: Response;
  try {
    response = await fetch(client.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ExportError(
      `cannot reach the gateway at ${client.url}: ${String((error as Error).cause ?? error)}`,
    );
  }
  const answer = (await response.json().catch(() => null)) as Answer | null;
  if (!answer)
    throw new ExportError(`the gateway answered HTTP ${response.status} without GraphQL`);
  if (answer.errors?.length) {
    const listed = answer.errors.map(
      (error) =>
        `  ${error.extensions?.code ?? 'ERROR'}${error.path ? ` at ${error.path.join('.')}` : ''}: ${error.message}`,
    );
    throw new ExportError(`the gateway answered with errors:\n${listed.join('\n')}`);
  }
  if (!answer.data)
    throw new ExportError(`the gateway answered HTTP ${response.status} without data`);
  return answer.data;
}

/** The value at a dotted path of an answer, e.g. `region.stations`. */
function at(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value == null ? value : (value as Record<string, unknown>)[key]),
      data,
    );
}

interface ConnectionPage {
  edges?: Array<{ node: Record<string, unknown> }>;
  nodes?: Array<Record<string, unknown>>;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Pages through the Relay connection at `path` with `first`/`after`, yielding its nodes a page
 * at a time; the query must declare `$first: Int` and `$after: String` and select
 * `pageInfo { hasNextPage endCursor }` with `edges { node }` or `nodes`.
 */
export async function* pageThrough(
  client: GatewayClient,
  query: string,
  path: string,
  options: { variables?: Record<string, unknown>; pageSize?: number } = {},
): AsyncGenerator<Array<Record<string, unknown>>> {
  let after: string | null = null;
  for (;;) {
    const data = await ask(client, query, {
      ...options.variables,
      first: options.pageSize ?? 200,
      after,
    });
    const page = at(data, path) as ConnectionPage | null | undefined;
    if (page == null) throw new ExportError(`the answer has nothing at ${path}`);
    const nodes = page.nodes ?? page.edges?.map((edge) => edge.node);
    if (!nodes || !page.pageInfo) {
      throw new ExportError(
        `${path} is not a connection with pageInfo and edges { node } or nodes`,
      );
    }
    yield nodes;
    if (!page.pageInfo.hasNextPage) return;
    if (!page.pageInfo.endCursor || page.pageInfo.endCursor === after) {
      throw new ExportError(`${path} says more pages follow but gives no new endCursor`);
    }
    after = page.pageInfo.endCursor;
  }
}
