import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import {
  Kind,
  parse,
  specifiedRules,
  TypeInfo,
  validate,
  ValidationContext,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import * as bench from '../../bench/queries.js';
import { EXAMPLES } from '../../gateway/explorer/examples.js';
import { QUERY_LIMITS } from '../../gateway/plugins/query-limits.js';
import {
  costLimitRule,
  DEFAULT_COST_MODEL,
  estimateOperationCost,
  QUERY_TOO_COSTLY,
} from '../../gateway/plugins/query-cost.js';

// The cost estimate against the API schema of the committed supergraph, as the gateway sees it:
// lists multiply, the real queries fit with room to spare, the list bomb and its variants do not.

let schema: GraphQLSchema;
beforeAll(async () => {
  const sdl = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
  schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
});

/** The cost of the document's only operation (its first, when there are several). */
function cost(query: string): number {
  const document = parse(query);
  const context = new ValidationContext(schema, document, new TypeInfo(schema), () => {});
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return estimateOperationCost(context, operation);
}

/** What the gateway's rule says of the document (graphql-js's own rules included). */
function refusals(query: string) {
  const rules = [...specifiedRules, costLimitRule(QUERY_LIMITS.maxCost)];
  return validate(schema, parse(query), rules).map((error) => ({
    message: error.message,
    extensions: error.extensions,
  }));
}

const LIST = DEFAULT_COST_MODEL.assumedListSize;
const BOMB =
  '{ stations(first:500){ edges{ node{ projects{ stations{ projects{ stations{ projects{ name }}}}}}}}}';

describe('the estimate', () => {
  it('costs a page by its first: the connection, then each edge and its node', () => {
    expect(cost('{ stations(first: 10) { totalCount edges { node { name } } } }')).toBe(1 + 10 * 2);
    expect(cost('{ stations(first: 0) { totalCount edges { node { name } } } }')).toBe(1);
    expect(cost('{ stations(first: 10) { totalCount } }')).toBe(1);
  });

  it('takes the largest page when first is a variable, absent or over the maximum', () => {
    const largest = 1 + DEFAULT_COST_MODEL.maxPageSize * 2;
    expect(cost('query($n: Int) { stations(first: $n) { edges { node { name } } } }')).toBe(
      largest,
    );
    expect(cost('{ stations { edges { node { name } } } }')).toBe(largest);
    expect(cost('{ stations(first: 100000) { edges { node { name } } } }')).toBe(largest);
  });

  it('gives an unpaginated list its assumed size, and nested lists multiply', () => {
    expect(cost('{ station(id: "x") { name projects { name } } }')).toBe(1 + LIST);
    expect(cost('{ station(id: "x") { projects { stations { name } } } }')).toBe(
      1 + LIST * (1 + LIST),
    );
  });

  it('counts scalars as free and introspection as nothing', () => {
    expect(cost('{ region(code: "230127") { code name level } }')).toBe(1);
    expect(cost('{ __schema { types { fields { args { type { name } } } } } }')).toBe(0);
  });

  it('counts fragments, inline fragments and aliases where they are spread', () => {
    const plain = cost('{ station(id: "x") { projects { stations { name } } } }');
    expect(
      cost(
        '{ station(id: "x") { ...P } } fragment P on Station { projects { ... on ServiceProject { stations { name } } } }',
      ),
    ).toBe(plain);
    expect(
      cost(
        '{ a: station(id: "x") { projects { stations { name } } } b: station(id: "x") { projects { stations { name } } } }',
      ),
    ).toBe(2 * plain);
  });

  it('does not loop on a fragment that spreads itself (refused by graphql-js)', () => {
    const query =
      '{ station(id: "x") { ...S } } fragment S on Station { projects { stations { ...S } } }';
    expect(cost(query)).toBe(1 + LIST * (1 + LIST));
    expect(refusals(query).map((refusal) => refusal.message)).toEqual([
      'Cannot spread fragment "S" within itself.',
    ]);
  });
});

describe('the limit', () => {
  const real = [
    ...Object.entries(bench)
      .filter(([, value]) => typeof value === 'string' && value.startsWith('query'))
      .map(([name, query]) => [`bench ${name}`, query as string] as const),
    ...EXAMPLES.map((example) => [`explorer ${example.id}`, example.query] as const),
  ];

  it.each(real)('lets %s through at under half the limit', (_name, query) => {
    expect(cost(query)).toBeLessThan(QUERY_LIMITS.maxCost / 2);
    expect(refusals(query)).toEqual([]);
  });

  it('knows the heaviest benchmark query: 100 stations, each with its projects', () => {
    expect(cost(bench.STATION_LIST)).toBe(12_401);
  });

  const refused = {
    'the list bomb': BOMB,
    'deeper nesting': `{ stations(first: 5) { edges { node { ${'projects { stations { '.repeat(4)}name${' } }'.repeat(4)} } } } }`,
    'a variable for first': `query($n: Int) { stations(first: $n) { edges { node { projects { stations { projects { name } } } } } } }`,
    'aliases of one list each under the limit': `{ ${['a', 'b'].map((alias) => `${alias}: stations(first: 200) { edges { node { projects { stations { name } } } } }`).join(' ')} }`,
    'a fragment': `{ stations(first: 500) { edges { node { ...deep } } } } fragment deep on Station { projects { stations { projects { name } } } }`,
    'an inline fragment': `{ stations(first: 500) { edges { node { ... on Station { projects { stations { projects { name } } } } } } } }`,
  };

  it.each(Object.entries(refused))('refuses %s, stating cost and limit', (_name, query) => {
    const estimated = cost(query);
    expect(estimated).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(refusals(query)).toEqual([
      {
        message: expect.stringContaining(
          `estimated cost is ${estimated}, the limit is ${QUERY_LIMITS.maxCost}`,
        ),
        extensions: { code: QUERY_TOO_COSTLY, cost: estimated, limit: QUERY_LIMITS.maxCost },
      },
    ]);
  });

  it('would have let one of the aliased lists through alone', () => {
    const one = '{ stations(first: 200) { edges { node { projects { stations { name } } } } } }';
    expect(cost(one)).toBeLessThan(QUERY_LIMITS.maxCost);
  });
});
