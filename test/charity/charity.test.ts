import { buildCharitySlice } from '../../subgraphs/charity/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { formatYuan } from '../../shared/money.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The charity subgraph through the gateway, beside civil affairs.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const world = buildDemoWorld();
const slice = buildCharitySlice(world);
const as = principal;
const charityAdmin = as('CHARITY', ['ADMIN'], '100000');
const charityCaseworker = as('CHARITY', ['CASEWORKER'], '100000');
const civilCaseworker = as('CIVIL_AFFAIRS', ['CASEWORKER'], '100000');
const civilSupervisor = as('CIVIL_AFFAIRS', ['SUPERVISOR'], '100000');
const charitySupervisor = as('CHARITY', ['SUPERVISOR'], '100000');
const sum = (values: bigint[]) => values.reduce((total, value) => total + value, 0n);

const count = (table: string) => hub.rowCount('charity', table);

it('sums raised, granted and balance per fund and over a region in SQL', async () => {
  const linzeFund = slice.funds.find((fund) => fund.regionCode === '620723')!;
  const raised = sum(
    slice.donations.filter((d) => d.fundId === linzeFund.id).map((d) => d.amountFen),
  );
  const granted = sum(
    slice.grants.filter((g) => g.fundId === linzeFund.id).map((g) => g.amountFen),
  );
  const { data, errors } =
    await hub.query(`{ charityFunds(filter: { regionCode: "620723" }) { edges { node { name kind raised granted balance } } }
    region(code: "620723") { charity { funds raised granted grantedToProjects grantedToCommunities grantedToPeople communitiesGranted volunteers } } }`);
  expect(errors).toBeUndefined();
  expect(data!.charityFunds.edges).toEqual([
    {
      node: {
        name: '临泽县社区治理专项基金',
        kind: 'COMMUNITY_GOVERNANCE',
        raised: formatYuan(raised),
        granted: formatYuan(granted),
        balance: formatYuan(raised - granted),
      },
    },
  ]);
  expect(data!.region.charity).toEqual({
    funds: 1,
    raised: formatYuan(raised),
    granted: formatYuan(granted),
    grantedToProjects: '15000.00',
    grantedToCommunities: '20000.00',
    grantedToPeople: '0.00',
    communitiesGranted: 2,
    volunteers: slice.volunteers.filter((v) => v.regionCode.startsWith('620723')).length,
  });
});

it("counts its project grants as charity's contribution to the project", async () => {
  const project = world.projects.find((p) => p.name.startsWith('鸭暖镇'))!;
  const { data } = await hub.query(
    `query($id: ID!) { serviceProject(id: $id) { name charityContribution { department amount fundSources allocations } charityGrants { amount purpose } } }`,
    { id: project.id },
  );
  expect(data!.serviceProject).toEqual({
    name: '鸭暖镇社工站运营项目',
    charityContribution: {
      department: 'CHARITY',
      amount: '15000.00',
      fundSources: ['COMMUNITY_FUND'],
      allocations: 1,
    },
    charityGrants: [{ amount: '15000.00', purpose: '社工站服务配套' }],
  });
});

it('shows aid to a person to charity, hides it from others, reveals it to its own supervisor with a purpose (logged)', async () => {
  const aided = slice.grants.find((g) => g.recipientKind === 'PERSON')!;
  const query = `query($id: ID!) { person(id: $id) { charityAid { amount purpose } } }`;
  expect(
    (await hub.query(query, { id: aided.personId }, { principal: charityCaseworker })).data!.person
      .charityAid,
  ).toEqual([{ amount: '800.00', purpose: '冬季取暖救助' }]);
  expect(
    (await hub.query(query, { id: aided.personId }, { principal: civilCaseworker })).data!.person
      .charityAid,
  ).toBeNull();
  const before = await count('access_log');
  // Assistance is revealed only by the department that gave it; another department's
  // supervisor who states a purpose still gets nothing, and nothing is logged.
  expect(
    (
      await hub.query(
        query,
        { id: aided.personId },
        { principal: civilSupervisor, purpose: '救助统筹' },
      )
    ).data!.person.charityAid,
  ).toBeNull();
  expect(await count('access_log')).toBe(before);
  expect(
    (
      await hub.query(
        query,
        { id: aided.personId },
        { principal: charitySupervisor, purpose: '救助统筹' },
      )
    ).data!.person.charityAid,
  ).toHaveLength(1);
  expect(await count('access_log')).toBe(before + 1);
});

it('receives donations once, grants within the balance only, and checks the recipient', async () => {
  const fund = await hub.query(
    `mutation { establishCharityFund(input: { name: "平川镇关爱基金", kind: COMMUNITY_GOVERNANCE, regionCode: "620723103", establishedOn: "2024-01-01" }) { id balance } }`,
    {},
    { principal: charityAdmin },
  );
  const fundId = fund.data!.establishCharityFund.id;
  const donation = `mutation($f: ID!) { receiveDonation(input: { fundId: $f, donor: "爱心企业", amount: "5000.00", receivedOn: "2024-01-05", reference: "平川-捐-1" }) { raised balance } }`;
  await hub.query(donation, { f: fundId }, { principal: charityCaseworker });
  expect(
    (await hub.query(donation, { f: fundId }, { principal: charityCaseworker })).data!
      .receiveDonation,
  ).toEqual({ raised: '5000.00', balance: '5000.00' });

  const community = '620723103001';
  const grant = (amount: string, reference: string, extra = {}) =>
    hub.query(
      `mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) { amount recipientKind communityCode } }`,
      {
        input: {
          fundId,
          recipientKind: 'COMMUNITY',
          communityCode: community,
          recipientRegionCode: community,
          amount,
          grantedOn: '2024-02-01',
          purpose: '儿童阅读空间',
          reference,
          ...extra,
        },
      },
      { principal: charityAdmin },
    );
  expect((await grant('3000.00', 'g-1')).data!.makeCharityGrant).toEqual({
    amount: '3000.00',
    recipientKind: 'COMMUNITY',
    communityCode: community,
  });
  const over = await grant('2000.01', 'g-2');
  expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  expect(over.errors?.[0]?.message).toContain('2000.00');
  const mixed = await grant('10.00', 'g-3', { personId: world.people[0]!.id });
  expect(mixed.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'personId',
  });
  const missing = await grant('10.00', 'g-4', { communityCode: null });
  expect(missing.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'communityCode',
  });
  const wrong = await hub.query(
    `mutation { establishCharityFund(input: { name: "x", kind: WELFARE_LOTTERY, regionCode: "620723", establishedOn: "2024-01-01" }) { id } }`,
    {},
    { principal: as('CIVIL_AFFAIRS', ['ADMIN'], '100000') },
  );
  expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await count('charity_grants')).toBe(slice.grants.length + 1);
  expect(await count('charity_funds')).toBe(slice.funds.length + 1);
});

it('sends as many statements for 100 projects as for 2', async () => {
  const statements = async (first: number) => {
    const before = hub.sqlCount('charity');
    await hub.query(
      `query($first: Int!) { serviceProjects(first: $first) { edges { node { charityContribution { amount } charityGrants { amount } } } } }`,
      { first },
    );
    return hub.sqlCount('charity') - before;
  };
  expect(await statements(100)).toBe(await statements(2));
});
