import { buildYouthLeagueSlice } from '../../subgraphs/youth-league/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { principal, startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// The Youth League subgraph through the gateway, beside civil affairs.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const world = buildDemoWorld();
const slice = buildYouthLeagueSlice(world);
const as = principal;
const leagueCaseworker = as('YOUTH_LEAGUE', ['CASEWORKER'], '100000');
const leagueAdmin = as('YOUTH_LEAGUE', ['ADMIN'], '100000');
const civilCaseworker = as('CIVIL_AFFAIRS', ['CASEWORKER'], '100000');
const womenSupervisor = as('WOMEN_FEDERATION', ['SUPERVISOR'], '620723');
const analyst = as('CIVIL_AFFAIRS', ['ANALYST'], '100000');
const mulanLeague = as('YOUTH_LEAGUE', ['CASEWORKER'], '230127');

const count = (table: string) => hub.rowCount('youth-league', table);

const enrolment = slice.enrolments[0]!;
const programmeQuery = `query($id: ID!) { person(id: $id) { name youthProgrammes { kind programme enrolledOn } } }`;

it("shows a child's programmes to the League, de-identified to analysts, revealed and logged for another supervisor", async () => {
  const own = await hub.query(
    programmeQuery,
    { id: enrolment.personId },
    { principal: leagueCaseworker },
  );
  expect(own.data!.person.youthProgrammes).toEqual([
    {
      kind: 'LEFT_BEHIND_CHILDREN_CARE',
      programme: '平川镇留守儿童关爱计划',
      enrolledOn: enrolment.enrolledOn,
    },
  ]);
  expect(
    (await hub.query(programmeQuery, { id: enrolment.personId }, { principal: civilCaseworker }))
      .data!.person.youthProgrammes,
  ).toBeNull();
  expect(
    (await hub.query(programmeQuery, { id: enrolment.personId }, { principal: analyst })).data!
      .person.youthProgrammes,
  ).toEqual([{ kind: 'LEFT_BEHIND_CHILDREN_CARE', programme: null, enrolledOn: null }]);
  const before = await count('access_log');
  const revealed = await hub.query(
    programmeQuery,
    { id: enrolment.personId },
    { principal: womenSupervisor, purpose: '儿童保护' },
  );
  expect(revealed.data!.person.youthProgrammes[0].programme).toBe('平川镇留守儿童关爱计划');
  expect(await count('access_log')).toBe(before + 1);
  const other = await hub.query(
    programmeQuery,
    { id: enrolment.personId },
    { principal: mulanLeague },
  );
  expect(other.data!.person).toBeNull();
});

it('adds teams and programmes to stations, figures to regions, money to projects', async () => {
  const station = world.stations.find((s) => s.name === '平川镇社工站')!;
  const project = world.projects.find((p) => p.name.startsWith('平川镇'))!;
  const team = slice.teams.find((t) => t.stationId === station.id)!;
  const members = slice.volunteers.filter((v) => v.teamId === team.id);
  const minutes = slice.services
    .filter((s) => members.some((m) => m.id === s.volunteerId))
    .reduce((sum, s) => sum + s.durationMinutes, 0);
  const { data, errors } = await hub.query(
    `query($s: ID!, $p: ID!) {
    station(id: $s) { name volunteerTeams { name volunteers hours } youthProgrammes { name kind enrolled } }
    region(code: "620723") { youthLeague { volunteerTeams volunteers volunteerHours programmes enrolments contributed } }
    serviceProject(id: $p) { youthLeagueContribution { amount fundSources indicators { name achieved } } } }`,
    { s: station.id, p: project.id },
  );
  expect(errors).toBeUndefined();
  expect(data!.station).toEqual({
    name: '平川镇社工站',
    volunteerTeams: [{ name: team.name, volunteers: members.length, hours: minutes / 60 }],
    youthProgrammes: [
      {
        name: '平川镇留守儿童关爱计划',
        kind: 'LEFT_BEHIND_CHILDREN_CARE',
        enrolled: slice.enrolments.length,
      },
    ],
  });
  const linze = (code: string) => code.startsWith('620723');
  expect(data!.region.youthLeague).toEqual({
    volunteerTeams: slice.teams.filter((t) => linze(t.regionCode)).length,
    volunteers: slice.volunteers.filter((v) => linze(v.regionCode)).length,
    volunteerHours:
      slice.services
        .filter((s) => linze(s.regionCode))
        .reduce((sum, s) => sum + s.durationMinutes, 0) / 60,
    programmes: 1,
    enrolments: slice.enrolments.length,
    contributed: '30000.00',
  });
  expect(data!.serviceProject.youthLeagueContribution).toEqual({
    amount: '30000.00',
    fundSources: ['LEAGUE_FUNDS'],
    indicators: [{ name: '留守儿童关爱服务', achieved: 210 }],
  });
});

it('registers teams, volunteers and hours, creates programmes and enrols people, refusing bad input', async () => {
  const team = await hub.query(
    `mutation { registerVolunteerTeam(input: { name: "鸭暖镇青年突击队", regionCode: "620723105", foundedOn: "2024-01-01" }) { id name volunteers } }`,
    {},
    { principal: leagueAdmin },
  );
  expect(team.data!.registerVolunteerTeam).toMatchObject({
    name: '鸭暖镇青年突击队',
    volunteers: 0,
  });
  const teamId = team.data!.registerVolunteerTeam.id;
  const volunteer = await hub.query(
    `mutation($t: ID!) { registerVolunteer(input: { teamId: $t, name: "马小军", joinedOn: "2024-01-02" }) { id } }`,
    { t: teamId },
    { principal: leagueCaseworker },
  );
  const service = `mutation($v: ID!) { recordVolunteerService(input: { volunteerId: $v, servedOn: "2024-01-05", hours: 2.5, activity: "助老送餐", idempotencyKey: "yl-1" }) { id } }`;
  await hub.query(
    service,
    { v: volunteer.data!.registerVolunteer.id },
    { principal: leagueCaseworker },
  );
  await hub.query(
    service,
    { v: volunteer.data!.registerVolunteer.id },
    { principal: leagueCaseworker },
  );
  const teams = await hub.query(
    `{ volunteerTeams(filter: { regionCode: "620723105" }) { edges { node { name volunteers hours } } } }`,
    {},
    { principal: leagueCaseworker },
  );
  expect(teams.data!.volunteerTeams.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
    name: '鸭暖镇青年突击队',
    volunteers: 1,
    hours: 2.5,
  });

  const programme = await hub.query(
    `mutation { createYouthProgramme(input: { name: "暑期营", kind: SUMMER_CAMP, regionCode: "620723105", startsOn: "2024-07-01", endsOn: "2024-08-15" }) { id enrolled } }`,
    {},
    { principal: leagueAdmin },
  );
  const child = world.people.find((p) => p.regionCode.startsWith('620723105'))!;
  const enrol = `mutation($p: ID!, $c: ID!, $r: String!, $d: Date!) { enrolInYouthProgramme(input: { programmeId: $p, personId: $c, personRegionCode: $r, enrolledOn: $d }) { kind programme } }`;
  const vars = {
    p: programme.data!.createYouthProgramme.id,
    c: child.id,
    r: child.regionCode,
    d: '2024-07-02',
  };
  expect(
    (await hub.query(enrol, vars, { principal: leagueCaseworker })).data!.enrolInYouthProgramme,
  ).toEqual({ kind: 'SUMMER_CAMP', programme: '暑期营' });
  await hub.query(enrol, vars, { principal: leagueCaseworker });
  expect(await count('programme_enrolments')).toBe(slice.enrolments.length + 1);

  const before = await count('youth_programmes');
  const reversed = await hub.query(
    `mutation { createYouthProgramme(input: { name: "x", kind: SUMMER_CAMP, regionCode: "620723105", startsOn: "2024-07-01", endsOn: "2024-06-01" }) { id } }`,
    {},
    { principal: leagueAdmin },
  );
  expect(reversed.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'endsOn',
  });
  const late = await hub.query(
    enrol,
    { ...vars, d: '2025-01-01' },
    { principal: leagueCaseworker },
  );
  expect(late.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'enrolledOn',
  });
  const wrong = await hub.query(
    `mutation { createYouthProgramme(input: { name: "x", kind: SUMMER_CAMP, regionCode: "620723105", startsOn: "2024-07-01", endsOn: "2024-08-01" }) { id } }`,
    {},
    { principal: as('CIVIL_AFFAIRS', ['ADMIN'], '100000') },
  );
  expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await count('youth_programmes')).toBe(before);
});

it('sends as many statements for 100 stations as for 3', async () => {
  const statements = async (first: number) => {
    const before = hub.sqlCount('youth-league');
    await hub.query(
      `query($first: Int!) { stations(first: $first) { edges { node { volunteerTeams { name volunteers hours } } } } }`,
      { first },
    );
    return hub.sqlCount('youth-league') - before;
  };
  expect(await statements(100)).toBe(await statements(3));
});
