import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ExportError } from './pager.js';

/** The selection set of the field reached by following `path` from the operation's root. */
function selectionAt(
  set: SelectionSetNode,
  path: string[],
  fragments: Map<string, FragmentDefinitionNode>,
): SelectionSetNode | null {
  if (!path.length) return set;
  for (const selection of set.selections) {
    if (
      selection.kind === Kind.FIELD &&
      (selection.alias ?? selection.name).value === path[0] &&
      selection.selectionSet
    ) {
      return selectionAt(selection.selectionSet, path.slice(1), fragments);
    }
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? fragments.get(selection.name.value)?.selectionSet
          : undefined;
    const found = inner ? selectionAt(inner, path, fragments) : null;
    if (found) return found;
  }
  return null;
}

/** Dotted paths of every leaf field under a selection set, in query order, fragments expanded. */
function leaves(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  prefix = '',
): string[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      const name = `${prefix}${(selection.alias ?? selection.name).value}`;
      if (name.endsWith('__typename')) return [name];
      return selection.selectionSet
        ? leaves(selection.selectionSet, fragments, `${name}.`)
        : [name];
    }
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : fragments.get(selection.name.value)?.selectionSet;
    return inner ? leaves(inner, fragments, prefix) : [];
  });
}

/**
 * The CSV columns of a connection query: the leaf fields selected on its nodes, nested objects
 * flattened to dotted names (`region.code`). Taken from the query rather than from the answers,
 * so that the columns are the same whatever the data, even with no rows at all.
 */
export function nodeColumns(query: string, path: string): string[] {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    throw new ExportError(`the query does not parse: ${(error as Error).message}`);
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1)
    throw new ExportError('the query file must hold exactly one operation');
  const operation = operations[0]!;
  const declared = new Set(operation.variableDefinitions?.map((v) => v.variable.name.value));
  if (!declared.has('first') || !declared.has('after')) {
    throw new ExportError(
      'the query must declare $first: Int and $after: String and pass them to the connection',
    );
  }
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const connection = selectionAt(operation.selectionSet, path.split('.'), fragments);
  if (!connection) throw new ExportError(`the query selects nothing at ${path}`);
  const node =
    selectionAt(connection, ['edges', 'node'], fragments) ??
    selectionAt(connection, ['nodes'], fragments);
  if (!node) throw new ExportError(`${path} must select edges { node { … } } or nodes { … }`);
  return leaves(node, fragments);
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

/** A node as one CSV record under the given dotted columns. */
export function flattenNode(node: Record<string, unknown>, columns: string[]): string[] {
  return columns.map((column) => cellText(valueAt(node, column.split('.'))));
}
