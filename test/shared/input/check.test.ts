import 'reflect-metadata';
import { parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Arg, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema } from '../../../shared/federation.js';
import { checkOperationInput, InputLiteralsRule } from '../../../shared/input/check.js';
import { Amount, FreeText, TermEndDate } from '../../../shared/input/rules.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';

// A small subgraph built the way every department's is, so that the rules travel from the
// decorators through the SDL round trip to the served schema.

@InputType()
class GrantInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => [ID], { defaultValue: [] })
  stationIds!: string[];

  @Field(() => MoneyScalar)
  @Amount('temporaryAssistance')
  amount!: bigint;

  @Field(() => DateScalar)
  grantedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @TermEndDate()
  validUntil?: string | null;

  @Field()
  @FreeText()
  reason!: string;

  @Field(() => String, { nullable: true })
  reference?: string | null;
}

@Resolver()
class TestResolver {
  @Query(() => String, { nullable: true })
  person(@Arg('id', () => ID) id: string): string {
    return id;
  }

  @Query(() => String, { nullable: true })
  region(@Arg('code', () => ID) code: string): string {
    return code;
  }

  @Query(() => Int)
  count(@Arg('from', () => DateScalar, { nullable: true }) from?: string): number {
    return from ? 1 : 0;
  }

  @Mutation(() => String)
  grant(@Arg('input', () => GrantInput) input: GrantInput): string {
    return input.personId;
  }

  @Mutation(() => String)
  close(@Arg('closedOn', () => DateScalar) closedOn: string): string {
    return closedOn;
  }
}

const PERSON = '0b6f3c38-2e0c-4a51-9b39-7a1f3c1d2e4f';
const TODAY = '2024-06-01';
const good = {
  personId: PERSON,
  stationIds: [PERSON],
  amount: '2570.35',
  grantedOn: '2024-01-20',
  validUntil: '2034-01-20',
  reason: '火灾\n临时救助',
  reference: '临救〔2024〕1号',
};

let check: (query: string, variables?: Record<string, unknown>) => unknown;
let served: GraphQLSchema;

beforeAll(async () => {
  const { schema } = await buildFederatedSchema({
    resolvers: [TestResolver],
    referenceResolvers: {},
  });
  served = schema;
  check = (query, variables = {}) => {
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const problem = checkOperationInput(schema, document, operation, variables, TODAY);
    return problem && { message: problem.message, ...problem.extensions };
  };
});

const GRANT = 'mutation($input: GrantInput!) { grant(input: $input) }';

describe('the input check of an operation', () => {
  it('passes good input', () => {
    expect(check(GRANT, { input: good })).toBeNull();
    expect(check(`{ person(id: "${PERSON}") region(code: "230127") }`)).toBeNull();
  });

  it('names the field at fault, inside the input as class-validator does', () => {
    const bad = (change: Record<string, unknown>) =>
      check(GRANT, { input: { ...good, ...change } });
    expect(bad({ personId: 'x' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'personId',
      message: 'personId: "x" is not an id (a UUID)',
      http: { status: 400 },
    });
    expect(bad({ stationIds: [PERSON, '1'] })).toMatchObject({ field: 'stationIds.1' });
    expect(bad({ reference: 'a\u0000b' })).toMatchObject({
      field: 'reference',
      message: 'reference: contains a NUL byte',
    });
    expect(bad({ reference: 'a\nb' })).toMatchObject({ field: 'reference' });
    expect(bad({ reason: 'x'.repeat(5000) })).toMatchObject({ field: 'reason' });
    expect(bad({ grantedOn: '0000-01-01' })).toMatchObject({
      field: 'grantedOn',
      message: 'grantedOn: year 0000 does not exist',
    });
    expect(bad({ grantedOn: '1900-01-01' })).toMatchObject({ field: 'grantedOn' });
    expect(bad({ grantedOn: '9999-01-01' })).toMatchObject({ field: 'grantedOn' });
    expect(bad({ amount: '92000000000000000.00' })).toMatchObject({
      field: 'amount',
      message: 'amount: amount must be at most 200000.00 yuan',
    });
    expect(bad({ amount: '99999999999999999999.00' })).toMatchObject({ field: 'amount' });
    expect(bad({ amount: '0' })).toMatchObject({
      message: 'amount: amount must be more than zero',
    });
  });

  it('applies the rule a decorator gives the field', () => {
    expect(check(GRANT, { input: { ...good, validUntil: '2040-01-01' } })).toBeNull();
    expect(check(GRANT, { input: { ...good, validUntil: '2050-01-01' } })).toMatchObject({
      field: 'validUntil',
    });
  });

  it('checks literals and scalar arguments by their own name', () => {
    expect(check('{ person(id: "1 OR 1=1") }')).toMatchObject({ field: 'id' });
    expect(check('{ person(id: 5) }')).toMatchObject({ field: 'id' });
    expect(check('mutation { close(closedOn: "1800-01-01") }')).toMatchObject({
      field: 'closedOn',
    });
    expect(
      check(
        `mutation { grant(input: { personId: "${PERSON}", amount: "1", grantedOn: "2024-01-01", reason: "x", reference: "a\\u0000" }) }`,
      ),
    ).toMatchObject({ field: 'reference' });
  });

  it('lets queries bound their lists by any calendar date', () => {
    expect(check('query($from: Date) { count(from: $from) }', { from: '1900-01-01' })).toBeNull();
    expect(
      check('query($from: Date) { count(from: $from) }', { from: '0000-01-01' }),
    ).toMatchObject({ field: 'from' });
  });

  it('reads variables through fragments and their defaults', () => {
    expect(
      check('query($id: ID! = "nope") { ...F } fragment F on Query { person(id: $id) }'),
    ).toMatchObject({ field: 'id' });
  });

  it('checks literals during validation too, before the scalars refuse them without a field', () => {
    const errors = validate(served, parse('mutation { close(closedOn: "0000-01-01") }'), [
      InputLiteralsRule,
    ]);
    expect(errors.map((error) => [error.message, error.extensions.field])).toEqual([
      ['closedOn: year 0000 does not exist', 'closedOn'],
    ]);
    // Variables wait for the operation's check, when their values are known.
    expect(
      validate(served, parse('query($id: ID!) { person(id: $id) }'), [InputLiteralsRule]),
    ).toEqual([]);
  });
});
