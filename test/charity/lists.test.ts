import { buildCharitySlice } from '../../subgraphs/charity/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { formatYuan } from '../../shared/money.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// Charity's lists of donations and grants, through the gateway.

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
const caller = {
  linzeAdmin: as('CHARITY', ['ADMIN'], '620723'),
  mulanAdmin: as('CHARITY', ['ADMIN'], '230127'),
  mulanCaseworker: as('CHARITY', ['CASEWORKER'], '230127'),
  mulanSupervisor: as('CHARITY', ['SUPERVISOR'], '230127'),
  mulanAuditor: as('CHARITY', ['AUDITOR'], '230127'),
  civilCaseworker: as('CIVIL_AFFAIRS', ['CASEWORKER'], '230127'),
  civilSupervisor: as('CIVIL_AFFAIRS', ['SUPERVISOR'], '230127'),
  analyst: as('CIVIL_AFFAIRS', ['ANALYST'], '230127'),
  viewer: as('YOUTH_LEAGUE', ['VIEWER'], '230127'),
};
const fundRegion = new Map(slice.funds.map((fund) => [fund.id, fund.regionCode]));
const linzeDonations = slice.donations.filter((d) =>
  fundRegion.get(d.fundId)!.startsWith('620723'),
);
const donationNode = (d: (typeof slice.donations)[number]) => ({
  donor: d.anonymous ? null : d.donor,
  anonymous: d.anonymous,
  amount: formatYuan(d.amountFen),
  receivedOn: d.receivedOn,
  reference: d.reference,
});

it("lists the donations into the funds of the caller's region, page by page, anonymous donors unnamed", async () => {
  const query = `query($after: String) { donations(first: 5, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { donor anonymous amount receivedOn reference } } } }`;
  const first = await hub.query(query, {}, { principal: caller.linzeAdmin });
  expect(first.errors).toBeUndefined();
  expect(first.data!.donations.totalCount).toBe(linzeDonations.length);
  expect(first.data!.donations.pageInfo.hasNextPage).toBe(true);
  const second = await hub.query(
    query,
    { after: first.data!.donations.pageInfo.endCursor },
    { principal: caller.linzeAdmin },
  );
  const nodes = [...first.data!.donations.edges, ...second.data!.donations.edges].map(
    (edge: { node: unknown }) => edge.node,
  );
  expect(nodes).toEqual(linzeDonations.slice(0, 10).map(donationNode));
  expect(linzeDonations.some((d) => d.anonymous)).toBe(true);
});

it('filters donations by fund, region and the date received, bounds included', async () => {
  const mulanFund = slice.funds.find((fund) => fund.regionCode === '230127')!;
  const ofFund = slice.donations.filter((d) => d.fundId === mulanFund.id);
  const dates = ofFund.map((d) => d.receivedOn).toSorted();
  const [from, to] = [dates[1]!, dates.at(-2)!];
  const { data, errors } = await hub.query(
    `query($fund: ID!, $from: Date, $to: Date) {
      fund: donations(filter: { fundId: $fund }) { totalCount }
      period: donations(filter: { fundId: $fund, from: $from, to: $to }) { totalCount edges { node { receivedOn } } }
      linze: donations(filter: { regionCode: "620723" }) { totalCount } }`,
    { fund: mulanFund.id, from, to },
  );
  expect(errors).toBeUndefined();
  const inPeriod = ofFund.filter((d) => d.receivedOn >= from && d.receivedOn <= to);
  expect(data).toEqual({
    fund: { totalCount: ofFund.length },
    period: {
      totalCount: inPeriod.length,
      edges: inPeriod.map((d) => ({ node: { receivedOn: d.receivedOn } })),
    },
    linze: { totalCount: linzeDonations.length },
  });
  expect(inPeriod.map((d) => d.receivedOn)).toEqual(expect.arrayContaining([from, to]));

  const backwards = await hub.query(
    '{ donations(filter: { from: "2023-06-01", to: "2023-05-31" }) { totalCount } }',
  );
  expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
});

it("shows a caller of another county none of Linze's donations or grants", async () => {
  const { data, errors } = await hub.query(
    `{ donations(filter: { regionCode: "620723" }) { totalCount }
       charityGrants(filter: { regionCode: "620723" }) { totalCount } }`,
    {},
    { principal: caller.mulanAdmin },
  );
  expect(errors).toBeUndefined();
  expect(data).toEqual({ donations: { totalCount: 0 }, charityGrants: { totalCount: 0 } });
});

const mulanAid = slice.grants.filter((g) => g.recipientKind === 'PERSON');
const grantNode = (g: (typeof slice.grants)[number]) => ({
  recipientKind: g.recipientKind,
  person: g.personId ? { id: g.personId } : null,
  communityCode: g.communityCode,
  amount: formatYuan(g.amountFen),
  grantedOn: g.grantedOn,
});
const grantsQuery = `query($filter: CharityGrantFilter) { charityGrants(filter: $filter) { totalCount
  edges { node { recipientKind person { id } communityCode amount grantedOn } } } }`;

it("lists grants in the caller's region by kind and period, aid to people in full for charity's case team", async () => {
  const linze = slice.grants.filter((g) => g.recipientRegionCode.startsWith('620723'));
  const community = await hub.query(
    grantsQuery,
    { filter: { recipientKind: 'COMMUNITY' } },
    { principal: caller.linzeAdmin },
  );
  expect(community.data!.charityGrants).toEqual({
    totalCount: linze.filter((g) => g.recipientKind === 'COMMUNITY').length,
    edges: linze
      .filter((g) => g.recipientKind === 'COMMUNITY')
      .map((g) => ({ node: grantNode(g) })),
  });

  const aid = await hub.query(
    grantsQuery,
    { filter: { recipientKind: 'PERSON' } },
    { principal: caller.mulanCaseworker },
  );
  expect(aid.errors).toBeUndefined();
  expect(aid.data!.charityGrants).toEqual({
    totalCount: mulanAid.length,
    edges: mulanAid.map((g) => ({ node: grantNode(g) })),
  });

  const dates = mulanAid.map((g) => g.grantedOn).toSorted();
  const [from, to] = [dates[1]!, dates.at(-2)!];
  const period = await hub.query(
    grantsQuery,
    { filter: { fundId: mulanAid[0]!.fundId, from, to } },
    { principal: caller.mulanCaseworker },
  );
  const inPeriod = slice.grants.filter(
    (g) => g.fundId === mulanAid[0]!.fundId && g.grantedOn >= from && g.grantedOn <= to,
  );
  expect(period.data!.charityGrants.edges).toEqual(inPeriod.map((g) => ({ node: grantNode(g) })));
  expect(inPeriod.length).toBeGreaterThanOrEqual(2);

  const backwards = await hub.query(grantsQuery, { filter: { from: to, to: from } });
  expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
});

it('leaves aid to people out for callers who may not see it, and refuses them a list of it', async () => {
  for (const principal of [caller.analyst, caller.mulanAdmin, caller.viewer]) {
    const all = await hub.query(grantsQuery, {}, { principal });
    expect(all.errors).toBeUndefined();
    expect(
      all.data!.charityGrants.edges.map((edge: { node: { recipientKind: string } }) => edge.node),
    ).toEqual(
      slice.grants
        .filter((g) => g.recipientRegionCode.startsWith('230127') && g.recipientKind !== 'PERSON')
        .map(grantNode),
    );
  }
  for (const principal of [caller.civilCaseworker, caller.viewer, caller.analyst]) {
    const { errors } = await hub.query(
      grantsQuery,
      { filter: { recipientKind: 'PERSON' } },
      { principal },
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  // Another department's supervisor with a purpose gets what everyone else gets of the aid.
  const { errors } = await hub.query(
    grantsQuery,
    { filter: { recipientKind: 'PERSON' } },
    { principal: caller.civilSupervisor, purpose: '联合救助核查' },
  );
  expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it("reveals aid to charity's supervisor with a purpose, logged per person, and lists reversals as their own rows", async () => {
  const before = await hub.rowCount('charity', 'access_log');
  const revealed = await hub.query(
    grantsQuery,
    { filter: { recipientKind: 'PERSON' } },
    { principal: caller.mulanSupervisor, purpose: '救助复核' },
  );
  expect(revealed.data!.charityGrants.edges).toEqual(mulanAid.map((g) => ({ node: grantNode(g) })));
  const people = new Set(mulanAid.map((g) => g.personId));
  expect(await hub.rowCount('charity', 'access_log')).toBe(before + people.size);
  const log = await hub.query(
    `query($id: ID!) { charityAccessLog(filter: { personId: $id }) { totalCount edges { node { subject personId fields purpose } } } }`,
    { id: mulanAid[0]!.personId },
    { principal: caller.mulanAuditor },
  );
  expect(log.data!.charityAccessLog).toEqual({
    totalCount: 1,
    edges: [
      {
        node: {
          subject: caller.mulanSupervisor.subject,
          personId: mulanAid[0]!.personId,
          fields: ['charityAid'],
          purpose: '救助复核',
        },
      },
    ],
  });

  const grant = {
    fundId: mulanAid[0]!.fundId,
    recipientKind: 'PERSON',
    personId: mulanAid[0]!.personId,
    amount: '300.00',
    grantedOn: '2023-12-01',
    purpose: '临时生活困难',
    reference: '慈资-列表-1',
  };
  const made = await hub.query(
    'mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) { amount } }',
    { input: grant },
    { principal: caller.mulanSupervisor },
  );
  expect(made.errors).toBeUndefined();
  const reversed = await hub.query(
    'mutation($input: ReversalInput!) { reverseCharityGrant(input: $input) { amount } }',
    { input: { reference: grant.reference, reason: '重复发放' } },
    { principal: caller.mulanSupervisor },
  );
  expect(reversed.errors).toBeUndefined();
  const after = await hub.query(
    grantsQuery,
    { filter: { recipientKind: 'PERSON' } },
    { principal: caller.mulanCaseworker },
  );
  const rows = after.data!.charityGrants.edges.map(
    (edge: { node: { amount: string; person: unknown } }) => [edge.node.person, edge.node.amount],
  );
  const person = { id: grant.personId };
  expect(rows.slice(-2)).toEqual([
    [person, '300.00'],
    [person, '-300.00'],
  ]);
  expect(after.data!.charityGrants.totalCount).toBe(mulanAid.length + 2);
});
