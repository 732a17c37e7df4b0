import { buildYouthLeagueSlice } from '../../subgraphs/youth-league/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The League's lists of its own records: volunteers, their service sessions and programme
// enrolments, in the caller's region; the records about people only to those who may see them.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const slice = buildYouthLeagueSlice(buildDemoWorld());
const as = principal;
const LINZE = '620723';
const inLinze = (code: string) => code.startsWith(LINZE);
const leagueCaseworker = as('YOUTH_LEAGUE', ['CASEWORKER'], LINZE);
const leagueAdmin = as('YOUTH_LEAGUE', ['ADMIN'], LINZE);
const leagueViewer = as('YOUTH_LEAGUE', ['VIEWER'], LINZE);
const leagueAuditor = as('YOUTH_LEAGUE', ['AUDITOR'], LINZE);
const civilCaseworker = as('CIVIL_AFFAIRS', ['CASEWORKER'], LINZE);
const analyst = as('CIVIL_AFFAIRS', ['ANALYST'], LINZE);
const womenSupervisor = as('WOMEN_FEDERATION', ['SUPERVISOR'], LINZE);
const mulanLeague = as('YOUTH_LEAGUE', ['CASEWORKER'], '230127');

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));
const volunteers = byId(slice.volunteers.filter((v) => inLinze(v.regionCode)));
const services = byId(slice.services.filter((s) => inLinze(s.regionCode)));
const enrolments = byId(slice.enrolments.filter((e) => inLinze(e.personRegionCode)));
const nodes = (connection: { edges: Array<{ node: unknown }> }) =>
  connection.edges.map((edge) => edge.node);
const accessLogRows = () => hub.rowCount('youth-league', 'access_log');

it('lists the volunteers of the region by team and joining day, page by page', async () => {
  const query = `query($after: String) { youthVolunteers(filter: { regionCode: "${LINZE}" }, first: 12, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name joinedOn teamId } } } }`;
  const first = await hub.query(query, {}, { principal: leagueCaseworker });
  expect(first.errors).toBeUndefined();
  expect(first.data!.youthVolunteers.totalCount).toBe(volunteers.length);
  expect(first.data!.youthVolunteers.pageInfo.hasNextPage).toBe(true);
  const second = await hub.query(
    query,
    { after: first.data!.youthVolunteers.pageInfo.endCursor },
    { principal: leagueAdmin },
  );
  expect(second.data!.youthVolunteers.pageInfo.hasNextPage).toBe(false);
  expect([...nodes(first.data!.youthVolunteers), ...nodes(second.data!.youthVolunteers)]).toEqual(
    volunteers.map(({ id, name, joinedOn, teamId }) => ({ id, name, joinedOn, teamId })),
  );

  const team = volunteers[0]!.teamId;
  const day = volunteers[0]!.joinedOn;
  const filtered = await hub.query(
    `query($team: ID!, $day: Date!) {
      ofTeam: youthVolunteers(filter: { teamId: $team }) { totalCount }
      onDay: youthVolunteers(filter: { from: $day, to: $day }) { totalCount }
      after: youthVolunteers(filter: { from: $day }) { totalCount }
      township: youthVolunteers(filter: { regionCode: "620723105" }) { totalCount } }`,
    { team, day },
    { principal: leagueCaseworker },
  );
  expect(filtered.data).toEqual({
    ofTeam: { totalCount: volunteers.filter((v) => v.teamId === team).length },
    onDay: { totalCount: volunteers.filter((v) => v.joinedOn === day).length },
    after: { totalCount: volunteers.filter((v) => v.joinedOn >= day).length },
    township: { totalCount: volunteers.filter((v) => v.regionCode.startsWith('620723105')).length },
  });
});

it('lists the service sessions of the region by volunteer, team and day served, bounds included', async () => {
  const query = `query($after: String) { volunteerServices(first: 30, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id volunteerId servedOn hours activity regionCode } } } }`;
  const first = await hub.query(query, {}, { principal: leagueCaseworker });
  expect(first.errors).toBeUndefined();
  const second = await hub.query(
    query,
    { after: first.data!.volunteerServices.pageInfo.endCursor },
    { principal: leagueCaseworker },
  );
  expect(first.data!.volunteerServices.totalCount).toBe(services.length);
  expect([
    ...nodes(first.data!.volunteerServices),
    ...nodes(second.data!.volunteerServices),
  ]).toEqual(
    services.map((s) => ({
      id: s.id,
      volunteerId: s.volunteerId,
      servedOn: s.servedOn,
      hours: s.durationMinutes / 60,
      activity: s.activity,
      regionCode: s.regionCode,
    })),
  );

  const days = services.map((s) => s.servedOn).sort();
  const [from, to] = [days[10]!, days[30]!];
  const volunteer = services[0]!.volunteerId;
  const team = volunteers.find((v) => v.id === volunteer)!.teamId;
  const filtered = await hub.query(
    `query($from: Date!, $to: Date!, $volunteer: ID!, $team: ID!) {
      period: volunteerServices(filter: { from: $from, to: $to }) { totalCount edges { node { servedOn } } }
      ofVolunteer: volunteerServices(filter: { volunteerId: $volunteer }) { totalCount }
      ofTeam: volunteerServices(filter: { teamId: $team }) { totalCount } }`,
    { from, to, volunteer, team },
    { principal: leagueCaseworker },
  );
  expect(filtered.errors).toBeUndefined();
  const inPeriod = services.filter((s) => s.servedOn >= from && s.servedOn <= to);
  expect(filtered.data!.period.totalCount).toBe(inPeriod.length);
  expect(nodes(filtered.data!.period)).toEqual(inPeriod.map((s) => ({ servedOn: s.servedOn })));
  expect(filtered.data!.ofVolunteer.totalCount).toBe(
    services.filter((s) => s.volunteerId === volunteer).length,
  );
  const members = new Set(volunteers.filter((v) => v.teamId === team).map((v) => v.id));
  expect(filtered.data!.ofTeam.totalCount).toBe(
    services.filter((s) => members.has(s.volunteerId)).length,
  );
});

it('lists the enrolments of people in the region by programme and day enrolled', async () => {
  const query = `query($after: String) { youthEnrolments(filter: { regionCode: "${LINZE}" }, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { kind programme enrolledOn } } } }`;
  const first = await hub.query(query, {}, { principal: leagueCaseworker });
  expect(first.errors).toBeUndefined();
  expect(first.data!.youthEnrolments.pageInfo.hasNextPage).toBe(true);
  const second = await hub.query(
    query,
    { after: first.data!.youthEnrolments.pageInfo.endCursor },
    { principal: leagueCaseworker },
  );
  expect(first.data!.youthEnrolments.totalCount).toBe(enrolments.length);
  expect([...nodes(first.data!.youthEnrolments), ...nodes(second.data!.youthEnrolments)]).toEqual(
    enrolments.map((e) => ({
      kind: 'LEFT_BEHIND_CHILDREN_CARE',
      programme: '平川镇留守儿童关爱计划',
      enrolledOn: e.enrolledOn,
    })),
  );

  const days = enrolments.map((e) => e.enrolledOn).sort();
  const [from, to] = [days[5]!, days[40]!];
  const other = slice.programmes.find((p) => p.name === '木兰镇青少年自信心小组')!;
  const filtered = await hub.query(
    `query($from: Date!, $to: Date!, $care: ID!, $other: ID!) {
      period: youthEnrolments(filter: { from: $from, to: $to }) { totalCount edges { node { enrolledOn } } }
      care: youthEnrolments(filter: { programmeId: $care }) { totalCount }
      other: youthEnrolments(filter: { programmeId: $other }) { totalCount } }`,
    { from, to, care: enrolments[0]!.programmeId, other: other.id },
    { principal: leagueCaseworker },
  );
  const inPeriod = enrolments.filter((e) => e.enrolledOn >= from && e.enrolledOn <= to);
  expect(filtered.data).toEqual({
    period: {
      totalCount: inPeriod.length,
      edges: inPeriod.map((e) => ({ node: { enrolledOn: e.enrolledOn } })),
    },
    care: { totalCount: enrolments.length },
    other: { totalCount: 0 },
  });
});

it('refuses a period that ends before it starts, naming to', async () => {
  for (const list of ['youthVolunteers', 'volunteerServices', 'youthEnrolments']) {
    const { errors } = await hub.query(
      `{ ${list}(filter: { from: "2023-05-01", to: "2023-04-30" }) { totalCount } }`,
      {},
      { principal: leagueCaseworker },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  }
});

it('shows a caller of another county none of them', async () => {
  const { data } = await hub.query(
    `{ youthVolunteers(filter: { regionCode: "${LINZE}" }) { totalCount }
       volunteerServices(filter: { regionCode: "${LINZE}" }) { totalCount }
       youthEnrolments(filter: { regionCode: "${LINZE}" }) { totalCount } }`,
    {},
    { principal: mulanLeague },
  );
  expect(data).toEqual({
    youthVolunteers: { totalCount: 0 },
    volunteerServices: { totalCount: 0 },
    youthEnrolments: { totalCount: 0 },
  });
});

it("refuses the people lists to another department's caseworker and to a viewer, before reading", async () => {
  for (const principal of [civilCaseworker, leagueViewer]) {
    for (const list of ['youthVolunteers', 'youthEnrolments']) {
      const before = hub.sqlCount('youth-league');
      const { errors } = await hub.query(`{ ${list} { totalCount } }`, {}, { principal });
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(hub.sqlCount('youth-league')).toBe(before);
    }
  }
  const viewer = await hub.query(
    '{ volunteerServices { totalCount } }',
    {},
    { principal: leagueViewer },
  );
  expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('gives analysts the people lists de-identified', async () => {
  const { data, errors } = await hub.query(
    `{ youthVolunteers(first: 3) { totalCount edges { node { id name joinedOn teamId } } }
       youthEnrolments(first: 2) { totalCount edges { node { kind programme enrolledOn } } } }`,
    {},
    { principal: analyst },
  );
  expect(errors).toBeUndefined();
  expect(data).toEqual({
    youthVolunteers: {
      totalCount: volunteers.length,
      edges: volunteers
        .slice(0, 3)
        .map((v) => ({ node: { id: v.id, name: null, joinedOn: null, teamId: v.teamId } })),
    },
    youthEnrolments: {
      totalCount: enrolments.length,
      edges: enrolments.slice(0, 2).map(() => ({
        node: { kind: 'LEFT_BEHIND_CHILDREN_CARE', programme: null, enrolledOn: null },
      })),
    },
  });
});

it('reveals the people lists to a supervisor who states a purpose, logging each person once', async () => {
  const before = await accessLogRows();
  const { data, errors } = await hub.query(
    `{ youthVolunteers { edges { node { name } } }
       youthEnrolments(first: 4) { edges { node { programme enrolledOn } } } }`,
    {},
    { principal: womenSupervisor, purpose: '儿童保护' },
  );
  expect(errors).toBeUndefined();
  expect(nodes(data!.youthVolunteers)).toEqual(volunteers.map((v) => ({ name: v.name })));
  expect(nodes(data!.youthEnrolments)).toEqual(
    enrolments
      .slice(0, 4)
      .map((e) => ({ programme: '平川镇留守儿童关爱计划', enrolledOn: e.enrolledOn })),
  );
  // Volunteers who are people of the register are logged; the others have no one to log.
  const registered = volunteers.filter((v) => v.personId);
  expect(await accessLogRows()).toBe(before + registered.length + 4);

  const log = await hub.query(
    `query($id: ID!) { youthLeagueAccessLog(filter: { personId: $id }) { edges { node { subject personId fields purpose } } } }`,
    { id: enrolments[0]!.personId },
    { principal: leagueAuditor },
  );
  expect(nodes(log.data!.youthLeagueAccessLog)).toEqual([
    {
      subject: womenSupervisor.subject,
      personId: enrolments[0]!.personId,
      fields: ['youthProgrammes'],
      purpose: '儿童保护',
    },
  ]);
});
