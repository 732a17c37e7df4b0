import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  isLeafType,
  isObjectType,
  isUnionType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * What dashboards read: a region, with everything counted over it, and the indicator tables.
 */
const AGGREGATE_ROOTS = ['Region', 'IndicatorTable'];

/**
 * The types that hold a region's figures: `Region` and every object type reached from its fields,
 * stopping at other entities (a station or a person is not an aggregate and must stay fresh).
 */
export function aggregateTypes(schema: GraphQLSchema): Set<string> {
  const entityUnion = schema.getType('_Entity');
  const entities = new Set(
    isUnionType(entityUnion) ? entityUnion.getTypes().map((t) => t.name) : [],
  );
  const found = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (!isObjectType(type) || found.has(type.name)) return;
    if (!AGGREGATE_ROOTS.includes(type.name) && entities.has(type.name)) return;
    found.add(type.name);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  for (const name of AGGREGATE_ROOTS) {
    const root = schema.getType(name);
    if (root) visit(root);
  }
  return found;
}

/** What a document's selections say of its answer's cache policy. */
type DocumentPolicy =
  /** Every object field it selects belongs to, or returns, an aggregate. */
  | { kind: 'aggregate'; entities: FieldNode[] }
  /** It selects a station, a person or anything else that must stay fresh. */
  | { kind: 'fresh' };

/**
 * The policy of one operation of a document, found from the types it selects: a field that
 * returns an object (or is a root field) must belong to or return an aggregate type, except the
 * gateway's `_entities` lookup, which is cacheable when every representation it is asked for is of
 * an aggregate type (known only from the request's values: its field nodes are returned). Fields
 * under `@skip` or `@include` count as selected: never more cacheable than asked.
 */
function documentPolicy(
  schema: GraphQLSchema,
  cacheable: Set<string>,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): DocumentPolicy {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  const typeInfo = new TypeInfo(schema);
  const entities: FieldNode[] = [];
  let fresh = false;
  const check = (node: FieldNode) => {
    const parent = typeInfo.getParentType();
    const field = typeInfo.getFieldDef();
    if (node.name.value === '__typename') return;
    if (!parent || !field || node.name.value.startsWith('__')) {
      fresh = true;
      return;
    }
    const returned = getNamedType(field.type);
    if (cacheable.has(parent.name) || cacheable.has(returned.name)) return;
    if (node.name.value === '_entities' && parent === schema.getQueryType()) {
      entities.push(node);
      return;
    }
    if (roots.has(parent as never) || !isLeafType(returned)) fresh = true;
  };
  // The operation and every fragment of the document: a fragment it does not spread only makes it
  // less cacheable, never more.
  const parts = document.definitions.filter(
    (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  for (const part of parts) {
    visit(part, visitWithTypeInfo(typeInfo, { Field: check }));
  }
  return fresh ? { kind: 'fresh' } : { kind: 'aggregate', entities };
}

/** Whether every representation an `_entities` field is asked for is of an aggregate type. */
function entitiesCacheable(
  schema: GraphQLSchema,
  cacheable: Set<string>,
  node: FieldNode,
  variables: Record<string, unknown>,
): boolean {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field) return false;
  try {
    const { representations } = getArgumentValues(field, node, variables) as {
      representations?: Array<{ __typename?: string } | null>;
    };
    return !!representations?.every((r) => cacheable.has(r?.__typename ?? ''));
  } catch {
    // Values the lookup will refuse: its answer is an error, kept by no one.
    return false;
  }
}

/**
 * Cache hints on aggregates: an answer whose every object field belongs to, or returns, one of the
 * region's figure types may be cached for `maxAge` seconds, and so may the gateway's `_entities`
 * lookup of regions. The scope is PRIVATE because each answer depends on who asks (region scope,
 * masking). An answer that reads a station or a person, or any other object, is not cached at all,
 * nor one with errors. The gateway combines the subgraphs' hints from their
 * `Cache-Control` headers into the client's.
 *
 * The policy is found once per document and operation from the types it selects, not per field as
 * it is resolved: per-field hooks have Apollo Server wrap every resolver of the schema, which cost a
 * fifth of a department's CPU on a page of a hundred stations. Apollo Server's own cache-control
 * plugin must therefore be disabled beside this one (`ApolloServerPluginCacheControlDisabled`); the
 * hub declares no `@cacheControl` for it to read.
 */
export function aggregateCacheHints<Context extends object>(
  schema: GraphQLSchema,
  maxAge: number,
): ApolloServerPlugin<Context> {
  const cacheable = aggregateTypes(schema);
  const policies = new WeakMap<DocumentNode, Map<OperationDefinitionNode, DocumentPolicy>>();
  const policyOf = (document: DocumentNode, operation: OperationDefinitionNode) => {
    let known = policies.get(document);
    if (!known) {
      known = new Map();
      policies.set(document, known);
    }
    let policy = known.get(operation);
    if (!policy) {
      policy = documentPolicy(schema, cacheable, document, operation);
      known.set(operation, policy);
    }
    return policy;
  };
  return {
    async requestDidStart() {
      let cacheableAnswer = false;
      return {
        async didResolveOperation({ document, operation, request }) {
          if (maxAge <= 0 || !operation) return;
          const policy = policyOf(document, operation);
          cacheableAnswer =
            policy.kind === 'aggregate' &&
            policy.entities.every((node) =>
              entitiesCacheable(schema, cacheable, node, request.variables ?? {}),
            );
        },
        async willSendResponse({ response }) {
          const answered = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheableAnswer && answered ? `max-age=${maxAge}, private` : 'no-store',
          );
        },
      };
    },
  };
}
