import type { Principal } from '../../shared/context.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// Who paid what from which source at which level, and what was given in kind beside the money:
// contributions of civil affairs, the trade union and the Youth League to one Linze project
// through the gateway, the project's funding adding up to its contract amount, refusals that name
// the field and write nothing, and regions' sums equal to SQL over each department's table.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const LINZE = '620723';
type Department = Principal['department'];
const admin = (department: Department) => principal(department, ['ADMIN'], LINZE);

async function sql<T = Record<string, string>>(service: string, text: string): Promise<T[]> {
  const em = hub.subgraphs[service]!.database.orm.em.fork();
  return em.getConnection().execute<T[]>(text);
}

const RECORD: Partial<Record<Department, string>> = {
  CIVIL_AFFAIRS: 'recordCivilAffairsContribution',
  TRADE_UNION: 'recordTradeUnionContribution',
  YOUTH_LEAGUE: 'recordYouthLeagueContribution',
  WOMEN_FEDERATION: 'recordWomenFederationContribution',
};
const SERVICE: Partial<Record<Department, string>> = {
  CIVIL_AFFAIRS: 'civil-affairs',
  TRADE_UNION: 'trade-union',
  YOUTH_LEAGUE: 'youth-league',
  WOMEN_FEDERATION: 'women-federation',
};

let project: { id: string; startsOn: string; contract: bigint };
let serial = 0;
function contribute(department: Department, fields: Record<string, unknown>) {
  serial += 1;
  return hub.query(
    `mutation($input: ContributionInput!) { ${RECORD[department]}(input: $input) { id } }`,
    {
      input: {
        projectId: project.id,
        reference: `fund-sources-${serial}`,
        contributedOn: project.startsOn,
        ...fields,
      },
    },
    { principal: admin(department) },
  );
}

const FUNDING = `query($id: ID!) { serviceProject(id: $id) { contractAmount
  funding { funded unfunded overfunded
    bySource { department source level amount }
    inKind { department kind source level description areaSquareMetres goodsValue goodsCount volunteerHours contributedOn } }
  tradeUnionContribution { amount bySource { source level amount } inKind { kind goodsValue } } } }`;

interface Funding {
  funded: string;
  unfunded: string;
  overfunded: string;
  bySource: Array<{ department: string; source: string; level: string; amount: string }>;
  inKind: Array<Record<string, unknown>>;
}
async function funding() {
  const { data, errors } = await hub.query<{
    serviceProject: {
      contractAmount: string;
      funding: Funding;
      tradeUnionContribution: Record<string, unknown> | null;
    };
  }>(FUNDING, { id: project.id }, { principal: admin('CIVIL_AFFAIRS') });
  expect(errors).toBeUndefined();
  return data!.serviceProject;
}

beforeAll(async () => {
  // A Linze project that no department has paid into yet.
  const [row] = await sql<{ id: string; starts: string; contract: string }>(
    'civil-affairs',
    `select p.id::text, p.starts_on::text as starts, p.contract_amount_fen::text as contract
       from service_projects p
      where p.status = 'ACTIVE' and p.region_code like '${LINZE}%' and p.contract_amount_fen >= 5000000
        and not exists (select 1 from project_contributions c where c.project_id = p.id)
      order by p.name limit 1`,
  );
  project = { id: row!.id, startsOn: row!.starts, contract: BigInt(row!.contract) };
  for (const service of ['trade-union', 'youth-league', 'women-federation']) {
    const paid = await sql(
      service,
      `select 1 from project_contributions where project_id = '${project.id}'`,
    );
    expect(paid).toEqual([]);
  }
});

const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

it('money from three departments with its source and level, gifts in kind beside it, and the lead’s own money adding up to the contract amount', async () => {
  const contract = project.contract;
  expect((await funding()).funding).toMatchObject({
    funded: '0.00',
    unfunded: yuan(contract),
    bySource: [],
    inKind: [],
  });
  for (const [department, fields] of [
    ['TRADE_UNION', { amount: '10000.00', fundSource: 'UNION_FUNDS', fundLevel: 'COUNTY' }],
    [
      'YOUTH_LEAGUE',
      { amount: '5000.00', fundSource: 'HIGHER_LEVEL_SUBSIDY', fundLevel: 'PROVINCE' },
    ],
    [
      'CIVIL_AFFAIRS',
      {
        kind: 'PREMISES',
        areaSquareMetres: 200,
        description: '乡镇出场地',
        fundSource: 'PUBLIC_ASSETS',
        fundLevel: 'TOWNSHIP',
      },
    ],
    [
      'TRADE_UNION',
      {
        kind: 'GOODS',
        goodsValue: '3000.00',
        description: '图书',
        fundSource: 'LINKED_RESOURCES',
        fundLevel: 'NON_GOVERNMENT',
      },
    ],
    [
      'YOUTH_LEAGUE',
      {
        kind: 'VOLUNTEER_HOURS',
        volunteerHours: 12.5,
        fundSource: 'LINKED_RESOURCES',
        fundLevel: 'NON_GOVERNMENT',
      },
    ],
  ] as const) {
    const { errors } = await contribute(department, fields);
    expect(errors).toBeUndefined();
  }
  // The lead has not yet said where its part comes from: that part is unfunded, not hidden.
  const partial = await funding();
  expect(partial.funding).toMatchObject({
    funded: '15000.00',
    unfunded: yuan(contract - 1_500_000n),
    overfunded: '0.00',
  });
  // Civil affairs, the lead, records its part from two sources at two levels.
  const rest = contract - 1_500_000n;
  const subsidy = rest / 3n;
  for (const fields of [
    { amount: yuan(subsidy), fundSource: 'HIGHER_LEVEL_SUBSIDY', fundLevel: 'PROVINCE' },
    { amount: yuan(rest - subsidy), fundSource: 'GOVERNMENT_BUDGET', fundLevel: 'COUNTY' },
  ]) {
    expect((await contribute('CIVIL_AFFAIRS', fields)).errors).toBeUndefined();
  }
  const whole = await funding();
  expect(whole.funding.bySource).toEqual([
    {
      department: 'CIVIL_AFFAIRS',
      source: 'GOVERNMENT_BUDGET',
      level: 'COUNTY',
      amount: yuan(rest - subsidy),
    },
    {
      department: 'CIVIL_AFFAIRS',
      source: 'HIGHER_LEVEL_SUBSIDY',
      level: 'PROVINCE',
      amount: yuan(subsidy),
    },
    { department: 'TRADE_UNION', source: 'UNION_FUNDS', level: 'COUNTY', amount: '10000.00' },
    {
      department: 'YOUTH_LEAGUE',
      source: 'HIGHER_LEVEL_SUBSIDY',
      level: 'PROVINCE',
      amount: '5000.00',
    },
  ]);
  const added = whole.funding.bySource.reduce(
    (sum, share) => sum + BigInt(share.amount.replace('.', '')),
    0n,
  );
  expect(added).toBe(contract);
  expect(whole.funding).toMatchObject({
    funded: yuan(contract),
    unfunded: '0.00',
    overfunded: '0.00',
  });
  expect(whole.funding.inKind).toEqual([
    {
      department: 'CIVIL_AFFAIRS',
      kind: 'PREMISES',
      source: 'PUBLIC_ASSETS',
      level: 'TOWNSHIP',
      description: '乡镇出场地',
      areaSquareMetres: 200,
      goodsValue: null,
      goodsCount: null,
      volunteerHours: null,
      contributedOn: project.startsOn,
    },
    {
      department: 'TRADE_UNION',
      kind: 'GOODS',
      source: 'LINKED_RESOURCES',
      level: 'NON_GOVERNMENT',
      description: '图书',
      areaSquareMetres: null,
      goodsValue: '3000.00',
      goodsCount: null,
      volunteerHours: null,
      contributedOn: project.startsOn,
    },
    {
      department: 'YOUTH_LEAGUE',
      kind: 'VOLUNTEER_HOURS',
      source: 'LINKED_RESOURCES',
      level: 'NON_GOVERNMENT',
      description: null,
      areaSquareMetres: null,
      goodsValue: null,
      goodsCount: null,
      volunteerHours: 12.5,
      contributedOn: project.startsOn,
    },
  ]);
  // The department's own field says the same; gifts in kind never count as its money.
  expect(whole.tradeUnionContribution).toEqual({
    amount: '10000.00',
    bySource: [{ source: 'UNION_FUNDS', level: 'COUNTY', amount: '10000.00' }],
    inKind: [{ kind: 'GOODS', goodsValue: '3000.00' }],
  });
});

it('a gift in kind is not bounded by the contract amount; money beyond it shows as overfunded, and one department alone cannot pay beyond it', async () => {
  const goods = await contribute('CIVIL_AFFAIRS', {
    kind: 'GOODS',
    goodsCount: 100,
    description: '爱心资源',
    fundSource: 'LINKED_RESOURCES',
    fundLevel: 'NON_GOVERNMENT',
  });
  expect(goods.errors).toBeUndefined();
  const before = await hub.rowCount('civil-affairs', 'project_contributions');
  const alone = await contribute('CIVIL_AFFAIRS', {
    amount: yuan(project.contract),
    fundSource: 'GOVERNMENT_BUDGET',
    fundLevel: 'COUNTY',
  });
  expect(alone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  expect(await hub.rowCount('civil-affairs', 'project_contributions')).toBe(before);
  // Each department's money is bounded in its own database; together they may pass the contract
  // amount, and the project's funding says by how much.
  const more = await contribute('WOMEN_FEDERATION', {
    amount: '1.00',
    fundSource: 'WOMEN_FEDERATION_FUNDS',
    fundLevel: 'COUNTY',
  });
  expect(more.errors).toBeUndefined();
  expect((await funding()).funding).toMatchObject({
    funded: yuan(project.contract + 100n),
    unfunded: '0.00',
    overfunded: '1.00',
  });
});

describe.each([
  ['CIVIL_AFFAIRS', { kind: 'PREMISES', description: '场地' }, 'areaSquareMetres'],
  ['CIVIL_AFFAIRS', { kind: 'PREMISES', areaSquareMetres: 50 }, 'description'],
  ['TRADE_UNION', { kind: 'GOODS', description: '图书' }, 'goodsValue'],
  ['TRADE_UNION', { kind: 'GOODS', goodsValue: '10.00' }, 'description'],
  ['YOUTH_LEAGUE', { kind: 'VOLUNTEER_HOURS' }, 'volunteerHours'],
  ['YOUTH_LEAGUE', {}, 'amount'],
  ['WOMEN_FEDERATION', { amount: '1.00', areaSquareMetres: 10 }, 'areaSquareMetres'],
  [
    'WOMEN_FEDERATION',
    { kind: 'PREMISES', areaSquareMetres: 10, description: '场地', amount: '1.00' },
    'amount',
  ],
] as const)('%s: %j', (department, fields, field) => {
  it(`is refused naming ${field}, writing nothing`, async () => {
    const service = SERVICE[department]!;
    const before = await hub.rowCount(service, 'project_contributions');
    const fundSource = department === 'CIVIL_AFFAIRS' ? 'PUBLIC_ASSETS' : 'GOVERNMENT_BUDGET';
    const { data, errors } = await contribute(department, {
      fundSource,
      fundLevel: 'COUNTY',
      ...fields,
    });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await hub.rowCount(service, 'project_contributions')).toBe(before);
  });
});

describe.each([
  ['CIVIL_AFFAIRS', 'LINKED_RESOURCES', 'COUNTY'],
  ['TRADE_UNION', 'GOVERNMENT_BUDGET', 'NON_GOVERNMENT'],
  ['YOUTH_LEAGUE', 'HIGHER_LEVEL_SUBSIDY', 'COUNTY'],
  ['WOMEN_FEDERATION', 'HIGHER_LEVEL_SUBSIDY', 'TOWNSHIP'],
] as const)('%s: %s at %s', (department, fundSource, fundLevel) => {
  it('is refused naming fundLevel, writing nothing', async () => {
    const service = SERVICE[department]!;
    const before = await hub.rowCount(service, 'project_contributions');
    const { errors } = await contribute(department, { amount: '1.00', fundSource, fundLevel });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fundLevel' });
    expect(await hub.rowCount(service, 'project_contributions')).toBe(before);
  });
});

it('a gift in kind reversed leaves the project’s list and nets out of the region’s sum', async () => {
  const before = await hub.query<{ region: { tradeUnionFunding: { goodsValue: string } } }>(
    `{ region(code: "${LINZE}") { tradeUnionFunding { goodsValue } } }`,
    {},
    { principal: admin('TRADE_UNION') },
  );
  const reference = `fund-sources-gift-${serial}`;
  await hub.query(
    `mutation($input: ContributionInput!) { recordTradeUnionContribution(input: $input) { id } }`,
    {
      input: {
        projectId: project.id,
        reference,
        contributedOn: project.startsOn,
        kind: 'GOODS',
        goodsValue: '700.00',
        description: '慰问品',
        fundSource: 'LINKED_RESOURCES',
        fundLevel: 'NON_GOVERNMENT',
      },
    },
    { principal: admin('TRADE_UNION') },
  );
  const reversed = await hub.query(
    `mutation($input: ReversalInput!) { reverseTradeUnionContribution(input: $input) { id } }`,
    { input: { reference, reason: 'recorded twice' } },
    { principal: admin('TRADE_UNION') },
  );
  expect(reversed.errors).toBeUndefined();
  const after = await hub.query<{ region: { tradeUnionFunding: { goodsValue: string } } }>(
    `{ region(code: "${LINZE}") { tradeUnionFunding { goodsValue } } }`,
    {},
    { principal: admin('TRADE_UNION') },
  );
  expect(after.data!.region.tradeUnionFunding.goodsValue).toBe(
    before.data!.region.tradeUnionFunding.goodsValue,
  );
  const gifts = (await funding()).funding.inKind.filter((gift) => gift.description === '慰问品');
  expect(gifts).toEqual([]);
});

describe.each([
  ['CIVIL_AFFAIRS', 'civilAffairsFunding', '510000'],
  ['CIVIL_AFFAIRS', 'civilAffairsFunding', LINZE],
  ['TRADE_UNION', 'tradeUnionFunding', LINZE],
  ['YOUTH_LEAGUE', 'youthLeagueFunding', '510000'],
] as const)('%s %s over %s', (department, field, code) => {
  it('equals SQL over the department’s own table', async () => {
    const { data, errors } = await hub.query<{
      region: Record<
        string,
        {
          amount: string;
          bySource: Array<{ source: string; level: string | null; amount: string }>;
          premisesSquareMetres: number;
          goodsValue: string;
          goodsCount: number;
          volunteerHours: number;
        }
      >;
    }>(
      `{ region(code: "${code}") { ${field} { amount bySource { source level amount } premisesSquareMetres goodsValue goodsCount volunteerHours } } }`,
      {},
      { principal: principal(department, ['ADMIN'], '100000') },
    );
    expect(errors).toBeUndefined();
    const service = SERVICE[department]!;
    const shares = await sql<{ source: string; level: string | null; amount: string }>(
      service,
      `select fund_source as source, fund_level as level, (sum(amount_fen) / 100.0)::numeric(20,2)::text as amount
         from project_contributions where project_region_code like '${code.replace(/0+$/, '')}%' and kind = 'MONEY'
        group by 1, 2 having sum(amount_fen) <> 0 order by 1, 2`,
    );
    const [gifts] = await sql<{ area: number; value: string; count: number; hours: string }>(
      service,
      `select coalesce(sum(area_m2), 0)::int as area, (coalesce(sum(goods_value_fen), 0) / 100.0)::numeric(20,2)::text as value,
              coalesce(sum(goods_count), 0)::int as count, (coalesce(sum(volunteer_minutes), 0) / 60.0)::float8::text as hours
         from project_contributions where project_region_code like '${code.replace(/0+$/, '')}%' and kind <> 'MONEY'`,
    );
    const [total] = await sql<{ amount: string }>(
      service,
      `select (coalesce(sum(amount_fen), 0) / 100.0)::numeric(20,2)::text as amount
         from project_contributions where project_region_code like '${code.replace(/0+$/, '')}%'`,
    );
    const figures = data!.region[field]!;
    expect(figures.bySource).toEqual(shares);
    expect(figures.amount).toBe(total!.amount);
    expect(figures).toMatchObject({
      premisesSquareMetres: gifts!.area,
      goodsValue: gifts!.value,
      goodsCount: gifts!.count,
      volunteerHours: Number(gifts!.hours),
    });
    expect(shares.length).toBeGreaterThan(0);
  });
});

it('a project whose sources nobody recorded shows its whole contract amount unfunded (Ceheng: sources named, never split)', async () => {
  const { data, errors } = await hub.query<{
    serviceProjects: {
      edges: Array<{
        node: { contractAmount: string; funding: { funded: string; unfunded: string } };
      }>;
    };
  }>(
    '{ serviceProjects(filter: { regionCode: "522327" }) { edges { node { contractAmount funding { funded unfunded } } } } }',
  );
  expect(errors).toBeUndefined();
  const edges = data!.serviceProjects.edges;
  expect(edges.length).toBeGreaterThan(0);
  for (const { node } of edges) {
    expect(node.funding).toEqual({ funded: '0.00', unfunded: node.contractAmount });
  }
});

it('answers docs/queries.md’s Pingchuan funding example as written', async () => {
  const { data, errors } = await hub.query<{
    serviceProjects: { edges: Array<{ node: { name: string; funding: unknown } }> };
  }>(
    `query PingchuanFunding { serviceProjects(filter: { regionCode: "620723" }) { edges { node { name
      funding { funded unfunded overfunded bySource { department source level amount }
        inKind { department kind source level description goodsValue } } } } } }`,
  );
  expect(errors).toBeUndefined();
  const pingchuan = data!.serviceProjects.edges.find(
    (edge) => edge.node.name === '平川镇社工站运营项目',
  );
  expect(pingchuan!.node.funding).toEqual({
    funded: '50000.00',
    unfunded: '100000.00',
    overfunded: '0.00',
    bySource: [
      { department: 'YOUTH_LEAGUE', source: 'LEAGUE_FUNDS', level: 'COUNTY', amount: '30000.00' },
      {
        department: 'DISABLED_PERSONS_FEDERATION',
        source: 'DISABILITY_EMPLOYMENT_SECURITY_FUND',
        level: 'COUNTY',
        amount: '20000.00',
      },
    ],
    inKind: [
      {
        department: 'CIVIL_AFFAIRS',
        kind: 'GOODS',
        source: 'LINKED_RESOURCES',
        level: 'NON_GOVERNMENT',
        description: '图书（“阅亮姐姐”儿童阅读空间）',
        goodsValue: '110000.00',
      },
    ],
  });
});
