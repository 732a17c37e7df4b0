import { buildCharitySlice } from '../../subgraphs/charity/demo.js';
import { buildDisabilitySlice } from '../../subgraphs/disabled-persons-federation/demo.js';
import { buildTradeUnionSlice } from '../../subgraphs/trade-union/demo.js';
import { buildWomenFederationSlice } from '../../subgraphs/women-federation/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { buildYouthLeagueSlice } from '../../subgraphs/youth-league/demo.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The four questions the hub exists for, each one request through the gateway across all six
// departments: a station, a person, a region, and who pays for the projects.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const world = buildDemoWorld();
const youth = buildYouthLeagueSlice(world);
const disability = buildDisabilitySlice(world);
const union = buildTradeUnionSlice(world);
const women = buildWomenFederationSlice(world);
const charity = buildCharitySlice(world);

const STATION_VIEW = `query StationView($id: ID!) {
  station(id: $id) {
    name status openedOn region { name parent { name } } operator { name }
    projects { name leadDepartment contractAmount
      disabilityFederationContribution { amount } youthLeagueContribution { amount } womenFederationContribution { amount }
      charityContribution { amount } charityGrants { amount purpose } }
    volunteerTeams { name volunteers hours }
    youthProgrammes { name enrolled }
    womenFederation { childrenHomes { name } familyServices }
    tradeUnion { servicePoints { name } }
    disabilityFederation { rehabilitationServices }
    charityVolunteers { name }
  }
  serviceRecords(filter: { stationId: $id }, first: 0) { totalCount }
}`;

it('station view: projects, every department’s money and work, teams and services at Pingchuan', async () => {
  const station = world.stations.find((s) => s.name === '平川镇社工站')!;
  const { data, errors } = await hub.query(STATION_VIEW, { id: station.id });
  expect(errors).toBeUndefined();
  const view = data!.station;
  expect(view).toMatchObject({
    name: '平川镇社工站',
    status: 'OPERATING',
    openedOn: '2022-04-15',
    region: { name: '平川镇', parent: { name: '临泽县' } },
    operator: { name: '张掖市同心社会工作服务中心' },
  });
  expect(view.projects).toEqual([
    {
      name: '平川镇社工站运营项目',
      leadDepartment: 'CIVIL_AFFAIRS',
      contractAmount: '150000.00',
      disabilityFederationContribution: { amount: '20000.00' },
      youthLeagueContribution: { amount: '30000.00' },
      womenFederationContribution: null,
      charityContribution: null,
      charityGrants: [],
    },
  ]);
  const team = youth.teams.find((t) => t.stationId === station.id)!;
  expect(view.volunteerTeams).toEqual([
    {
      name: team.name,
      volunteers: youth.volunteers.filter((v) => v.teamId === team.id).length,
      hours: expect.any(Number),
    },
  ]);
  expect(view.youthProgrammes).toEqual([
    { name: '平川镇留守儿童关爱计划', enrolled: youth.enrolments.length },
  ]);
  expect(view.womenFederation).toEqual({
    childrenHomes: [{ name: women.homes.find((h) => h.stationId === station.id)!.name }],
    familyServices: women.services.filter((s) => s.stationId === station.id).length,
  });
  expect(view.tradeUnion).toEqual({ servicePoints: [{ name: '平川镇职工之家' }] });
  expect(view.disabilityFederation.rehabilitationServices).toBe(
    disability.rehabilitation.filter((r) => r.stationId === station.id).length,
  );
  expect(view.charityVolunteers).toHaveLength(
    charity.volunteers.filter((v) => v.stationId === station.id).length,
  );
  // Pingchuan's published output, seed 002: 15 cases (60 person-times), 6 groups, 4 activities.
  expect(data!.serviceRecords.totalCount).toBe(25);
});

const PERSON_VIEW = `query PersonView($id: ID!) {
  person(id: $id) {
    name age categories categoriesMasked region { name }
    disabilityCertificate { category grade }
    unionFile { level status }
    womenFederationCases { kind status }
    youthProgrammes { kind programme }
    youthVolunteer { name }
    charityAid { amount }
  }
}`;

it('person view: every department’s record of one person, as far as the caller may see', async () => {
  const withCertificate = disability.certificates.find((c) =>
    union.files.some((f) => f.personId === c.personId),
  );
  const person = world.people.find(
    (p) => p.id === (withCertificate?.personId ?? union.files[0]!.personId),
  )!;
  const { data, errors } = await hub.query(PERSON_VIEW, { id: person.id });
  expect(errors).toBeUndefined();
  const certificate = disability.certificates.find((c) => c.personId === person.id);
  const file = union.files.find((f) => f.personId === person.id)!;
  expect(data!.person).toMatchObject({
    name: person.name,
    categories: person.categories,
    categoriesMasked: false,
    disabilityCertificate: certificate
      ? { category: certificate.category, grade: certificate.grade }
      : null,
    unionFile: { level: file.level, status: file.status },
    womenFederationCases: [],
    youthProgrammes: [],
    // Assistance is revealed only within the department that gave it.
    charityAid: null,
  });
  // The default caller is a civil-affairs supervisor with a purpose: each department logs its reveal.
  const child = youth.enrolments[0]!;
  const asCaseworker = await hub.query(
    PERSON_VIEW,
    { id: child.personId },
    {
      principal: {
        subject: 'cw',
        department: 'CIVIL_AFFAIRS',
        roles: ['CASEWORKER'],
        regionCode: '620723',
      },
    },
  );
  expect(asCaseworker.data!.person).toMatchObject({
    disabilityCertificate: null,
    unionFile: null,
    womenFederationCases: null,
    youthProgrammes: null,
    charityAid: null,
    // Categories are civil affairs' own record: its caseworkers see them.
    categoriesMasked: false,
  });
});

const REGION_DASHBOARD = `query RegionDashboard($code: ID!) {
  region(code: $code) {
    name
    coverage { townships townshipsWithStation rate stationsByLevel { level count } }
    serviceStats { services personTimes hours householdsVisited }
    workforce { socialWorkers certified fullTime }
    assistance { households amount }
    tradeUnion { workersInDifficulty servicePoints contributed }
    youthLeague { volunteerTeams volunteers volunteerHours enrolments contributed }
    womenFederation { childrenHomes openCases familyServices contributed }
    disabilityFederation { certificateHolders rehabilitationServices contributed }
    charity { funds raised granted grantedToCommunities communitiesGranted }
  }
}`;

it('region dashboard: civil-affairs coverage, output and workforce with every department’s figures for Linze', async () => {
  const { data, errors } = await hub.query(REGION_DASHBOARD, { code: '620723' });
  expect(errors).toBeUndefined();
  const linze = (code: string) => code.startsWith('620723');
  expect(data!.region).toMatchObject({
    name: '临泽县',
    coverage: { townships: 7, townshipsWithStation: 3 },
    workforce: { socialWorkers: 6, certified: 3, fullTime: 3 },
    tradeUnion: {
      workersInDifficulty: union.files.filter(
        (f) => linze(f.personRegionCode) && f.status === 'OPEN',
      ).length,
      servicePoints: 3,
      contributed: '0.00',
    },
    youthLeague: {
      volunteerTeams: 3,
      enrolments: youth.enrolments.length,
      contributed: '30000.00',
    },
    womenFederation: {
      childrenHomes: 3,
      openCases: women.cases.filter((c) => c.status === 'OPEN').length,
      contributed: '20000.00',
    },
    disabilityFederation: {
      certificateHolders: disability.certificates.filter((c) => linze(c.personRegionCode)).length,
      contributed: '20000.00',
    },
    charity: { funds: 1, grantedToCommunities: '20000.00', communitiesGranted: 2 },
  });
});

const PROJECT_FUNDING = `query ProjectFunding($region: String!) {
  serviceProjects(filter: { regionCode: $region }) {
    edges { node { name leadDepartment contractAmount
      funding { contractAmount contributedByOthers paidByLead total shares { department amount share } } } }
  }
}`;

it('project funding: each department’s share and the total across departments, in one request', async () => {
  const { data, errors } = await hub.query(PROJECT_FUNDING, { region: '620723' });
  expect(errors).toBeUndefined();
  const byName = Object.fromEntries(
    data!.serviceProjects.edges.map((edge: { node: { name: string } }) => [
      edge.node.name,
      edge.node,
    ]),
  );
  expect(byName['平川镇社工站运营项目'].funding).toEqual({
    contractAmount: '150000.00',
    contributedByOthers: '50000.00',
    paidByLead: '100000.00',
    total: '150000.00',
    shares: [
      { department: 'CIVIL_AFFAIRS', amount: '100000.00', share: 0.666666 },
      { department: 'YOUTH_LEAGUE', amount: '30000.00', share: 0.2 },
      { department: 'DISABLED_PERSONS_FEDERATION', amount: '20000.00', share: 0.133333 },
    ],
  });
  expect(byName['鸭暖镇社工站运营项目'].funding.shares).toEqual([
    { department: 'CIVIL_AFFAIRS', amount: '115000.00', share: 0.766666 },
    { department: 'WOMEN_FEDERATION', amount: '20000.00', share: 0.133333 },
    { department: 'CHARITY', amount: '15000.00', share: 0.1 },
  ]);
  expect(byName['沙河镇社工站试点项目'].funding).toMatchObject({
    contributedByOthers: '0.00',
    paidByLead: '120000.00',
    shares: [{ department: 'CIVIL_AFFAIRS', amount: '120000.00', share: 1 }],
  });
});

it('keeps answering with one department down, naming it', async () => {
  await hub.subgraphs['youth-league']!.stop();
  const station = world.stations.find((s) => s.name === '平川镇社工站')!;
  const stationView = await hub.query(STATION_VIEW, { id: station.id });
  expect(stationView.data!.station).toMatchObject({
    name: '平川镇社工站',
    volunteerTeams: null,
    tradeUnion: { servicePoints: [{ name: '平川镇职工之家' }] },
  });
  expect(
    stationView.errors?.some((error) => error.extensions?.serviceName === 'youth-league'),
  ).toBe(true);
  // The figures asked for earlier may still come whole from the gateway's response cache until
  // they expire; another caller's question (here: another stated purpose) reaches the departments.
  const dashboard = await hub.query(
    REGION_DASHBOARD,
    { code: '620723' },
    { purpose: 'checking the figures while the Youth League is down' },
  );
  expect(dashboard.data!.region).toMatchObject({
    name: '临泽县',
    youthLeague: null,
    womenFederation: { childrenHomes: 3 },
    coverage: { townshipsWithStation: 3 },
  });
  expect(dashboard.errors?.some((error) => error.extensions?.serviceName === 'youth-league')).toBe(
    true,
  );
  const person = await hub.query(PERSON_VIEW, { id: youth.enrolments[0]!.personId });
  expect(person.data!.person).toMatchObject({ youthProgrammes: null, womenFederationCases: [] });
  const health = await fetch(new URL('/health/ready', hub.gatewayUrl));
  expect(health.status).toBe(503);
  expect(((await health.json()) as { checks: Record<string, string> }).checks['youth-league']).toBe(
    'down',
  );
});
