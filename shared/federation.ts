import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isInputObjectType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import {
  buildSchema,
  createResolversMap,
  type BuildSchemaOptions,
  type NonEmptyArray,
} from 'type-graphql';
import { hasRole, type Role } from './auth.js';
import type { HubContext } from './context.js';
import { INPUT_RULE } from './input/rules.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from './scalars.js';

/** Federation 2 directives the hub's subgraphs may use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

/** `__resolveReference` functions by type name, merged into the type-graphql resolvers. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

export interface FederatedSchemaOptions {
  // type-graphql takes resolver classes, whatever their constructor arguments.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Keyed types reachable only through `_entities`, which would otherwise vanish. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers;
}

/** `@Authorized(roles)` passes when the principal holds one of the roles. */
const authChecker: BuildSchemaOptions['authChecker'] = ({ context }, roles) =>
  hasRole((context as HubContext).principal, roles as Role[]);

/** The SDL and executable schema of one subgraph. */
export interface FederatedSchema {
  schema: GraphQLSchema;
  /** SDL with federation directives, as composition reads it. */
  typeDefs: string;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: the one path every
 * subgraph uses, so that directives, scalars and validation behave the same everywhere.
 */
export async function buildFederatedSchema(
  options: FederatedSchemaOptions,
): Promise<FederatedSchema> {
  const built = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    authChecker,
    // Federation adds _service and _entities after this point; type-graphql must not reject the
    // partial schema before that.
    skipCheck: true,
  });
  const typeDefs = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(built)}`;
  const resolvers = createResolversMap(built) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference } as never;
  }
  // The scalars must behave identically in every subgraph, so they come from shared/.
  for (const scalar of [MoneyScalar, DateScalar, DateTimeScalar]) {
    if (built.getType(scalar.name)) resolvers[scalar.name] = scalar;
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers }]);
  carryInputRules(built, schema);
  return { schema, typeDefs };
}

/**
 * The input rules of fields (free text, kinds of dates and amounts) are extensions, which SDL
 * does not carry: they are copied from the type-graphql schema onto the served one, where the
 * kit's input check reads them — on input fields and on arguments (of an `@ArgsType`).
 */
function carryInputRules(from: GraphQLSchema, to: GraphQLSchema): void {
  const carry = (
    source: { extensions: Readonly<Record<string, unknown>> },
    target: { extensions: Readonly<Record<string, unknown>> } | undefined,
  ) => {
    const rule = source.extensions[INPUT_RULE];
    if (rule === undefined || !target) return;
    target.extensions = {
      ...target.extensions,
      [INPUT_RULE]: rule,
    };
  };
  for (const type of Object.values(from.getTypeMap())) {
    const target = to.getType(type.name);
    if (isInputObjectType(type) && isInputObjectType(target)) {
      const targetFields = target.getFields();
      for (const field of Object.values(type.getFields())) carry(field, targetFields[field.name]);
    } else if (isObjectType(type) && isObjectType(target)) {
      const targetFields = target.getFields();
      for (const field of Object.values(type.getFields())) {
        const targetArgs = targetFields[field.name]?.args ?? [];
        for (const argument of field.args) {
          carry(
            argument,
            targetArgs.find((candidate) => candidate.name === argument.name),
          );
        }
      }
    }
  }
}
