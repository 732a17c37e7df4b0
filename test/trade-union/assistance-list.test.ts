import { formatYuan } from '../../shared/money.js';
import type { TestHub } from '../support/hub.js';
import { caller, inLinze, inMulan, slice, startUnionHub } from './fixtures.js';
import { HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The list of the union's assistance grants: the caller's region narrowed by the worker's
// division, the date granted and the kind; shown to whoever sees the assistance on the person.

let hub: TestHub;
beforeAll(async () => {
  hub = await startUnionHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const linze = slice.assistance.filter((grant) => inLinze(grant.personRegionCode));
const node = (grant: (typeof slice.assistance)[number]) => ({
  kind: grant.kind,
  amount: formatYuan(grant.amountFen),
  grantedOn: grant.grantedOn,
  reference: grant.reference,
  person: { id: grant.personId },
});
const listQuery = `query($filter: UnionAssistanceFilter, $first: Int, $after: String) {
  unionAssistanceGrants(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind amount grantedOn reference person { id } } } } }`;

async function list(filter: object | null, as: Parameters<TestHub['query']>[2], page = {}) {
  const { data, errors } = await hub.query(listQuery, { filter, ...page }, as);
  expect(errors).toBeUndefined();
  return data!.unionAssistanceGrants as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: Array<{ node: unknown }>;
  };
}

it("lists the region's grants in order, two pages joined by the cursor", async () => {
  const as = { principal: caller.unionCaseworker };
  const first = await list(null, as, { first: 7 });
  expect(first.totalCount).toBe(12);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const second = await list(null, as, { first: 7, after: first.pageInfo.endCursor });
  expect(second.pageInfo.hasNextPage).toBe(false);
  expect([...first.edges, ...second.edges].map((edge) => edge.node)).toEqual(linze.map(node));
});

it('narrows the list by division, kind and the date granted, bounds included', async () => {
  const as = { principal: caller.nationalUnionCaseworker };
  expect((await list(null, as)).totalCount).toBe(slice.assistance.length);
  for (const [code, inCounty, count] of [
    ['620723', inLinze, 12],
    // Mulan: three grants of its own, three to the people helped on purpose by three departments.
    ['230127', inMulan, 6],
  ] as const) {
    const counted = await list({ regionCode: code }, as, { first: 50 });
    expect(counted.totalCount).toBe(count);
    expect(counted.edges.map((edge) => edge.node)).toEqual(
      slice.assistance.filter((grant) => inCounty(grant.personRegionCode)).map(node),
    );
  }
  const kinds = await list({ kind: 'MEDICAL' }, as);
  expect(kinds.totalCount).toBe(slice.assistance.filter((g) => g.kind === 'MEDICAL').length);

  // Linze's grants of 2022: the first on 2022-04-24, the last on 2022-11-19, both kept.
  const period = await list(
    { regionCode: '620723', from: '2022-04-24', to: '2022-11-19' },
    { principal: caller.unionCaseworker },
  );
  const in2022 = linze.filter((g) => g.grantedOn >= '2022-04-24' && g.grantedOn <= '2022-11-19');
  expect(in2022.map((grant) => grant.grantedOn).sort()).toEqual([
    '2022-04-24',
    '2022-08-15',
    '2022-10-18',
    '2022-11-19',
  ]);
  expect(period.edges.map((edge) => edge.node)).toEqual(in2022.map(node));
  const oneDay = await list({ from: '2022-08-15', to: '2022-08-15' }, as);
  expect(oneDay.totalCount).toBe(1);

  const reversed = await hub.query(
    listQuery,
    { filter: { from: '2023-01-01', to: '2022-12-31' } },
    { principal: caller.unionCaseworker },
  );
  expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  const badRegion = await hub.query(
    listQuery,
    { filter: { regionCode: '62072' } },
    { principal: caller.unionCaseworker },
  );
  expect(badRegion.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'regionCode',
  });
});

it('shows a caller of the other county none of Linze', async () => {
  const mulan = { principal: caller.mulanUnionCaseworker };
  expect((await list({ regionCode: '620723' }, mulan)).totalCount).toBe(0);
  expect((await list(null, mulan)).totalCount).toBe(6);
});

it('refuses the list to whoever sees no assistance on the person, analysts included', async () => {
  // Assistance is withheld from analysts and from other departments' supervisors on the person
  // view (the masking rule of assistance), so the list refuses them too.
  for (const as of [
    { principal: caller.civilCaseworker },
    { principal: caller.youthViewer },
    { principal: caller.unionAdmin },
    { principal: caller.analyst },
    { principal: caller.civilSupervisor, purpose: '困难职工救助核查' },
  ]) {
    const { data, errors } = await hub.query('{ unionAssistanceGrants { totalCount } }', {}, as);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(data?.unionAssistanceGrants ?? null).toBeNull();
  }
});

it("reveals the grants to the union's supervisor with a purpose, each worker logged", async () => {
  const logRows = () => hub.rowCount('trade-union', 'access_log');
  const before = await logRows();
  await list(null, { principal: caller.unionSupervisor });
  expect(await logRows()).toBe(before);

  const revealed = await list(
    { regionCode: '620723' },
    { principal: caller.unionSupervisor, purpose: '帮扶资金审计' },
    { first: 50 },
  );
  expect(revealed.edges.map((edge) => edge.node)).toEqual(linze.map(node));
  const workers = new Set(linze.map((grant) => grant.personId));
  expect(await logRows()).toBe(before + workers.size);

  const log = await hub.query(
    `query($id: ID!) { tradeUnionAccessLog(filter: { personId: $id }) {
      edges { node { subject personId fields purpose } } } }`,
    { id: linze[0]!.personId },
    { principal: caller.unionAuditor },
  );
  expect(log.errors).toBeUndefined();
  expect(log.data!.tradeUnionAccessLog.edges).toEqual([
    {
      node: {
        subject: caller.unionSupervisor.subject,
        personId: linze[0]!.personId,
        fields: ['unionAssistance'],
        purpose: '帮扶资金审计',
      },
    },
  ]);
});
