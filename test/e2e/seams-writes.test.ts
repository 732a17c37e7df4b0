import type { Principal } from '../../shared/context.js';
import { REFERENCE_PATH } from '../../shared/department/owner-facts.js';
import { REFERENCE_GRANT_HEADER } from '../../shared/department/reference-grant.js';
import {
  NATIONAL_SUPERVISOR,
  principal,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// Writes at the seams that succeed: keys that clients retry with belong to the writer's
// department and region, a replay with another payload is a conflict, money into a project keeps
// to the project's term, contract amount and the payer's own funds, each department writes only
// its own records, and every record says who wrote it.

/** Counties of the demo world, in the order tried for a case's two writers. */
const COUNTIES = ['620723', '230127', '522327', '150900', '511471', '500110', '532900', '532500'];
const ON = '2026-11-01';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

type Department = Principal['department'];
const writer = (department: Department, county: string) =>
  principal(department, ['ADMIN', 'SUPERVISOR', 'CASEWORKER'], county);

async function sql<T = Record<string, string>>(service: string, text: string): Promise<T[]> {
  const em = hub.subgraphs[service]!.database.orm.em.fork();
  return em.getConnection().execute<T[]>(text);
}
async function first(service: string, text: string): Promise<string | null> {
  const [row] = await sql<{ id: string }>(service, text);
  return row?.id ?? null;
}

/** A write that clients may retry under a key, and how to make a valid one in a county. */
interface KeyedCase {
  department: Department;
  document: string;
  key: 'reference' | 'idempotencyKey';
  table: [service: string, table: string];
  /** A valid input in the county, or nothing when the demo world has nothing to write it for. */
  build: (county: string) => Promise<Record<string, unknown> | null | ''>;
  /** A change that keeps the input valid but makes it another request. */
  change: Record<string, unknown>;
}

const mutation = (name: string, type: string) =>
  `mutation Keyed($input: ${type}!) { ${name}(input: $input) { __typename } }`;

const personIn = (county: string) =>
  first('civil-affairs', `select id::text from people where region_code like '${county}%' limit 1`);
const certifiedIn = (county: string) =>
  first(
    'disabled-persons-federation',
    `select person_id::text as id from certificates where person_region_code like '${county}%' limit 1`,
  );
const projectIn = async (county: string) => {
  const [row] = await sql<{ id: string; starts: string }>(
    'civil-affairs',
    `select id::text, starts_on::text as starts from service_projects
      where status = 'ACTIVE' and region_code like '${county}%' order by contract_amount_fen desc limit 1`,
  );
  return row ?? null;
};
const contribution = (department: Department, name: string, fundSource: string): KeyedCase => ({
  department,
  document: mutation(name, 'ContributionInput'),
  key: 'reference',
  table: [
    {
      CIVIL_AFFAIRS: 'civil-affairs',
      TRADE_UNION: 'trade-union',
      YOUTH_LEAGUE: 'youth-league',
      WOMEN_FEDERATION: 'women-federation',
      DISABLED_PERSONS_FEDERATION: 'disabled-persons-federation',
    }[department as string]!,
    'project_contributions',
  ],
  build: async (county) => {
    const project = await projectIn(county);
    return (
      project && {
        projectId: project.id,
        amount: '1.00',
        fundSource,
        fundLevel: 'COUNTY',
        reference: 'seam-key',
        contributedOn: project.starts,
      }
    );
  },
  change: { amount: '2.00' },
});

const KEYED: Record<string, KeyedCase> = {
  recordService: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('recordService', 'RecordServiceInput'),
    key: 'idempotencyKey',
    table: ['civil-affairs', 'service_records'],
    build: async (county) => {
      const stationId = await first(
        'civil-affairs',
        `select id::text from stations where region_code like '${county}%' limit 1`,
      );
      return (
        stationId && {
          method: 'GROUP',
          stationId,
          servedOn: ON,
          hours: 1,
          personTimes: 3,
          idempotencyKey: 'seam-key',
        }
      );
    },
    change: { personTimes: 4 },
  },
  createServiceProject: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('createServiceProject', 'CreateServiceProjectInput'),
    key: 'idempotencyKey',
    table: ['civil-affairs', 'service_projects'],
    build: async (county) => ({
      name: 'seam project',
      leadDepartment: 'CIVIL_AFFAIRS',
      regionCode: county,
      stationIds: [],
      serviceAreas: ['SOCIAL_ASSISTANCE'],
      targetGroups: ['ELDERLY'],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      contractAmount: '1000.00',
      idempotencyKey: 'seam-key',
    }),
    change: { contractAmount: '2000.00' },
  },
  grantTemporaryAssistance: {
    department: 'CIVIL_AFFAIRS',
    document: mutation('grantTemporaryAssistance', 'GrantTemporaryAssistanceInput'),
    key: 'idempotencyKey',
    table: ['civil-affairs', 'temporary_assistance'],
    build: async (county) => {
      const personId = await personIn(county);
      return (
        personId && {
          personId,
          amount: '500.00',
          grantedOn: ON,
          reason: 'seam',
          idempotencyKey: 'seam-key',
        }
      );
    },
    change: { amount: '600.00' },
  },
  receiveDonation: {
    department: 'CHARITY',
    document: mutation('receiveDonation', 'DonationInput'),
    key: 'reference',
    table: ['charity', 'donations'],
    build: async (county) => {
      const fundId = await first(
        'charity',
        `select id::text from charity_funds where region_code like '${county}%' limit 1`,
      );
      return (
        fundId && { fundId, donor: 'seam', amount: '10.00', receivedOn: ON, reference: 'seam-key' }
      );
    },
    change: { amount: '11.00' },
  },
  makeCharityGrant: {
    department: 'CHARITY',
    document: mutation('makeCharityGrant', 'CharityGrantInput'),
    key: 'reference',
    table: ['charity', 'charity_grants'],
    build: async (county) => {
      const fundId = await first(
        'charity',
        `select f.id::text from charity_funds f where f.region_code like '${county}%'
           and (select coalesce(sum(amount_fen), 0) from donations d where d.fund_id = f.id) > 1000 limit 1`,
      );
      const personId = await personIn(county);
      return (
        fundId &&
        personId && {
          fundId,
          recipientKind: 'PERSON',
          personId,
          amount: '1.00',
          grantedOn: ON,
          purpose: 'seam',
          reference: 'seam-key',
        }
      );
    },
    change: { purpose: 'another purpose' },
  },
  recordRehabilitationService: {
    department: 'DISABLED_PERSONS_FEDERATION',
    document: mutation('recordRehabilitationService', 'RehabilitationInput'),
    key: 'idempotencyKey',
    table: ['disabled-persons-federation', 'rehabilitation_services'],
    build: async (county) => {
      const personId = await certifiedIn(county);
      return (
        personId && {
          personId,
          kind: 'THERAPY',
          servedOn: ON,
          hours: 1,
          idempotencyKey: 'seam-key',
        }
      );
    },
    change: { hours: 2 },
  },
  grantAssistiveDevice: {
    department: 'DISABLED_PERSONS_FEDERATION',
    document: mutation('grantAssistiveDevice', 'AssistiveDeviceInput'),
    key: 'reference',
    table: ['disabled-persons-federation', 'assistive_device_grants'],
    build: async (county) => {
      const personId = await certifiedIn(county);
      return (
        personId && {
          personId,
          device: 'wheelchair',
          value: '100.00',
          grantedOn: ON,
          reference: 'seam-key',
        }
      );
    },
    change: { device: 'crutches' },
  },
  grantUnionAssistance: {
    department: 'TRADE_UNION',
    document: mutation('grantUnionAssistance', 'GrantUnionAssistanceInput'),
    key: 'reference',
    table: ['trade-union', 'union_assistance'],
    build: async (county) => {
      const personId = await first(
        'trade-union',
        `select person_id::text as id from worker_files where status = 'OPEN'
           and person_region_code like '${county}%' and opened_on < '${ON}' limit 1`,
      );
      return (
        personId && {
          personId,
          kind: 'LIVING',
          amount: '100.00',
          grantedOn: ON,
          reference: 'seam-key',
        }
      );
    },
    change: { amount: '200.00' },
  },
  openWomenChildCase: {
    department: 'WOMEN_FEDERATION',
    document: mutation('openWomenChildCase', 'WomenChildCaseInput'),
    key: 'reference',
    table: ['women-federation', 'women_child_cases'],
    build: async (county) => {
      const personId = await personIn(county);
      return (
        personId && {
          personId,
          kind: 'FAMILY_CONFLICT',
          openedOn: ON,
          summary: 'seam',
          reference: 'seam-key',
        }
      );
    },
    change: { summary: 'another summary' },
  },
  recordFamilyService: {
    department: 'WOMEN_FEDERATION',
    document: mutation('recordFamilyService', 'FamilyServiceInput'),
    key: 'idempotencyKey',
    table: ['women-federation', 'family_services'],
    build: async (county) => {
      const regionCode = await first(
        'civil-affairs',
        `select code as id from regions where level = 'TOWNSHIP' and code like '${county}%' limit 1`,
      );
      return (
        regionCode && {
          regionCode,
          kind: 'PARENTING_CLASS',
          servedOn: ON,
          households: 1,
          personTimes: 1,
          idempotencyKey: 'seam-key',
        }
      );
    },
    change: { personTimes: 2 },
  },
  recordVolunteerService: {
    department: 'YOUTH_LEAGUE',
    document: mutation('recordVolunteerService', 'VolunteerServiceInput'),
    key: 'idempotencyKey',
    table: ['youth-league', 'volunteer_services'],
    build: async (county) => {
      const volunteerId = await first(
        'youth-league',
        `select id::text from volunteers where region_code like '${county}%' limit 1`,
      );
      return (
        volunteerId && {
          volunteerId,
          servedOn: ON,
          hours: 1,
          activity: 'seam',
          idempotencyKey: 'seam-key',
        }
      );
    },
    change: { hours: 3 },
  },
  recordCivilAffairsContribution: contribution(
    'CIVIL_AFFAIRS',
    'recordCivilAffairsContribution',
    'GOVERNMENT_BUDGET',
  ),
  recordTradeUnionContribution: contribution(
    'TRADE_UNION',
    'recordTradeUnionContribution',
    'UNION_FUNDS',
  ),
  recordYouthLeagueContribution: contribution(
    'YOUTH_LEAGUE',
    'recordYouthLeagueContribution',
    'LEAGUE_FUNDS',
  ),
  recordWomenFederationContribution: contribution(
    'WOMEN_FEDERATION',
    'recordWomenFederationContribution',
    'WOMEN_FEDERATION_FUNDS',
  ),
  recordDisabilityFederationContribution: contribution(
    'DISABLED_PERSONS_FEDERATION',
    'recordDisabilityFederationContribution',
    'DISABILITY_EMPLOYMENT_SECURITY_FUND',
  ),
};

describe.each(Object.entries(KEYED))('%s', (_name, keyed) => {
  it('keys a retry to its writer: same request replays, another payload conflicts, another county writes its own', async () => {
    const ready: Array<[string, Record<string, unknown>]> = [];
    for (const county of COUNTIES) {
      const built = await keyed.build(county);
      if (built) ready.push([county, built]);
      if (ready.length === 2) break;
    }
    expect(ready).toHaveLength(2);
    const [[first, firstInput], [second, secondInput]] = ready as [
      [string, Record<string, unknown>],
      [string, Record<string, unknown>],
    ];
    const [service, table] = keyed.table;
    const rows = () => hub.rowCount(service, table);
    const start = await rows();

    const as = { principal: writer(keyed.department, first) };
    const written = await hub.query(keyed.document, { input: firstInput }, as);
    expect(written.errors).toBeUndefined();
    expect(await rows()).toBe(start + 1);

    const replayed = await hub.query(keyed.document, { input: firstInput }, as);
    expect(replayed.errors).toBeUndefined();
    expect(await rows()).toBe(start + 1);

    const changed = await hub.query(
      keyed.document,
      { input: { ...firstInput, ...keyed.change } },
      as,
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: keyed.key });
    expect(changed.errors?.[0]?.message).toContain('seam-key');
    expect(await rows()).toBe(start + 1);

    // The same key in another county is that county's own: a new record, never the first one.
    const elsewhere = await hub.query(
      keyed.document,
      { input: secondInput },
      { principal: writer(keyed.department, second) },
    );
    expect(elsewhere.errors).toBeUndefined();
    expect(await rows()).toBe(start + 2);

    // Each record is filed under its writer's namespace and says who wrote it.
    const column = keyed.key === 'reference' ? 'reference' : 'idempotency_key';
    const filed = await sql<{ scope: string; by: string; department: string }>(
      service,
      `select key_scope as scope, recorded_by as by, recorded_by_department as department
         from "${table}" where "${column}" = 'seam-key' order by key_scope`,
    );
    expect(filed).toEqual(
      [first, second]
        .map((county) => ({
          scope: `${keyed.department}:${county}`,
          by: writer(keyed.department, county).subject,
          department: keyed.department,
        }))
        .sort((a, b) => a.scope.localeCompare(b.scope)),
    );
  }, 120_000);
});

describe('money into a project', () => {
  const record = `mutation Pay($input: ContributionInput!) {
    recordTradeUnionContribution(input: $input) { id tradeUnionContribution { amount } }
  }`;
  let project: { id: string; regionCode: string; startsOn: string; contract: bigint };
  const admin = () => writer('TRADE_UNION', project.regionCode.slice(0, 6));
  const pay = (fields: Record<string, unknown>) =>
    hub.query(
      record,
      {
        input: {
          projectId: project.id,
          amount: '1.00',
          fundSource: 'UNION_FUNDS',
          fundLevel: 'COUNTY',
          reference: `pay-${Math.random()}`,
          contributedOn: project.startsOn,
          ...fields,
        },
      },
      { principal: admin() },
    );
  const contributions = () => hub.rowCount('trade-union', 'project_contributions');

  beforeAll(async () => {
    const [row] = await sql<{ id: string; region: string; starts: string; contract: string }>(
      'civil-affairs',
      `select id::text, region_code as region, starts_on::text as starts, contract_amount_fen::text as contract
         from service_projects where status = 'ACTIVE' and region_code like '620723%' limit 1`,
    );
    project = {
      id: row!.id,
      regionCode: row!.region,
      startsOn: row!.starts,
      contract: BigInt(row!.contract),
    };
  });

  it('refuses more than the contract amount, another department’s fund and a date outside the term, writing nothing', async () => {
    const before = await contributions();
    const tooMuch = await pay({ amount: `${(project.contract / 100n + 1n).toString()}.00` });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
    });
    const othersFund = await pay({ fundSource: 'WOMEN_FEDERATION_FUNDS' });
    expect(othersFund.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fundSource',
    });
    const beforeTerm = await pay({ contributedOn: '2019-01-01' });
    expect(beforeTerm.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contributedOn',
    });
    const missing = await pay({ projectId: '01890000-0000-7000-8000-0000000000ab' });
    expect(missing.data).toBeNull();
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'projectId',
    });
    expect(await contributions()).toBe(before);
  });

  it('corrects an allocation by a reversing entry with a reason, never by changing it', async () => {
    const reference = `reverse-${Math.random()}`;
    const funded = `query($id: ID!) { serviceProject(id: $id) { tradeUnionContribution { amount allocations } } }`;
    const figures = async () =>
      (await hub.query(funded, { id: project.id }, { principal: admin() })).data!.serviceProject
        .tradeUnionContribution as { amount: string; allocations: number };
    expect((await pay({})).errors).toBeUndefined();
    const before = await figures();
    expect((await pay({ reference, amount: '7.00' })).errors).toBeUndefined();
    const reverse = `mutation($input: ReversalInput!) { reverseTradeUnionContribution(input: $input) { id } }`;
    const reversal = { reference, reason: '金额录入错误' };
    const reversed = await hub.query(reverse, { input: reversal }, { principal: admin() });
    expect(reversed.errors).toBeUndefined();
    expect(await figures()).toEqual(before);
    // Both entries stay: the allocation as it was, and its negative with the reason.
    const rows = await sql<{ amount: string; reason: string | null }>(
      'trade-union',
      `select amount_fen::text as amount, reason from project_contributions
        where reference in ('${reference}', '冲正:${reference}') order by amount_fen desc`,
    );
    expect(rows).toEqual([
      { amount: '700', reason: null },
      { amount: '-700', reason: '金额录入错误' },
    ]);
    const again = await hub.query(reverse, { input: reversal }, { principal: admin() });
    expect(again.errors).toBeUndefined();
    const otherReason = await hub.query(
      reverse,
      { input: { ...reversal, reason: '另一个原因' } },
      { principal: admin() },
    );
    expect(otherReason.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'reference',
    });
    // Another county's admin cannot reverse it: the entry reads as one never made.
    const elsewhere = await hub.query(
      reverse,
      { input: reversal },
      { principal: writer('TRADE_UNION', '230127') },
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'reference',
    });
    expect(await figures()).toEqual(before);
  });

  it('takes the region from the catalogue, not from the client', async () => {
    const lied = await pay({ projectRegionCode: '230127100' });
    expect(lied.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'projectId' });
    const paid = await pay({ projectRegionCode: project.regionCode });
    expect(paid.errors).toBeUndefined();
    const [row] = await sql<{ region: string }>(
      'trade-union',
      `select project_region_code as region from project_contributions order by created_at desc limit 1`,
    );
    expect(row!.region).toBe(project.regionCode);
  });
});

describe('a charity grant made in error', () => {
  it('is reversed with a reason: the money returns to the fund, both entries stay', async () => {
    const [fund] = await sql<{ id: string; region: string }>(
      'charity',
      `select f.id::text, f.region_code as region from charity_funds f
        where (select coalesce(sum(amount_fen), 0) from donations d where d.fund_id = f.id) > 100000
        limit 1`,
    );
    const county = fund!.region.slice(0, 6);
    const personId = await personIn(county);
    const admin = { principal: writer('CHARITY', county) };
    const balance = async () =>
      (
        await hub.query(`{ charityFunds(first: 500) { edges { node { id balance } } } }`, {}, admin)
      ).data!.charityFunds.edges.find((edge: { node: { id: string } }) => edge.node.id === fund!.id)
        .node.balance as string;
    const before = await balance();
    const reference = `grant-${Math.random()}`;
    const made = await hub.query(
      mutation('makeCharityGrant', 'CharityGrantInput'),
      {
        input: {
          fundId: fund!.id,
          recipientKind: 'PERSON',
          personId,
          amount: '300.00',
          grantedOn: ON,
          purpose: '助学',
          reference,
        },
      },
      admin,
    );
    expect(made.errors).toBeUndefined();
    expect(await balance()).not.toBe(before);
    const reverse = `mutation($input: ReversalInput!) { reverseCharityGrant(input: $input) { amount } }`;
    const reversal = { reference, reason: '受助人重复' };
    const reversed = await hub.query(reverse, { input: reversal }, admin);
    expect(reversed.errors).toBeUndefined();
    expect(reversed.data!.reverseCharityGrant.amount).toBe('-300.00');
    expect(await balance()).toBe(before);
    const rows = await sql<{ amount: string; reason: string | null }>(
      'charity',
      `select amount_fen::text as amount, reason from charity_grants
        where reference in ('${reference}', '冲正:${reference}') order by amount_fen desc`,
    );
    expect(rows).toEqual([
      { amount: '30000', reason: null },
      { amount: '-30000', reason: '受助人重复' },
    ]);
    expect((await hub.query(reverse, { input: reversal }, admin)).errors).toBeUndefined();
    const otherReason = await hub.query(
      reverse,
      { input: { ...reversal, reason: '另一个' } },
      admin,
    );
    expect(otherReason.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'reference',
    });
    expect(await balance()).toBe(before);
  });
});

describe('each department writes its own records', () => {
  const register = `mutation Register($input: RegisterPersonInput!) {
    registerPerson(input: $input) { id name }
  }`;

  it('lets only civil affairs rename a person in the register; others find the entry as it is', async () => {
    const [person] = await sql<{ id: string; name: string; identity: string; region: string }>(
      'civil-affairs',
      `select id::text, name, identity_number as identity, region_code as region
         from people where region_code like '620723%' limit 1`,
    );
    const input = {
      identityNumber: person!.identity,
      name: person!.name,
      regionCode: person!.region,
    };
    const union = { principal: writer('TRADE_UNION', '620723') };
    const found = await hub.query(register, { input }, union);
    expect(found.errors).toBeUndefined();
    expect(found.data!.registerPerson.id).toBe(person!.id);
    const renamed = await hub.query(register, { input: { ...input, name: '改名' } }, union);
    expect(renamed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [after] = await sql<{ name: string }>(
      'civil-affairs',
      `select name from people where id = '${person!.id}'`,
    );
    expect(after!.name).toBe(person!.name);
  });

  it('keeps an agency registered in another county out of reach: its code cannot be used, the list does not show it', async () => {
    const [agency] = await sql<{ id: string; code: string; name: string; region: string }>(
      'civil-affairs',
      `select a.id::text, credit_code as code, a.name, a.region_code as region from agencies a
        where a.region_code like '620723%'
          and not exists (select 1 from stations s where s.operator_id = a.id and s.region_code like '230127%')
        limit 1`,
    );
    const mulanAdmin = { principal: writer('CIVIL_AFFAIRS', '230127') };
    const taken = await hub.query(
      `mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { id } }`,
      { input: { name: '木兰新名', creditCode: agency!.code, regionCode: '230127100' } },
      mulanAdmin,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'creditCode',
    });
    expect(taken.errors?.[0]?.message).not.toContain('620723');
    const [after] = await sql<{ name: string; region: string }>(
      'civil-affairs',
      `select name, region_code as region from agencies where id = '${agency!.id}'`,
    );
    expect(after).toEqual({ name: agency!.name, region: agency!.region });

    const listed = await hub.query(
      `{ agencies(first: 500) { edges { node { id } } } }`,
      {},
      { principal: principal('CIVIL_AFFAIRS', ['VIEWER'], '230127') },
    );
    const ids = (listed.data!.agencies.edges as Array<{ node: { id: string } }>).map(
      (edge) => edge.node.id,
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(agency!.id);
  });
});

describe("civil affairs' reference endpoint", () => {
  const post = (headers: Record<string, string>) =>
    fetch(new URL(REFERENCE_PATH, hub.subgraphs['civil-affairs']!.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ person: [], project: [], station: [], region: ['230127'] }),
    });

  it('answers nobody but a caller the gateway signed a reference grant for', async () => {
    expect((await post({})).status).toBe(401);
    // A grant for the subgraph's GraphQL endpoint is not a reference grant.
    const grant = (
      await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, { query: '{ __typename }' })
    )['x-hub-principal']!;
    expect((await post({ [REFERENCE_GRANT_HEADER]: grant })).status).toBe(401);
    expect((await post({ 'x-hub-principal': grant })).status).toBe(401);
  });
});
