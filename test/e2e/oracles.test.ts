import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { getNullableType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { identityNumberCheckCharacter } from '../../shared/validators/identity-number.js';
import type { Principal } from '../../shared/context.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// No oracles: a record outside the caller's region and a record that does not exist get the
// same answer, for every lookup of the graph (enumerated from the API schema) and for the
// writes whose uniqueness checks reach beyond the caller's region.

let hub: TestHub;
let schema: GraphQLSchema;
beforeAll(async () => {
  const sdl = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
  schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

type Row = Record<string, unknown>;

async function sql(service: string, text: string, params: unknown[] = []): Promise<Row[]> {
  const em = hub.subgraphs[service]!.database.orm.em.fork();
  return em.getConnection().execute<Row[]>(text, params);
}

async function one(service: string, text: string): Promise<Row> {
  const [row] = await sql(service, text);
  if (!row) throw new Error(`nothing in the demo world for: ${text}`);
  return row;
}

/** A valid identity number that nobody in the register holds. */
async function unregisteredIdentityNumber(): Promise<string> {
  const taken = new Set(
    (await sql('civil-affairs', 'select identity_number from people')).map((row) =>
      String(row.identity_number),
    ),
  );
  for (let sequence = 100; ; sequence += 1) {
    const first17 = `23012719800101${String(sequence).padStart(3, '0')}`;
    const number = `${first17}${identityNumberCheckCharacter(first17)}`;
    if (!taken.has(number)) return number;
  }
}

/** For a lookup: a value of a Linze record, and a value that exists nowhere (or not in scope). */
interface LookupCase {
  argument: string;
  selection: string;
  outside(): Promise<string>;
  absent(): Promise<string>;
  /** A record the caller may see in its own region. */
  inside(caller: Principal): Promise<string>;
}

const LINZE = '620723';
const MULAN = '230127';
const linzeRow = (table: string, column = 'id', regionColumn = 'region_code') =>
  one(
    'civil-affairs',
    `select ${column} as value from ${table} where ${regionColumn} like '${LINZE}%' order by id limit 1`,
  ).then((row) => String(row.value));
const mulanRow = (table: string, column = 'id', regionColumn = 'region_code') =>
  one(
    'civil-affairs',
    `select ${column} as value from ${table} where ${regionColumn} like '${MULAN}%' order by id limit 1`,
  ).then((row) => String(row.value));
const byId = (table: string): LookupCase => ({
  argument: 'id',
  selection: 'id',
  outside: () => linzeRow(table),
  absent: () => Promise.resolve(randomUUID()),
  inside: () => mulanRow(table),
});

const LOOKUPS: Record<string, LookupCase> = {
  person: byId('people'),
  station: byId('stations'),
  serviceProject: byId('service_projects'),
  socialWorker: byId('social_workers'),
  agency: byId('agencies'),
  household: byId('households'),
  personByIdentityNumber: {
    argument: 'identityNumber',
    selection: 'id',
    outside: () => linzeRow('people', 'identity_number'),
    absent: unregisteredIdentityNumber,
    inside: () => mulanRow('people', 'identity_number'),
  },
  // A case is seen by the department that leads it; a referral by the departments on it.
  case: {
    argument: 'id',
    selection: 'id',
    outside: () => linzeRow('cases'),
    absent: () => Promise.resolve(randomUUID()),
    inside: (caller) =>
      one(
        'civil-affairs',
        `select id as value from cases where region_code like '${MULAN}%' and lead_department = '${caller.department}' order by id limit 1`,
      ).then((row) => String(row.value)),
  },
  referral: {
    argument: 'id',
    selection: 'id',
    outside: () => linzeRow('referrals'),
    absent: () => Promise.resolve(randomUUID()),
    inside: (caller) =>
      one(
        'civil-affairs',
        `select id as value from referrals where region_code like '${MULAN}%' and '${caller.department}' in (from_department, to_department) order by id limit 1`,
      ).then((row) => String(row.value)),
  },
  region: {
    argument: 'code',
    selection: 'code',
    outside: () => Promise.resolve(LINZE),
    // A valid township code of Mulan that no division has.
    absent: () => Promise.resolve(`${MULAN}599`),
    inside: () => Promise.resolve(MULAN),
  },
};

/** Root fields that look one record up by a single id, code or number. */
function lookupFields(): string[] {
  return Object.values(schema.getQueryType()!.getFields())
    .filter(
      (field) =>
        !isNonNullType(field.type) &&
        isObjectType(getNullableType(field.type)) &&
        field.args.length === 1 &&
        isNonNullType(field.args[0]!.type),
    )
    .map((field) => field.name)
    .sort();
}

it('has a case for every lookup of the graph', () => {
  expect(lookupFields()).toEqual(Object.keys(LOOKUPS).sort());
});

const CALLERS = [
  principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN),
  principal('CIVIL_AFFAIRS', ['SUPERVISOR'], MULAN),
  principal('TRADE_UNION', ['CASEWORKER'], MULAN),
];

describe.each(Object.entries(LOOKUPS))('%s', (field, lookup) => {
  const operation = `query($value: ${field === 'personByIdentityNumber' ? 'String' : 'ID'}!) { ${field}(${lookup.argument}: $value) { ${lookup.selection} } }`;

  it('answers a record elsewhere exactly as one that does not exist', async () => {
    const [outside, absent] = await Promise.all([lookup.outside(), lookup.absent()]);
    for (const caller of CALLERS) {
      const inside = await lookup.inside(caller);
      const elsewhere = await hub.query(operation, { value: outside }, { principal: caller });
      const nowhere = await hub.query(operation, { value: absent }, { principal: caller });
      expect(elsewhere).toEqual(nowhere);
      expect(elsewhere).toEqual({ data: { [field]: null } });
      // ...while a record in the caller's region is found.
      const found = await hub.query(operation, { value: inside }, { principal: caller });
      expect(found.errors).toBeUndefined();
      expect(found.data![field]).not.toBeNull();
    }
  });
});

/** What a refusal must not contain: hub ids, division codes, identity or certificate numbers. */
const IDENTIFYING = /[0-9a-f]{8}-[0-9a-f]{4}-|\d{6}/i;

describe('writes with a uniqueness check', () => {
  const register = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;

  it('refuses an identity number registered elsewhere without saying where or whose', async () => {
    const linze = await one(
      'civil-affairs',
      `select identity_number, name from people where region_code like '${LINZE}%' order by id limit 1`,
    );
    const village = await one(
      'civil-affairs',
      `select code from regions where code like '${MULAN}%' and level = 'VILLAGE' order by code limit 1`,
    );
    const before = await hub.rowCount('civil-affairs', 'people');
    const { data, errors } = await hub.query(
      register,
      {
        input: {
          identityNumber: linze.identity_number,
          name: '冒名者',
          regionCode: village.code,
          categories: [],
        },
      },
      { principal: CALLERS[0]! },
    );
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'identityNumber',
    });
    expect(errors![0]!.message).toBe('this identity number cannot be used');
    expect(errors![0]!.message).not.toMatch(IDENTIFYING);
    expect(await hub.rowCount('civil-affairs', 'people')).toBe(before);
    const [after] = await sql(
      'civil-affairs',
      'select name from people where identity_number = ?',
      [linze.identity_number],
    );
    expect(after!.name).toBe(linze.name);
  });

  it('answers a certificate number held elsewhere exactly as one held in the region', async () => {
    const issue = `mutation($input: IssueCertificateInput!) { issueDisabilityCertificate(input: $input) { number } }`;
    const holder = (prefix: string) =>
      one(
        'disabled-persons-federation',
        `select person_id, number from certificates where person_region_code like '${prefix}%' order by person_id limit 1`,
      );
    const [elsewhere, here] = await Promise.all([holder(LINZE), holder(MULAN)]);
    const applicant = await one(
      'civil-affairs',
      `select id, region_code from people where region_code like '${MULAN}%' and id <> '${String(here.person_id)}' order by id desc limit 1`,
    );
    const caseworker = principal('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], MULAN);
    const attempt = (certificateNumber: unknown) =>
      hub.query(
        issue,
        {
          input: {
            personId: applicant.id,
            personRegionCode: applicant.region_code,
            identityNumber: String(certificateNumber).slice(0, 18),
            category: 'PHYSICAL',
            grade: 2,
            issuedOn: '2024-03-01',
            expiresOn: '2034-03-01',
          },
        },
        { principal: caseworker },
      );
    const before = await hub.rowCount('disabled-persons-federation', 'certificates');
    const outside = await attempt(elsewhere.number);
    const inside = await attempt(here.number);
    expect(outside).toEqual(inside);
    expect(outside.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'identityNumber',
    });
    expect(outside.errors![0]!.message).toBe('this identity number cannot be used');
    expect(outside.errors![0]!.message).not.toMatch(IDENTIFYING);
    expect(await hub.rowCount('disabled-persons-federation', 'certificates')).toBe(before);
  });
});
