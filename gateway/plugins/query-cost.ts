import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../../shared/errors.js';
import { MAX_PAGE_SIZE } from '../../shared/page-size.js';

/** Code of the error that refuses an operation whose estimated cost is over the limit. */
export const QUERY_TOO_COSTLY = ErrorCode.QUERY_TOO_COSTLY;

/** How the estimate sizes lists. */
export interface CostModel {
  /**
   * Items assumed in a list field that takes no `first` (`Station.projects`,
   * `ServiceProject.stations`, a person's cases…).
   */
  assumedListSize: number;
  /** Items of a page whose `first` is absent or a variable: the most a subgraph serves. */
  maxPageSize: number;
}

/**
 * 20 is the longest unpaginated list of the demo world (a county-bundled project serving 20
 * township stations); the pages are the hub's own bounds.
 */
export const DEFAULT_COST_MODEL: CostModel = { assumedListSize: 20, maxPageSize: MAX_PAGE_SIZE };

interface Walk {
  schema: GraphQLSchema;
  fragment: (name: string) => FragmentDefinitionNode | null | undefined;
  model: CostModel;
  /** Fragments being expanded, so that a cycle (reported by another rule) does not loop. */
  expanding: Set<string>;
}

/** The page a field asks for with `first`, or null when the field takes no `first`. */
function pageOf(definition: GraphQLField<unknown, unknown>, node: FieldNode, model: CostModel) {
  if (!definition.args.some((argument) => argument.name === 'first')) return null;
  const given = node.arguments?.find((argument) => argument.name.value === 'first')?.value;
  // A variable can be anything up to the maximum, and an absent `first` is whatever the
  // department serves: both count as the largest page.
  if (given?.kind !== Kind.INT) return model.maxPageSize;
  return Math.min(Math.max(Number(given.value), 0), model.maxPageSize);
}

function fieldCost(
  walk: Walk,
  node: FieldNode,
  parent: GraphQLCompositeType,
  page: number | null,
): number {
  // Introspection is answered by the gateway from the schema, whose size bounds it.
  if (node.name.value.startsWith('__')) return 0;
  if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
  const definition = parent.getFields()[node.name.value];
  // An unknown field is reported by graphql-js's own rules.
  if (!definition) return 0;
  const type = getNamedType(definition.type);
  // Scalars and enums come in the row of the object that carries them: no cost of their own.
  if (!isCompositeType(type) || !node.selectionSet) return 0;
  const ownPage = pageOf(definition, node, walk.model);
  const isList = isListType(getNullableType(definition.type));
  // A list is sized by its own `first`, else by the page of the connection it sits in
  // (`edges`, `nodes`), else by the assumed size.
  const items = isList ? (ownPage ?? page ?? walk.model.assumedListSize) : 1;
  // A connection's page applies to the lists directly inside it, not to lists deeper down.
  const inner = isList ? null : ownPage;
  return items * (1 + selectionCost(walk, node.selectionSet, type, inner));
}

function selectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  page: number | null,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, selection, parent, page);
      continue;
    }
    const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
    if (name !== null && walk.expanding.has(name)) continue;
    const fragment = name === null ? selection : walk.fragment(name);
    if (!fragment || fragment.kind === Kind.FRAGMENT_SPREAD) continue;
    const condition = fragment.typeCondition?.name.value;
    const selections = fragment.selectionSet;
    const type = condition ? walk.schema.getType(condition) : parent;
    if (!type || !isCompositeType(type)) continue;
    if (name !== null) walk.expanding.add(name);
    // Fragments on several types of an abstract field all count: an upper bound.
    total += selectionCost(walk, selections, type, page);
    if (name !== null) walk.expanding.delete(name);
  }
  return total;
}

/**
 * Estimates how many objects an operation can return: each object costs 1, a list multiplies
 * what it holds by its `first` (the largest page when `first` is a variable or absent) or, for
 * lists that take no `first`, by an assumed size; nested lists multiply. Scalars are free.
 */
export function estimateOperationCost(
  context: Pick<ValidationContext, 'getSchema' | 'getFragment'>,
  operation: OperationDefinitionNode,
  model: CostModel = DEFAULT_COST_MODEL,
): number {
  const schema = context.getSchema();
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk: Walk = {
    schema,
    fragment: (name) => context.getFragment(name),
    model,
    expanding: new Set(),
  };
  return selectionCost(walk, operation.selectionSet, root, null);
}

/**
 * A validation rule that refuses, before anything is fetched, each operation whose estimated
 * cost ({@link estimateOperationCost}) is over `limit`, with code `QUERY_TOO_COSTLY` and both
 * figures.
 */
export function costLimitRule(
  limit: number,
  model: CostModel = DEFAULT_COST_MODEL,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const cost = estimateOperationCost(context, operation, model);
      if (cost <= limit) return;
      const name = operation.name ? ` ${operation.name.value}` : '';
      context.reportError(
        new GraphQLError(
          `The operation${name} is too costly: its estimated cost is ${cost}, the limit is ${limit}. ` +
            'Ask for smaller pages (first) or fewer nested lists.',
          { nodes: [operation], extensions: { code: QUERY_TOO_COSTLY, cost, limit } },
        ),
      );
    },
  });
}
