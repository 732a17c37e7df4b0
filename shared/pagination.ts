import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { countRows, findRows, type RowsOptions } from './db/rows.js';
import { badInput } from './errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/** Relay page information (分页信息), shared by every subgraph. */
@ObjectType({ description: 'Relay page information (分页信息)' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'More items follow the last one of this page' })
  hasNextPage!: boolean;

  @Field({ description: 'Items precede the first one of this page' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page' })
  endCursor!: string | null;
}

/** `first`/`after` arguments of every connection field. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts' })
  after?: string | null;
}

/** A page request after validation: the size and the id after which the page starts. */
export interface PageRequest {
  first: number;
  afterId: string | null;
}

const CURSOR_PREFIX = 'id:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque cursor of a node whose list is ordered by its (time-ordered) UUID. */
export function encodeCursor(id: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`, 'utf8').toString('base64url');
}

/** Validates `first`/`after`; bad values are `BAD_USER_INPUT` naming the argument. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const first = pageSize(args);
  if (args.after == null) return { first, afterId: null };
  return { first, afterId: cursorKey(args.after, CURSOR_PREFIX, UUID) };
}

const CODE_CURSOR_PREFIX = 'code:';
const DIVISION_CODE = /^\d{6}(\d{3}){0,2}$/;

/** A page request of a list ordered by division code: the size and the code it starts after. */
export interface CodePageRequest {
  first: number;
  afterCode: string | null;
}

/** Opaque cursor of a node whose list is ordered by its division code. */
export function encodeCodeCursor(code: string): string {
  return Buffer.from(`${CODE_CURSOR_PREFIX}${code}`, 'utf8').toString('base64url');
}

/** Validates `first`/`after` of a list ordered by division code, as {@link pageRequest} does. */
export function codePageRequest(args: ConnectionArgs): CodePageRequest {
  const first = pageSize(args);
  if (args.after == null) return { first, afterCode: null };
  return { first, afterCode: cursorKey(args.after, CODE_CURSOR_PREFIX, DIVISION_CODE) };
}

function pageSize(args: ConnectionArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/** The key inside a cursor of this list's kind; any other text is `BAD_USER_INPUT` on `after`. */
function cursorKey(after: string, prefix: string, shape: RegExp): string {
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const key = decoded.startsWith(prefix) ? decoded.slice(prefix.length) : '';
  if (!shape.test(key)) throw badInput('after', 'after is not a cursor returned by this list');
  return key;
}

/** What every connection type carries; `totalCount` is computed only when asked for. */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: Promise<number>;
}

/**
 * Turns `first + 1` rows fetched after the cursor into a connection. `count` runs lazily, so a
 * client that does not select `totalCount` does not pay for it.
 */
export function toConnection<T extends { id: string }>(
  rows: T[],
  request: PageRequest,
  count: () => Promise<number>,
): Connection<T> {
  return pageOf(
    rows,
    request.first,
    request.afterId !== null,
    (node) => encodeCursor(node.id),
    count,
  );
}

/** {@link toConnection} for a list ordered by division code. */
export function toCodeConnection<T extends { code: string }>(
  rows: T[],
  request: CodePageRequest,
  count: () => Promise<number>,
): Connection<T> {
  return pageOf(
    rows,
    request.first,
    request.afterCode !== null,
    (node) => encodeCodeCursor(node.code),
    count,
  );
}

function pageOf<T>(
  rows: T[],
  first: number,
  afterCursor: boolean,
  cursorOf: (node: T) => string,
  count: () => Promise<number>,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  const connection = {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  } as Connection<T>;
  let pending: Promise<number> | undefined;
  Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: () => (pending ??= count()),
  });
  return connection;
}

/**
 * Declares the Relay connection and edge types for a node type, e.g. `StationConnection` and
 * `StationEdge`.
 */
export function connectionType<T extends object>(
  node: ClassType<T>,
  name: string,
  description: string,
  options: { shareable?: boolean } = {},
): ClassType<Connection<T>> {
  // A connection that several subgraphs serve must be declared shareable in each of them.
  const shareable = options.shareable ? Directive('@shareable') : () => undefined;

  @ObjectType(`${name}Edge`, { description: `An edge of ${name}Connection` })
  @shareable
  class Edge {
    @Field({ description: 'Cursor of this node' })
    cursor!: string;

    @Field(() => node, { description })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description}` })
  @shareable
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page is in the whole list' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, all pages together' })
    totalCount!: number;
  }
  return ConnectionType as unknown as ClassType<Connection<T>>;
}

/** Builds the keyset condition for a page: rows whose id comes after the cursor. */
export function afterCondition(request: PageRequest): { id?: { $gt: string } } {
  return request.afterId ? { id: { $gt: request.afterId } } : {};
}

/**
 * Fetches one page of `entity` matching `where`, ordered by id, as a connection. Two statements at
 * most: the page (`first + 1` rows, to know whether more follow) and, if selected, the count.
 * The nodes are plain rows in the entity's shape, for showing, not managed entities.
 */
export async function findConnection<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: object,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const request = pageRequest(args);
  const rows =
    request.first === 0
      ? []
      : await findRows(
          em,
          entity,
          { $and: [where, afterCondition(request)] },
          {
            orderBy: { id: 'asc' } as RowsOptions<T>['orderBy'],
            limit: request.first + 1,
          },
        );
  return toConnection(rows, request, () => countRows(em, entity, where));
}

/** The same page with each node turned into what the graph shows of it; `totalCount` stays lazy. */
export async function mapConnection<T, U>(
  connection: Connection<T>,
  view: (node: T) => U | Promise<U>,
): Promise<Connection<U>> {
  const edges = await Promise.all(
    connection.edges.map(async (edge) => ({ cursor: edge.cursor, node: await view(edge.node) })),
  );
  const mapped = { edges, pageInfo: connection.pageInfo } as Connection<U>;
  Object.defineProperty(mapped, 'totalCount', {
    enumerable: true,
    get: () => connection.totalCount,
  });
  return mapped;
}
