import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, validate, type GraphQLSchema } from 'graphql';
import { EXAMPLES } from '../../gateway/explorer/examples.js';

// The explorer's ready-made operations are checked against the API schema of the committed
// supergraph (what clients see), so a renamed field breaks this test, not the page.

let schema: GraphQLSchema;
beforeAll(async () => {
  const sdl = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
  schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
});

it('offers the station, person, region and funding views, the referral inbox, the timeline and overlapping help', () => {
  expect(EXAMPLES.map((example) => example.id)).toEqual([
    'region-dashboard',
    'station-view',
    'person-view',
    'project-funding',
    'referral-inbox',
    'person-timeline',
    'overlapping-help',
  ]);
});

describe.each(EXAMPLES.map((example) => [example.id, example] as const))('%s', (_id, example) => {
  it('is valid against the supergraph', () => {
    expect(validate(schema, parse(example.query)).map((error) => error.message)).toEqual([]);
  });

  it('gives a value for every variable it declares, and no others', () => {
    const declared = parse(example.query).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value)
        : [],
    );
    expect(Object.keys(example.variables).sort()).toEqual(declared.sort());
  });
});
