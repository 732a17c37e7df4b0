import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, type GraphQLUnionType } from 'graphql';
import { aggregateCacheHints } from '../../shared/cache-hints.js';

// An answer may be kept for a while only when every object it reads is one of a region's figures;
// the policy is found from the document's types, once, and the `_entities` lookup's from the types
// of the representations it is asked for.

const schema = buildSchema(`
  type Region { code: ID! name: String! figures: Figures! }
  type Figures { services: Int! }
  type Station { id: ID! name: String! region: Region! }
  union _Entity = Region | Station
  type Query {
    region(code: ID!): Region
    station(id: ID!): Station
    _entities(representations: [_Any!]!): [_Entity]!
    version: String!
  }
  type Mutation { touch: Boolean! }
  scalar _Any
`);
const mulan = { __typename: 'Region', code: '230127', name: '木兰县', figures: { services: 3 } };
const resolvers: Record<string, () => unknown> = {
  region: () => mulan,
  station: () => ({ id: 's1', name: '木兰镇社工站', region: mulan }),
  version: () => '1',
};
for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
  if (resolvers[name]) field.resolve = resolvers[name];
}
schema.getQueryType()!.getFields()._entities!.resolve = (
  _: unknown,
  { representations }: { representations: Array<{ __typename: string }> },
) =>
  representations.map((r) =>
    r.__typename === 'Region' ? mulan : { __typename: 'Station', id: 's1', name: '木兰镇社工站' },
  );
schema.getMutationType()!.getFields().touch!.resolve = () => true;
(schema.getType('_Entity') as GraphQLUnionType).resolveType = (value: { __typename: string }) =>
  value.__typename;

const server = new ApolloServer({
  schema,
  plugins: [aggregateCacheHints(schema, 60), ApolloServerPluginCacheControlDisabled()],
});
beforeAll(() => server.start());
afterAll(() => server.stop());

async function header(query: string, variables: Record<string, unknown> = {}) {
  const response = await server.executeOperation({ query, variables });
  return response.http.headers.get('cache-control');
}

it("lets a region's figures be kept, privately, whatever fragments spell them", async () => {
  expect(await header('{ region(code: "230127") { name figures { services } } }')).toBe(
    'max-age=60, private',
  );
  expect(
    await header(
      'query { region(code: "230127") { ...F } } fragment F on Region { code __typename figures { services } }',
    ),
  ).toBe('max-age=60, private');
});

it('keeps nothing that reads a station, a root scalar, a write of one, or has errors', async () => {
  expect(await header('{ station(id: "s1") { name } }')).toBe('no-store');
  // A station's region is a region's figures, the station itself is not.
  expect(await header('{ station(id: "s1") { region { name } } }')).toBe('no-store');
  expect(await header('{ region(code: "230127") { name } station(id: "s1") { name } }')).toBe(
    'no-store',
  );
  expect(await header('{ version }')).toBe('no-store');
  expect(await header('{ region(code: "230127") { nope } }')).toBe('no-store');
  expect(await header('mutation { touch }')).toBe('no-store');
});

it('decides the lookup of entities by the representations it is asked for', async () => {
  const lookup = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { name } ... on Station { name } } }`;
  expect(await header(lookup, { reps: [{ __typename: 'Region', code: '230127' }] })).toBe(
    'max-age=60, private',
  );
  expect(
    await header(lookup, {
      reps: [
        { __typename: 'Region', code: '230127' },
        { __typename: 'Station', id: 's1' },
      ],
    }),
  ).toBe('no-store');
  // Representations the lookup refuses: an error, and no hint.
  expect(await header(lookup, { reps: null })).toBe('no-store');
  // The same document again, with other values: the policy found for it is not the answer's.
  expect(await header(lookup, { reps: [{ __typename: 'Region', code: '230100' }] })).toBe(
    'max-age=60, private',
  );
});
