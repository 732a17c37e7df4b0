import { buildWomenFederationSlice } from '../../subgraphs/women-federation/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The women's federation subgraph through the gateway, beside civil affairs.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const world = buildDemoWorld();
const slice = buildWomenFederationSlice(world);
const as = principal;
const womenCaseworker = as('WOMEN_FEDERATION', ['CASEWORKER'], '620723');
const womenSupervisor = as('WOMEN_FEDERATION', ['SUPERVISOR'], '620723');
const womenAdmin = as('WOMEN_FEDERATION', ['ADMIN'], '100000');
const civilCaseworker = as('CIVIL_AFFAIRS', ['CASEWORKER'], '620723');
const civilSupervisor = as('CIVIL_AFFAIRS', ['SUPERVISOR'], '620723');
const analyst = as('CIVIL_AFFAIRS', ['ANALYST'], '620723');

const count = (table: string) => hub.rowCount('women-federation', table);

const item = slice.cases[0]!;
const query = `query($id: ID!) { person(id: $id) { womenFederationCases { kind status openedOn summary } } }`;

it('shows cases by role: summary only to its own supervisors with a purpose, each reveal logged', async () => {
  expect(
    (await hub.query(query, { id: item.personId }, { principal: womenCaseworker })).data!.person
      .womenFederationCases,
  ).toEqual([{ kind: item.kind, status: item.status, openedOn: item.openedOn, summary: null }]);
  expect(
    (await hub.query(query, { id: item.personId }, { principal: civilCaseworker })).data!.person
      .womenFederationCases,
  ).toBeNull();
  expect(
    (await hub.query(query, { id: item.personId }, { principal: analyst })).data!.person
      .womenFederationCases,
  ).toEqual([{ kind: item.kind, status: item.status, openedOn: null, summary: null }]);
  const before = await count('access_log');
  expect(
    (
      await hub.query(
        query,
        { id: item.personId },
        { principal: civilSupervisor, purpose: '联合救助' },
      )
    ).data!.person.womenFederationCases[0].summary,
  ).toBeNull();
  expect(
    (await hub.query(query, { id: item.personId }, { principal: womenSupervisor, purpose: '督导' }))
      .data!.person.womenFederationCases[0].summary,
  ).toBe(item.summary);
  expect(await count('access_log')).toBe(before + 2);
});

it("adds children's homes and family services to stations and regions, and money to projects", async () => {
  const station = world.stations.find((s) => s.name === '鸭暖镇社工站')!;
  const project = world.projects.find((p) => p.name.startsWith('鸭暖镇'))!;
  const services = slice.services.filter((s) => s.stationId === station.id);
  const { data, errors } = await hub.query(
    `query($s: ID!, $p: ID!) {
    station(id: $s) { womenFederation { childrenHomes { name status } familyServices householdsServed personTimes } }
    region(code: "620723") { womenFederation { childrenHomes villagesWithChildrenHome openCases familyServices contributed } }
    serviceProject(id: $p) { womenFederationContribution { amount fundSources } } }`,
    { s: station.id, p: project.id },
  );
  expect(errors).toBeUndefined();
  expect(data!.station.womenFederation).toEqual({
    childrenHomes: [
      { name: slice.homes.find((h) => h.stationId === station.id)!.name, status: 'OPERATING' },
    ],
    familyServices: services.length,
    householdsServed: services.reduce((sum, s) => sum + s.households, 0),
    personTimes: services.reduce((sum, s) => sum + s.personTimes, 0),
  });
  expect(data!.region.womenFederation).toEqual({
    childrenHomes: 3,
    villagesWithChildrenHome: 3,
    openCases: slice.cases.filter((c) => c.status === 'OPEN').length,
    familyServices: slice.services.filter((s) => s.regionCode.startsWith('620723')).length,
    contributed: '20000.00',
  });
  expect(data!.serviceProject.womenFederationContribution).toEqual({
    amount: '20000.00',
    fundSources: ['WOMEN_FEDERATION_FUNDS'],
  });
});

it('registers homes, opens and closes cases once, records services, and refuses bad input', async () => {
  const home = `mutation($input: ChildrenHomeInput!) { registerChildrenHome(input: $input) { name villageCode } }`;
  const input = {
    name: '蓼泉第一社区儿童之家',
    villageCode: '620723102001',
    openedOn: '2024-03-01',
  };
  expect(
    (await hub.query(home, { input }, { principal: womenAdmin })).data!.registerChildrenHome,
  ).toEqual({ name: input.name, villageCode: input.villageCode });
  await hub.query(home, { input }, { principal: womenAdmin });
  expect(await count('children_homes')).toBe(slice.homes.length + 1);
  const township = await hub.query(
    home,
    { input: { ...input, villageCode: '620723102' } },
    { principal: womenAdmin },
  );
  expect(township.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'villageCode',
  });

  const person = world.people.find(
    (p) => p.regionCode.startsWith('620723') && !slice.cases.some((c) => c.personId === p.id),
  )!;
  const open = `mutation($input: WomenChildCaseInput!) { openWomenChildCase(input: $input) { kind status } }`;
  const caseInput = {
    personId: person.id,
    personRegionCode: person.regionCode,
    kind: 'CHILD_PROTECTION',
    openedOn: '2024-02-01',
    summary: '监护缺失，已联系村委会。',
    reference: '临妇案〔2024〕001号',
  };
  expect(
    (await hub.query(open, { input: caseInput }, { principal: womenCaseworker })).data!
      .openWomenChildCase,
  ).toEqual([{ kind: 'CHILD_PROTECTION', status: 'OPEN' }]);
  await hub.query(open, { input: caseInput }, { principal: womenCaseworker });
  expect(await count('women_child_cases')).toBe(slice.cases.length + 1);
  const early = await hub.query(
    `mutation { closeWomenChildCase(reference: "临妇案〔2024〕001号", closedOn: "2024-01-01") { status } }`,
    {},
    { principal: womenCaseworker },
  );
  expect(early.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'closedOn',
  });
  const closed = await hub.query(
    `mutation { closeWomenChildCase(reference: "临妇案〔2024〕001号", closedOn: "2024-05-01") { status } }`,
    {},
    { principal: womenCaseworker },
  );
  expect(closed.data!.closeWomenChildCase).toEqual([{ status: 'CLOSED' }]);
  expect(
    (
      await hub.query(
        open,
        { input: { ...caseInput, reference: 'x' } },
        { principal: civilCaseworker },
      )
    ).errors?.[0]?.extensions?.code,
  ).toBe('FORBIDDEN');

  const service = `mutation($input: FamilyServiceInput!) { recordFamilyService(input: $input) { familyServices } }`;
  const bad = await hub.query(
    service,
    {
      input: {
        regionCode: '620723102',
        kind: 'MEDIATION',
        servedOn: '2024-02-02',
        households: -1,
        personTimes: 2,
      },
    },
    { principal: womenCaseworker },
  );
  expect(bad.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'households',
  });
  expect(await count('family_services')).toBe(slice.services.length);
});

it('sends as many statements for 100 stations as for 3', async () => {
  const statements = async (first: number) => {
    const before = hub.sqlCount('women-federation');
    await hub.query(
      `query($first: Int!) { stations(first: $first) { edges { node { womenFederation { childrenHomes { name } familyServices } } } } }`,
      { first },
    );
    return hub.sqlCount('women-federation') - before;
  };
  expect(await statements(100)).toBe(await statements(3));
});
