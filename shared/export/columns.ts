import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationTypeNode,
  parse,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ExportError } from './errors.js';

/** A connection is paged with `first`/`after`; a list comes whole in one answer. */
export type ExportShape = 'connection' | 'list';

/** One column of an export: a leaf field of the rows, by its dotted path. */
export interface ExportColumn {
  /** Dotted path under the row, by response name (`region.code`); also the header. */
  name: string;
  /**
   * The leaf's named GraphQL type (`Int`, `Money`, `Date`…) when the schema was at hand, so that
   * a spreadsheet gets numbers as numbers; null without it.
   */
  type: string | null;
}

/** What an export of a query's path writes: how it is asked and its columns. */
export interface ExportPlan {
  shape: ExportShape;
  columns: ExportColumn[];
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  schema: GraphQLSchema | undefined;
}

interface Found {
  set: SelectionSetNode;
  type: GraphQLNamedType | undefined;
}

/** The named type of a field of `parent`, when the schema knows both. */
function fieldType(
  parent: GraphQLNamedType | undefined,
  name: string,
): GraphQLNamedType | undefined {
  if (name === '__typename') return undefined;
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  const field = parent.getFields()[name];
  return field ? getNamedType(field.type) : undefined;
}

/** The type a fragment narrows to, or the type it is spread in. */
function narrowed(
  walk: Walk,
  condition: { name: { value: string } } | undefined,
  type: GraphQLNamedType | undefined,
): GraphQLNamedType | undefined {
  return condition ? (walk.schema?.getType(condition.name.value) ?? undefined) : type;
}

/** The selection set of the field reached by following `path` from `at`. */
function selectionAt(walk: Walk, at: Found, path: string[]): Found | null {
  if (!path.length) return at;
  for (const selection of at.set.selections) {
    if (
      selection.kind === Kind.FIELD &&
      (selection.alias ?? selection.name).value === path[0] &&
      selection.selectionSet
    ) {
      const type = fieldType(at.type, selection.name.value);
      return selectionAt(walk, { set: selection.selectionSet, type }, path.slice(1));
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? walk.fragments.get(selection.name.value)
          : undefined;
    const found = fragment
      ? selectionAt(
          walk,
          { set: fragment.selectionSet, type: narrowed(walk, fragment.typeCondition, at.type) },
          path,
        )
      : null;
    if (found) return found;
  }
  return null;
}

/** Every leaf field under a selection set, in query order, fragments expanded. */
function leaves(walk: Walk, at: Found, prefix = ''): ExportColumn[] {
  return at.set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      const name = `${prefix}${(selection.alias ?? selection.name).value}`;
      const type = fieldType(at.type, selection.name.value);
      if (selection.selectionSet)
        return leaves(walk, { set: selection.selectionSet, type }, `${name}.`);
      return [
        {
          name,
          type: selection.name.value === '__typename' ? 'String' : (type?.name ?? null),
        },
      ];
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection
        : walk.fragments.get(selection.name.value);
    return fragment
      ? leaves(
          walk,
          { set: fragment.selectionSet, type: narrowed(walk, fragment.typeCondition, at.type) },
          prefix,
        )
      : [];
  });
}

/** Whether a selection set selects a field under this response name, leaf or not. */
function selects(walk: Walk, at: Found, name: string): boolean {
  return at.set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return (selection.alias ?? selection.name).value === name;
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection
        : walk.fragments.get(selection.name.value);
    return !!fragment && selects(walk, { set: fragment.selectionSet, type: undefined }, name);
  });
}

function queryError(message: string): ExportError {
  return new ExportError(message, { field: 'query' });
}

/**
 * What an export of `path` in `query` writes. At a connection (one that selects `pageInfo`), the
 * query must declare `$first: Int` and `$after: String` for the pages, select
 * `pageInfo { hasNextPage endCursor }`, and the rows are its `edges { node }` or `nodes`; at any
 * other list of objects the rows are its items, asked once. The columns are the leaf fields
 * selected on a row, nested objects flattened to dotted names (`region.code`). Taken from the
 * query rather than from the answers, so that the columns are the same whatever the data, even
 * with no rows at all; with the schema, each column also knows its type.
 */
export function planExport(query: string, path: string, schema?: GraphQLSchema): ExportPlan {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    throw queryError(`the query does not parse: ${(error as Error).message}`);
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1) throw queryError('the query must hold exactly one operation');
  const operation = operations[0]!;
  // An export asks its query again for every page: writes have no place in it.
  if (operation.operation !== OperationTypeNode.QUERY)
    throw queryError(`an export runs a query, not a ${operation.operation}`);
  const walk: Walk = {
    schema,
    fragments: new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    ),
  };
  const root: Found = { set: operation.selectionSet, type: schema?.getQueryType() ?? undefined };
  const at = selectionAt(walk, root, path.split('.'));
  if (!at) throw new ExportError(`the query selects no list at ${path}`, { field: 'path' });

  const rows = selectionAt(walk, at, ['edges', 'node']) ?? selectionAt(walk, at, ['nodes']) ?? null;
  const paged = selects(walk, at, 'pageInfo');
  if (!paged && rows && (selects(walk, at, 'edges') || selects(walk, at, 'nodes'))) {
    throw queryError(`the connection at ${path} must select pageInfo { hasNextPage endCursor }`);
  }
  if (!paged) return { shape: 'list', columns: unique(leaves(walk, at)) };

  if (!rows) throw queryError(`${path} must select edges { node { … } } or nodes { … }`);
  const pageInfo = selectionAt(walk, at, ['pageInfo'])!;
  if (!selects(walk, pageInfo, 'hasNextPage') || !selects(walk, pageInfo, 'endCursor'))
    throw queryError(`the connection at ${path} must select pageInfo { hasNextPage endCursor }`);
  const declared = new Set(operation.variableDefinitions?.map((v) => v.variable.name.value));
  if (!declared.has('first') || !declared.has('after')) {
    throw queryError(
      'the query must declare $first: Int and $after: String and pass them to the connection',
    );
  }
  return { shape: 'connection', columns: unique(leaves(walk, rows)) };
}

/** A field selected twice (directly and in a fragment) is one value: one column. */
function unique(columns: ExportColumn[]): ExportColumn[] {
  const seen = new Set<string>();
  return columns.filter((column) => !seen.has(column.name) && seen.add(column.name));
}

/** One cell as text: lists joined with `;`, nothing as an empty cell. */
function cellText(value: unknown): string {
  if (value == null) return '';
  if (Array.isArray(value))
    return value
      .map(cellText)
      .filter((text) => text !== '')
      .join(';');
  // Numbers and booleans print as JSON does; objects (JSON scalars) as JSON.
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The value under a dotted path; through a list, the values of every element. */
function valueAt(value: unknown, path: string[]): unknown {
  if (!path.length || value == null) return value;
  if (Array.isArray(value)) return value.map((element) => valueAt(element, path));
  return valueAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

/** A row as one CSV record under the given dotted columns. */
export function flattenNode(node: Record<string, unknown>, columns: string[]): string[] {
  return columns.map((column) => cellText(valueAt(node, column.split('.'))));
}

/** A cell of a typed sheet: a number stays a number, nothing stays empty. */
export type CellValue = string | number | boolean | null;

/** Types whose values the graph sends as decimal strings but a sheet should add up. */
const DECIMAL_STRING_TYPES = new Set(['Money']);

/**
 * A row as typed cells: numbers (`Int`, `Float`, and `Money`, which the graph sends as a decimal
 * string of yuan) as numbers, booleans as booleans, dates and everything else as text; a list
 * joined with `;` as in CSV.
 */
export function typedCells(node: Record<string, unknown>, columns: ExportColumn[]): CellValue[] {
  return columns.map((column) => {
    const value = valueAt(node, column.name.split('.'));
    if (value == null) return null;
    if (Array.isArray(value)) return cellText(value) || null;
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      if (column.type && DECIMAL_STRING_TYPES.has(column.type) && /^-?\d+(\.\d+)?$/.test(value))
        return Number(value);
      return value;
    }
    return JSON.stringify(value);
  });
}
