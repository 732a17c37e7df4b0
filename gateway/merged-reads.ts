import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { SubgraphRequestBody } from '../shared/auth.js';

// A query plan reads several times from one subgraph at once: the station view asks the trade
// union for the station's service points and, beside it, for the contributions to the station's
// projects — two `_entities` fetches in one parallel step. Each fetch is an HTTP request, a grant
// check and a pass through the subgraph's request pipeline. Reads of one client request to one
// subgraph that start together are sent as one operation instead: each read's root fields under
// an alias of its own and its variables renamed, so that none can meet another's; the answer is
// split back into one answer per read, as if each had been sent alone.

/** How one read's root fields and variables are named inside the merged operation. */
interface MemberNames {
  /** Alias in the merged operation → the read's own response key. */
  keys: Map<string, string>;
  /** The read's variable → its name in the merged operation. */
  variables: Map<string, string>;
}

/** A merged operation, the same for every request whose plan makes the same reads. */
interface MergedShape {
  query: string;
  members: MemberNames[];
}

/** The reads a merged operation was made of, to split its answer with. */
export interface MergedReads {
  body: SubgraphRequestBody;
  /** One answer per read, in the order given; null when the answer cannot be split faithfully. */
  split(response: GatewayGraphQLResponse): GatewayGraphQLResponse[] | null;
}

/** The operation of a read, when it can be merged: one query, no fragments, root fields only. */
function mergeableOperation(query: string): OperationDefinitionNode | null {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  if (document.definitions.length !== 1) return null;
  const [operation] = document.definitions;
  if (
    operation?.kind !== Kind.OPERATION_DEFINITION ||
    operation.operation !== OperationTypeNode.QUERY ||
    operation.directives?.length
  )
    return null;
  const fields = operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD,
  );
  return fields ? operation : null;
}

/** Merges the operations of reads; null when one of them cannot be merged. */
function mergeShape(queries: string[]): MergedShape | null {
  const variableDefinitions: VariableDefinitionNode[] = [];
  const selections: FieldNode[] = [];
  const members: MemberNames[] = [];
  for (const [index, query] of queries.entries()) {
    const operation = mergeableOperation(query);
    if (!operation) return null;
    const prefix = `m${index}_`;
    const names: MemberNames = { keys: new Map(), variables: new Map() };
    for (const definition of operation.variableDefinitions ?? []) {
      names.variables.set(definition.variable.name.value, prefix + definition.variable.name.value);
    }
    const renamed = visit(operation, {
      Variable: (node) => ({
        ...node,
        name: { ...node.name, value: names.variables.get(node.name.value) ?? node.name.value },
      }),
    });
    variableDefinitions.push(...(renamed.variableDefinitions ?? []));
    for (const selection of renamed.selectionSet.selections as FieldNode[]) {
      const key = selection.alias?.value ?? selection.name.value;
      const alias = prefix + key;
      names.keys.set(alias, key);
      selections.push({ ...selection, alias: { kind: Kind.NAME, value: alias } });
    }
    members.push(names);
  }
  const merged: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        name: { kind: Kind.NAME, value: 'MergedReads' },
        variableDefinitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections },
      },
    ],
  };
  return { query: print(merged), members };
}

/**
 * The merged operations made so far, by the reads they merge: a query plan makes the same reads
 * for every request of its shape, so each is parsed and printed once. Bounded; the oldest go.
 */
export class MergedReadShapes {
  private readonly shapes = new Map<string, MergedShape | null>();

  constructor(private readonly capacity = 1_000) {}

  /** The reads as one operation, or null when they cannot be merged. */
  merge(bodies: SubgraphRequestBody[]): MergedReads | null {
    const key = bodies.map((body) => body.query).join('\u0000');
    let shape = this.shapes.get(key);
    if (shape === undefined) {
      shape = mergeShape(bodies.map((body) => body.query ?? ''));
      if (this.shapes.size >= this.capacity)
        this.shapes.delete(this.shapes.keys().next().value as string);
      this.shapes.set(key, shape);
    }
    if (!shape) return null;
    const { query, members } = shape;
    const variables: Record<string, unknown> = {};
    members.forEach((names, index) => {
      for (const [name, value] of Object.entries(bodies[index]!.variables ?? {})) {
        const renamed = names.variables.get(name);
        if (renamed) variables[renamed] = value;
      }
    });
    return {
      body: { query, operationName: 'MergedReads', variables },
      split: (response) => splitAnswer(response, members),
    };
  }
}

/**
 * Each read's part of a merged answer: its root fields under their own keys, the errors whose
 * path is in them with the path given back (without locations), and the answer's extensions with the first read
 * alone (notices once). An answer without data (a root field that may not be null failed, which
 * nulls the reads beside it) or with an error outside every read cannot be split.
 */
function splitAnswer(
  response: GatewayGraphQLResponse,
  members: MemberNames[],
): GatewayGraphQLResponse[] | null {
  const data = response.data as Record<string, unknown> | null | undefined;
  if (!data) return null;
  const errors: GraphQLFormattedError[][] = members.map(() => []);
  for (const error of response.errors ?? []) {
    const [head, ...rest] = error.path ?? [];
    const index = members.findIndex((names) => names.keys.has(head as string));
    if (index < 0) return null;
    const key = members[index]!.keys.get(head as string)!;
    // Its locations are in the merged operation, which the read never sent: they are left out.
    const { locations: _merged, ...own } = error;
    errors[index]!.push({ ...own, path: [key, ...rest] });
  }
  return members.map((names, index) => {
    const part: Record<string, unknown> = {};
    for (const [alias, key] of names.keys) part[key] = data[alias] ?? null;
    return {
      data: part,
      ...(errors[index]!.length ? { errors: errors[index] } : {}),
      ...(index === 0 && response.extensions ? { extensions: response.extensions } : {}),
    };
  });
}
