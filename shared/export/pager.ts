import type { ExportShape } from './columns.js';
import { ExportError, type AnsweredError } from './errors.js';

/** Rows asked per page when an export names no page size. */
export const DEFAULT_EXPORT_PAGE_SIZE = 200;

/** Where and as whom an export asks the gateway. */
export interface GatewayClient {
  url: string;
  token: string;
  /** Stated purpose (`x-access-purpose`): supervisors see personal data in full only with one. */
  purpose?: string | null;
  /** Cancels the request in flight: an export that expires or a gateway that stops. */
  signal?: AbortSignal;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: AnsweredError[];
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
      ...(client.signal ? { signal: client.signal } : {}),
    });
  } catch (error) {
    if (client.signal?.aborted) throw new ExportError('the export was cancelled');
    throw new ExportError(
      `cannot reach the gateway at ${client.url}: ${String((error as Error).cause ?? error)}`,
    );
  }
  const answer = (await response.json().catch(() => null)) as Answer | null;
  if (!answer)
    throw new ExportError(`the gateway answered HTTP ${response.status} without GraphQL`, {
      status: response.status,
    });
  if (answer.errors?.length) {
    const listed = answer.errors.map(
      (error) =>
        `  ${error.extensions?.code ?? 'ERROR'}${error.path ? ` at ${error.path.join('.')}` : ''}: ${error.message}`,
    );
    throw new ExportError(`the gateway answered with errors:\n${listed.join('\n')}`, {
      errors: answer.errors,
      status: response.status,
    });
  }
  if (!answer.data)
    throw new ExportError(`the gateway answered HTTP ${response.status} without data`, {
      status: response.status,
    });
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
  totalCount?: unknown;
}

/** One answer's share of an export. */
export interface ExportPage {
  nodes: Array<Record<string, unknown>>;
  /** The whole list's length, when the connection selects `totalCount` (or the list is whole). */
  totalCount: number | null;
}

/** What to page through, how, and as whom. */
export interface PageOptions {
  variables?: Record<string, unknown>;
  pageSize?: number;
  /** A connection is paged with `first`/`after`; a list comes whole in one answer. */
  shape?: ExportShape;
}

/** The list at `path` of one answer: a list of objects comes whole, nulls left out. */
async function wholeList(
  client: GatewayClient,
  query: string,
  path: string,
  variables: Record<string, unknown> = {},
): Promise<ExportPage> {
  const list = at(await ask(client, query, variables), path);
  if (list == null) throw new ExportError(`the answer has nothing at ${path}`, { field: 'path' });
  if (!Array.isArray(list)) throw new ExportError(`${path} is not a list`, { field: 'path' });
  const nodes = list.filter((item): item is Record<string, unknown> => item != null);
  return { nodes, totalCount: nodes.length };
}

/**
 * Pages through the Relay connection at `path` with `first`/`after`, yielding its nodes a page
 * at a time; the query must declare `$first: Int` and `$after: String` and select
 * `pageInfo { hasNextPage endCursor }` with `edges { node }` or `nodes`. With `shape: 'list'`
 * the list at `path` is asked once and yielded as one page.
 */
export async function* pageThrough(
  client: GatewayClient,
  query: string,
  path: string,
  options: PageOptions = {},
): AsyncGenerator<ExportPage> {
  if (options.shape === 'list') {
    yield await wholeList(client, query, path, options.variables);
    return;
  }
  let after: string | null = null;
  for (;;) {
    const data = await ask(client, query, {
      ...options.variables,
      first: options.pageSize ?? DEFAULT_EXPORT_PAGE_SIZE,
      after,
    });
    const page = at(data, path) as ConnectionPage | null | undefined;
    if (page == null) throw new ExportError(`the answer has nothing at ${path}`, { field: 'path' });
    const nodes = page.nodes ?? page.edges?.map((edge) => edge.node);
    if (!nodes || !page.pageInfo) {
      throw new ExportError(
        `${path} is not a connection with pageInfo and edges { node } or nodes`,
        { field: 'path' },
      );
    }
    yield { nodes, totalCount: typeof page.totalCount === 'number' ? page.totalCount : null };
    if (!page.pageInfo.hasNextPage) return;
    if (!page.pageInfo.endCursor || page.pageInfo.endCursor === after) {
      throw new ExportError(`${path} says more pages follow but gives no new endCursor`);
    }
    after = page.pageInfo.endCursor;
  }
}
