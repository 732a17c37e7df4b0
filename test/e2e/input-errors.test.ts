import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// Every query and mutation of the supergraph that takes arguments, with a bad id, a NUL byte, an
// over-long text, an impossible or out-of-bounds date and an amount past bigint or its ceiling
// in each argument and input field of that kind: each answer is BAD_USER_INPUT naming the field,
// with no SQL in it, and the sweep leaves every table of every department as it was. The cases
// are built from the schema, so a new mutation or input field is covered without a line here.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

const schema: GraphQLSchema = buildASTSchema(parse(readFileSync('supergraph.graphql', 'utf8')), {
  assumeValidSDL: true,
});

/** A kind of leaf the kit checks, and where it sits in an operation's arguments. */
interface Slot {
  kind: 'id' | 'text' | 'date' | 'money';
  /** Path in the variables, e.g. ['input', 'stationIds', 0]. */
  path: Array<string | number>;
  /** What `extensions.field` must say. */
  field: string;
  name: string;
}

const PLAIN = { id: randomUUID(), text: 'x', date: '2024-01-20', money: '100.00' };
const isCode = (name: string) => name === 'code' || name.endsWith('Code');

/** A value that passes the kit's check, for the arguments a case does not spoil. */
function goodValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return goodValue(type.ofType, name);
  if (isListType(type)) return [goodValue(type.ofType, name)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = goodValue(field.type, field.name);
      }
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'ID':
      return isCode(name) ? '230127' : PLAIN.id;
    case 'String':
      return isCode(name) ? '230127' : PLAIN.text;
    case 'Date':
      return PLAIN.date;
    case 'Money':
      return PLAIN.money;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      throw new Error(`no good value for ${type.name}`);
  }
}

/** Every checked leaf under an argument or input field, lists entered at their first item. */
function slotsOf(
  type: GraphQLInputType,
  name: string,
  path: Array<string | number>,
  field: string[],
  seen: Set<string>,
): Slot[] {
  if (isNonNullType(type)) return slotsOf(type.ofType, name, path, field, seen);
  if (isListType(type)) return slotsOf(type.ofType, name, [...path, 0], [...field, '0'], seen);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return [];
    const inner = new Set(seen).add(type.name);
    return Object.values(type.getFields()).flatMap((child: GraphQLInputField) =>
      slotsOf(child.type, child.name, [...path, child.name], [...field, child.name], inner),
    );
  }
  if (!isScalarType(type)) return [];
  const kind = (
    { ID: isCode(name) ? null : 'id', String: 'text', Date: 'date', Money: 'money' } as const
  )[type.name as 'ID' | 'String' | 'Date' | 'Money'];
  return kind ? [{ kind, path, field: field.join('.'), name }] : [];
}

/** The variables of an operation with good values, and one slot set to a bad value. */
function variablesWith(args: readonly GraphQLArgument[], slot: Slot, bad: unknown) {
  const variables: Record<string, unknown> = {};
  for (const argument of args) {
    if (isNonNullType(argument.type))
      variables[argument.name] = goodValue(argument.type, argument.name);
  }
  const [root, ...rest] = slot.path as [string, ...Array<string | number>];
  const argument = args.find((candidate) => candidate.name === root)!;
  variables[root] ??= goodValue(argument.type, root);
  // Walk down to the slot, making lists and objects where there are none yet, then spoil it.
  let holder = variables as Record<string | number, unknown>;
  let key: string | number = root;
  let type = argument.type;
  const bare = (of: GraphQLInputType) => (isNonNullType(of) ? of.ofType : of);
  for (const step of rest) {
    const current = bare(type);
    type = isListType(current)
      ? current.ofType
      : (current as GraphQLInputObjectType).getFields()[step as string]!.type;
    holder = holder[key] as Record<string | number, unknown>;
    if (holder[step] === undefined) {
      const child = bare(type);
      holder[step] = isListType(child)
        ? []
        : isInputObjectType(child)
          ? goodValue(child, String(step))
          : undefined;
    }
    key = step;
  }
  holder[key] = bad;
  return variables;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const declarations = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`);
  const passes = field.args.map((argument) => `${argument.name}: $${argument.name}`);
  const returned = getNamedType(field.type);
  const selection = isScalarType(returned) || isEnumType(returned) ? '' : ' { __typename }';
  return `${kind}(${declarations.join(', ')}) { ${field.name}(${passes.join(', ')})${selection} }`;
}

/** Bad values of a kind; dates and amounts also out of their bounds where bounds apply. */
function badValues(slot: Slot, mutation: boolean): Array<[string, unknown]> {
  switch (slot.kind) {
    case 'id':
      return [
        ['not a UUID', 'not-a-uuid'],
        ['an SQL fragment', "1' OR '1'='1"],
      ];
    case 'text':
      return [
        ['a NUL byte', 'a\u0000b'],
        ['5,000 characters', '好'.repeat(5000)],
      ];
    case 'date':
      return mutation
        ? [
            ['year 0000', '0000-01-01'],
            ['1900, before 1949-10-01', '1900-01-01'],
            ['9999', '9999-12-31'],
          ]
        : [['year 0000', '0000-01-01']];
    case 'money':
      return [
        ['past bigint', '92233720368547758.08'],
        ['92 quadrillion, past any ceiling', '92000000000000000.00'],
        ['negative', '-100.00'],
      ];
  }
}

interface Case {
  operation: string;
  slot: Slot;
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

function casesOf(kind: 'query' | 'mutation'): Case[] {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields())
    .filter((field) => field.args.length > 0)
    .flatMap((field) =>
      field.args
        .flatMap((argument) => {
          const top = isInputObjectType(getNamedType(argument.type)) && !isListType(argument.type);
          return slotsOf(
            argument.type,
            argument.name,
            [argument.name],
            top ? [] : [argument.name],
            new Set(),
          );
        })
        .flatMap((slot) =>
          badValues(slot, kind === 'mutation').map(([label, bad]) => ({
            operation: field.name,
            slot,
            label,
            variables: variablesWith(field.args, slot, bad),
            query: operationFor(kind, field),
          })),
        ),
    );
}

/** What PostgreSQL and MikroORM say: never to be shown to a client. */
const SQL_TEXT =
  /invalid input syntax|out of range for type|invalid byte sequence|value too long|character varying|violates|relation "|column "|insert into|select .* from|update .* set|DriverException/i;

async function sweep(cases: Case[]) {
  const failures: string[] = [];
  for (const item of cases) {
    const { data, errors } = await hub.query(item.query, item.variables);
    const first = errors?.[0];
    const where = `${item.operation} ${item.slot.field} (${item.label})`;
    if (first?.extensions?.code !== 'BAD_USER_INPUT') {
      failures.push(`${where}: ${String(first?.extensions?.code)} ${first?.message ?? 'no error'}`);
    } else if (first.extensions.field !== item.slot.field) {
      failures.push(`${where}: field ${String(first.extensions.field)}`);
    } else if (SQL_TEXT.test(first.message)) {
      failures.push(`${where}: SQL text in "${first.message}"`);
    } else if (data?.[item.operation] != null) {
      failures.push(`${where}: answered with data`);
    }
  }
  return failures;
}

describe('client mistakes through the gateway', () => {
  const mutations = casesOf('mutation');
  const queries = casesOf('query');

  it('covers every mutation and every query with arguments of a checked kind', () => {
    const mutationNames = Object.values(schema.getMutationType()!.getFields()).map((f) => f.name);
    const covered = new Set(mutations.map((item) => item.operation));
    // A mutation with nothing of a checked kind (an enum and a bounded Int) is named here.
    expect(mutationNames.filter((name) => !covered.has(name))).toEqual(['setReferralResponseTime']);
    const withChecked = new Set(queries.map((item) => item.operation));
    for (const name of [
      'person',
      'station',
      'agency',
      'serviceProject',
      'socialWorker',
      'stations',
      'accessLog',
    ]) {
      expect(withChecked).toContain(name);
    }
    // Each kind of field appears: ids, text, dates and amounts.
    expect(new Set(mutations.map((item) => item.slot.kind))).toEqual(
      new Set(['id', 'text', 'date', 'money']),
    );
    expect(mutations.length).toBeGreaterThan(300);
  });

  it('answers each bad value in a mutation with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await hub.everyRowCount();
    const failures = await sweep(mutations);
    expect(failures).toEqual([]);
    expect(await hub.everyRowCount()).toEqual(before);
  }, 600_000);

  it('answers each bad value in a query the same way', async () => {
    const before = await hub.everyRowCount();
    expect(await sweep(queries)).toEqual([]);
    expect(await hub.everyRowCount()).toEqual(before);
  }, 300_000);

  it('names the field for values written into the document as well', async () => {
    const literal = await hub.query('{ person(id: "1 OR 1=1") { name } }');
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const nul = await hub.query(
      `mutation { registerRegion(input: { code: "230127104299", name: "a\\u0000b" }) { code } }`,
    );
    expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const date = await hub.query(
      `mutation { closeWorkerFile(personId: "${randomUUID()}", closedOn: "1900-01-01") { __typename } }`,
    );
    expect(date.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'closedOn',
    });
    // Values the scalars themselves refuse are named as well.
    const yearZero = await hub.query(
      `mutation { closeWorkerFile(personId: "${randomUUID()}", closedOn: "0000-01-01") { __typename } }`,
    );
    expect(yearZero.errors?.[0]).toMatchObject({
      message: 'closedOn: year 0000 does not exist',
      extensions: { code: 'BAD_USER_INPUT', field: 'closedOn' },
    });
    const huge = await hub.query(
      `mutation { grantTemporaryAssistance(input: { personId: "${randomUUID()}", amount: "92233720368547758.08", grantedOn: "2024-01-01", reason: "x" }) { id } }`,
    );
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  });

  it('still accepts good values at the edges of the bounds', async () => {
    const grant = await hub.query(
      `mutation($input: GrantTemporaryAssistanceInput!) { grantTemporaryAssistance(input: $input) { id } }`,
      {
        input: {
          personId: randomUUID(),
          amount: '200000.00',
          grantedOn: '1949-10-01',
          reason: '火灾\n临时救助',
        },
      },
    );
    // Past the input check: the person does not exist, which is another matter.
    expect(grant.errors?.[0]?.extensions?.field).not.toBe('amount');
    expect(grant.errors?.[0]?.extensions?.field).not.toBe('grantedOn');
    expect(grant.errors?.[0]?.extensions?.field).not.toBe('reason');
  });
});
