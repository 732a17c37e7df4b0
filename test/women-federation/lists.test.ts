import { buildWomenFederationSlice } from '../../subgraphs/women-federation/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { principal, readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// The women's federation's lists of cases and family services, through the gateway.

let hub: ReadOnlyHub;
beforeAll(async () => {
  hub = await readOnlyHub();
});

const world = buildDemoWorld();
const slice = buildWomenFederationSlice(world);
const as = principal;
const caller = {
  womenCaseworker: as('WOMEN_FEDERATION', ['CASEWORKER'], '620723'),
  womenSupervisor: as('WOMEN_FEDERATION', ['SUPERVISOR'], '620723'),
  womenAuditor: as('WOMEN_FEDERATION', ['AUDITOR'], '620723'),
  mulanCaseworker: as('WOMEN_FEDERATION', ['CASEWORKER'], '230127'),
  civilCaseworker: as('CIVIL_AFFAIRS', ['CASEWORKER'], '620723'),
  analyst: as('CIVIL_AFFAIRS', ['ANALYST'], '620723'),
  viewer: as('YOUTH_LEAGUE', ['VIEWER'], '620723'),
};
const cases = slice.cases;
const casesQuery = `query($filter: WomenChildCaseFilter, $first: Int, $after: String) {
  womenChildCases(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind status openedOn closedOn summary person { id } } } } }`;
const caseNode = (item: (typeof cases)[number]) => ({
  kind: item.kind,
  status: item.status,
  openedOn: item.openedOn,
  closedOn: item.closedOn,
  summary: null,
  person: { id: item.personId },
});

it("lists the cases of people in the caller's region page by page, for the federation's caseworkers", async () => {
  const as = { principal: caller.womenCaseworker };
  const first = await hub.query(casesQuery, { first: 4 }, as);
  expect(first.errors).toBeUndefined();
  expect(first.data!.womenChildCases.totalCount).toBe(cases.length);
  expect(first.data!.womenChildCases.pageInfo.hasNextPage).toBe(true);
  const second = await hub.query(
    casesQuery,
    { first: 4, after: first.data!.womenChildCases.pageInfo.endCursor },
    as,
  );
  expect(second.data!.womenChildCases.pageInfo.hasNextPage).toBe(false);
  const nodes = [...first.data!.womenChildCases.edges, ...second.data!.womenChildCases.edges].map(
    (edge: { node: unknown }) => edge.node,
  );
  expect(nodes).toEqual(cases.map(caseNode));
});

it('filters cases by region, kind, status and the date opened, bounds included', async () => {
  const as = { principal: caller.womenCaseworker };
  const township = cases[0]!.personRegionCode.slice(0, 9);
  const byRegion = await hub.query(casesQuery, { filter: { regionCode: township } }, as);
  expect(byRegion.data!.womenChildCases.edges.map((e: { node: unknown }) => e.node)).toEqual(
    cases.filter((c) => c.personRegionCode.startsWith(township)).map(caseNode),
  );
  const filtered = await hub.query(
    casesQuery,
    { filter: { kind: 'WOMAN_IN_DIFFICULTY', status: 'CLOSED' } },
    as,
  );
  expect(filtered.data!.womenChildCases.edges.map((e: { node: unknown }) => e.node)).toEqual(
    cases.filter((c) => c.kind === 'WOMAN_IN_DIFFICULTY' && c.status === 'CLOSED').map(caseNode),
  );
  const dates = cases.map((c) => c.openedOn).toSorted();
  const [from, to] = [dates[1]!, dates.at(-2)!];
  const period = await hub.query(casesQuery, { filter: { from, to } }, as);
  const inPeriod = cases.filter((c) => c.openedOn >= from && c.openedOn <= to);
  expect(period.data!.womenChildCases.edges.map((e: { node: unknown }) => e.node)).toEqual(
    inPeriod.map(caseNode),
  );
  expect(inPeriod).toHaveLength(cases.length - 2);

  const backwards = await hub.query(casesQuery, { filter: { from: to, to: from } }, as);
  expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
});

it('shows analysts the cases de-identified and refuses those who may not see cases', async () => {
  const analyst = await hub.query(casesQuery, {}, { principal: caller.analyst });
  expect(analyst.errors).toBeUndefined();
  expect(analyst.data!.womenChildCases.edges.map((e: { node: unknown }) => e.node)).toEqual(
    cases.map((item) => ({ ...caseNode(item), openedOn: null, closedOn: null })),
  );
  for (const principal of [caller.civilCaseworker, caller.viewer]) {
    const { errors } = await hub.query(casesQuery, {}, { principal });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  const mulan = await hub.query(
    casesQuery,
    { filter: { regionCode: '620723' } },
    { principal: caller.mulanCaseworker },
  );
  expect(mulan.data!.womenChildCases.totalCount).toBe(0);
});

it("reveals the cases with their summaries to the federation's supervisor with a purpose, logged per person", async () => {
  const before = await hub.rowCount('women-federation', 'access_log');
  const revealed = await hub.query(
    casesQuery,
    {},
    { principal: caller.womenSupervisor, purpose: '个案督导' },
  );
  expect(revealed.data!.womenChildCases.edges.map((e: { node: unknown }) => e.node)).toEqual(
    cases.map((item) => ({ ...caseNode(item), summary: item.summary })),
  );
  const people = new Set(cases.map((c) => c.personId));
  expect(await hub.rowCount('women-federation', 'access_log')).toBe(before + people.size);
  const log = await hub.query(
    `query($id: ID!) { womenFederationAccessLog(filter: { personId: $id }) { edges { node { subject personId fields purpose } } } }`,
    { id: cases[0]!.personId },
    { principal: caller.womenAuditor },
  );
  // The hub is shared with other files, whose reveals of this person are logged too.
  const ours = log.data!.womenFederationAccessLog.edges.filter(
    (edge: { node: { purpose: string } }) => edge.node.purpose === '个案督导',
  );
  expect(ours).toEqual([
    {
      node: {
        subject: caller.womenSupervisor.subject,
        personId: cases[0]!.personId,
        fields: ['womenFederationCases'],
        purpose: '个案督导',
      },
    },
  ]);
});

const servicesQuery = `query($filter: FamilyServiceFilter, $first: Int, $after: String) {
  familyServices(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind regionCode station { id } servedOn households personTimes } } } }`;
const serviceNode = (service: (typeof slice.services)[number]) => ({
  kind: service.kind,
  regionCode: service.regionCode,
  station: { id: service.stationId },
  servedOn: service.servedOn,
  households: service.households,
  personTimes: service.personTimes,
});

it("lists the family services of the caller's region to any role, page by page and by station and period", async () => {
  const linze = slice.services.filter((s) => s.regionCode.startsWith('620723'));
  const as = { principal: caller.viewer };
  const first = await hub.query(servicesQuery, { first: 4 }, as);
  expect(first.errors).toBeUndefined();
  expect(first.data!.familyServices.totalCount).toBe(linze.length);
  expect(first.data!.familyServices.pageInfo.hasNextPage).toBe(true);
  const second = await hub.query(
    servicesQuery,
    { first: 4, after: first.data!.familyServices.pageInfo.endCursor },
    as,
  );
  expect(
    [...first.data!.familyServices.edges, ...second.data!.familyServices.edges].map(
      (edge: { node: unknown }) => edge.node,
    ),
  ).toEqual(linze.slice(0, 8).map(serviceNode));

  const station = linze[0]!.stationId;
  const dates = linze.map((s) => s.servedOn).toSorted();
  const [from, to] = [dates[1]!, dates.at(-2)!];
  const { data, errors } = await hub.query(
    `query($station: ID!, $from: Date, $to: Date) {
      station: familyServices(filter: { stationId: $station }) { totalCount }
      period: familyServices(filter: { from: $from, to: $to }) { edges { node { servedOn } } }
      kind: familyServices(filter: { kind: MEDIATION }) { totalCount }
      township: familyServices(filter: { regionCode: "${linze[0]!.regionCode}" }) { totalCount } }`,
    { station, from, to },
    as,
  );
  expect(errors).toBeUndefined();
  expect(data).toEqual({
    station: { totalCount: linze.filter((s) => s.stationId === station).length },
    period: {
      edges: linze
        .filter((s) => s.servedOn >= from && s.servedOn <= to)
        .map((s) => ({ node: { servedOn: s.servedOn } })),
    },
    kind: { totalCount: linze.filter((s) => s.kind === 'MEDIATION').length },
    township: {
      totalCount: linze.filter((s) => s.regionCode.startsWith(linze[0]!.regionCode)).length,
    },
  });
  expect(data!.period.edges).toHaveLength(linze.length - 2);

  const backwards = await hub.query(servicesQuery, { filter: { from: to, to: from } }, as);
  expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  const mulan = await hub.query(
    servicesQuery,
    { filter: { regionCode: '620723' } },
    { principal: caller.mulanCaseworker },
  );
  expect(mulan.data!.familyServices.totalCount).toBe(0);
});
