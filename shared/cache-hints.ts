import type { ApolloServerPlugin } from '@apollo/server';
import { maybeCacheControlFromInfo } from '@apollo/cache-control-types';
import {
  getNamedType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
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

/**
 * Cache hints on aggregates: a field that returns, or belongs to, one of the region's figure
 * types may be cached for `maxAge` seconds; so may the `_entities` lookup of regions that the
 * gateway makes. The scope is PRIVATE because each answer depends on who asks (region scope,
 * masking). Every other object field keeps the default of 0, so a query that also reads a
 * station or a person is not cached at all. The gateway combines the subgraphs' hints from their
 * `Cache-Control` headers into the client's.
 */
export function aggregateCacheHints<Context extends object>(
  schema: GraphQLSchema,
  maxAge: number,
): ApolloServerPlugin<Context> {
  const cacheable = aggregateTypes(schema);
  const hint = { maxAge, scope: 'PRIVATE' as const };
  return {
    async requestDidStart() {
      if (maxAge <= 0) return;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info, args }) {
              const cacheControl = maybeCacheControlFromInfo(info);
              if (!cacheControl) return;
              const parent = info.parentType.name;
              const returned = getNamedType(info.returnType).name;
              if (cacheable.has(parent) || cacheable.has(returned)) {
                cacheControl.setCacheHint(hint);
              } else if (info.fieldName === '_entities') {
                const representations = (
                  args as { representations?: Array<{ __typename?: string }> }
                ).representations;
                if (representations?.every((r) => cacheable.has(r.__typename ?? ''))) {
                  cacheControl.setCacheHint(hint);
                }
              }
            },
          };
        },
      };
    },
  };
}
