import { buildDemoWorld } from '../../demo-world/world.js';
import { formatYuan } from '../../shared/money.js';
import { readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// Queries of the civil-affairs subgraph through the gateway, on the demo world (Mulan and Linze).

let hub: ReadOnlyHub;
beforeAll(async () => {
  hub = await readOnlyHub();
});

const world = buildDemoWorld();

describe('region', () => {
  it("answers Mulan's coverage: 8 township stations, 5 of them operating", async () => {
    const { data, errors } = await hub.query(`{
      region(code: "230127") {
        code name level parent { code name level }
        children { code name }
        coverage { townships townshipsWithStation rate stationsByLevel { level count } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.region).toMatchObject({
      code: '230127',
      name: '木兰县',
      level: 'COUNTY',
      parent: { code: '230100', name: '哈尔滨市', level: 'CITY' },
    });
    expect(data!.region.children.map((child: { name: string }) => child.name)).toEqual([
      '木兰镇',
      '东兴镇',
      '大贵镇',
      '利东镇',
      '柳河镇',
      '新民镇',
      '吉兴乡',
      '建国乡',
    ]);
    expect(data!.region.coverage).toEqual({
      townships: 8,
      townshipsWithStation: 5,
      rate: 0.625,
      stationsByLevel: [
        { level: 'CITY_CENTRE', count: 0 },
        { level: 'COUNTY_STATION', count: 0 },
        { level: 'TOWNSHIP_STATION', count: 8 },
        { level: 'VILLAGE_ROOM', count: 0 },
      ],
    });
  });

  it('aggregates service output, workforce and assistance over the whole subtree', async () => {
    const { data, errors } = await hub.query(`{
      mulan: region(code: "230127") {
        serviceStats { services personTimes hours householdsVisited byMethod { method count personTimes hours } }
        workforce { socialWorkers certified fullTime }
        assistance { households grants amount }
      }
      heilongjiang: region(code: "230000") { workforce { socialWorkers } coverage { townships } }
      pingchuan: region(code: "620723103") {
        serviceStats { byMethod { method count personTimes } }
      }
    }`);
    expect(errors).toBeUndefined();
    const mulan = data!.mulan;
    expect(mulan.serviceStats).toMatchObject({
      services: 45,
      personTimes: 80,
      hours: 50,
      householdsVisited: 40,
    });
    expect(mulan.serviceStats.byMethod).toContainEqual({
      method: 'HOME_VISIT',
      count: 40,
      personTimes: 40,
      hours: 40,
    });
    expect(mulan.serviceStats.byMethod).toContainEqual({
      method: 'GROUP',
      count: 5,
      personTimes: 40,
      hours: 10,
    });
    expect(mulan.serviceStats.byMethod).toContainEqual({
      method: 'CASE',
      count: 0,
      personTimes: 0,
      hours: 0,
    });
    expect(mulan.workforce).toEqual({ socialWorkers: 10, certified: 5, fullTime: 5 });
    const mulanGrants = world.assistance.filter((grant) => grant.regionCode.startsWith('230127'));
    expect(mulan.assistance).toEqual({
      households: new Set(mulanGrants.map((grant) => grant.personId)).size,
      grants: 15,
      amount: formatYuan(mulanGrants.reduce((sum, grant) => sum + grant.amountFen, 0n)),
    });
    // The province sees its county's figures.
    expect(data!.heilongjiang).toEqual({
      workforce: { socialWorkers: 10 },
      coverage: { townships: 8 },
    });
    // Pingchuan, seed 002: 60 case person-times, 6 group sessions, 4 community activities.
    const byMethod = data!.pingchuan.serviceStats.byMethod;
    expect(byMethod).toContainEqual({ method: 'CASE', count: 15, personTimes: 60 });
    expect(byMethod).toContainEqual(expect.objectContaining({ method: 'GROUP', count: 6 }));
    expect(byMethod).toContainEqual(
      expect.objectContaining({ method: 'COMMUNITY_ACTIVITY', count: 4 }),
    );
  });

  it('filters statistics by date and rejects a range that ends before it starts', async () => {
    const none = await hub.query(
      `{ region(code: "230127") { serviceStats(from: "2030-01-01") { services } assistance(to: "2000-01-01") { grants amount } } }`,
    );
    expect(none.data!.region).toEqual({
      serviceStats: { services: 0 },
      assistance: { grants: 0, amount: '0.00' },
    });
    const bad = await hub.query(
      `{ region(code: "230127") { serviceStats(from: "2024-01-01", to: "2023-01-01") { services } } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('returns null for an unknown region and BAD_USER_INPUT for a malformed code', async () => {
    const unknown = await hub.query(`{ region(code: "230128") { name } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.region).toBeNull();
    const malformed = await hub.query(`{ region(code: "2301") { name } }`);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
  });
});

describe('stations', () => {
  it('lists stations of a subtree with filters, totals and cursors', async () => {
    const all = await hub.query(
      `{ stations(filter: { regionCode: "620723" }) { totalCount edges { node { name status level } } } }`,
    );
    expect(all.data!.stations.totalCount).toBe(3);
    expect(
      all.data!.stations.edges.map((edge: { node: { name: string } }) => edge.node.name),
    ).toEqual(['沙河镇社工站', '平川镇社工站', '鸭暖镇社工站']);

    const planned = await hub.query(
      `{ stations(filter: { regionCode: "230127", status: PLANNED }) { totalCount edges { node { name } } } }`,
    );
    expect(planned.data!.stations.totalCount).toBe(3);
    expect(
      planned.data!.stations.edges.map((edge: { node: { name: string } }) => edge.node.name).sort(),
    ).toEqual(['吉兴乡社工站', '建国乡社工站', '柳河镇社工站'].sort());

    const first = await hub.query(
      `{ stations(first: 5, filter: { regionCode: "230127" }) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }`,
    );
    expect(first.data!.stations.totalCount).toBe(8);
    expect(first.data!.stations.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    const second = await hub.query(
      `query($after: String) { stations(first: 10, after: $after, filter: { regionCode: "230127" }) { pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }`,
      { after: first.data!.stations.pageInfo.endCursor },
    );
    expect(second.data!.stations.edges).toHaveLength(3);
    expect(second.data!.stations.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const ids = [...first.data!.stations.edges, ...second.data!.stations.edges].map(
      (edge: { node: { id: string } }) => edge.node.id,
    );
    expect(new Set(ids).size).toBe(8);
  });

  it('rejects a page size over the limit and a forged cursor', async () => {
    const tooMany = await hub.query(`{ stations(first: 501) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(tooMany.errors?.[0]?.message).toContain('500');
    const forged = await hub.query(`{ stations(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('resolves a station with its region, operator, workers and projects', async () => {
    const pingchuan = world.stations.find((station) => station.name === '平川镇社工站')!;
    const { data, errors } = await hub.query(
      `query($id: ID!) { station(id: $id) {
      name level status openedOn regionCode parent { id } children { id }
      region { name parent { name } } operator { name creditCode }
      socialWorkers { employment certification certified }
      projects { name leadDepartment contractAmount }
    } }`,
      { id: pingchuan.id },
    );
    expect(errors).toBeUndefined();
    expect(data!.station).toMatchObject({
      name: '平川镇社工站',
      level: 'TOWNSHIP_STATION',
      status: 'OPERATING',
      openedOn: '2022-04-15',
      regionCode: '620723103',
      parent: null,
      children: [],
      region: { name: '平川镇', parent: { name: '临泽县' } },
      operator: { name: '张掖市同心社会工作服务中心' },
      projects: [
        {
          name: '平川镇社工站运营项目',
          leadDepartment: 'CIVIL_AFFAIRS',
          contractAmount: '150000.00',
        },
      ],
    });
    expect(data!.station.operator.creditCode).toMatch(/^52620723/);
    expect(data!.station.socialWorkers).toEqual([
      { employment: 'FULL_TIME', certification: 'ASSISTANT_SOCIAL_WORKER', certified: true },
      { employment: 'PART_TIME', certification: 'NONE', certified: false },
    ]);
  });
});

describe('people', () => {
  it('counts the key recipients published for each Linze station (seed 002)', async () => {
    const { data } = await hub.query(`{
      shahe: people(filter: { regionCode: "620723100" }) { totalCount }
      pingchuan: people(filter: { regionCode: "620723103" }) { totalCount }
      yanuan: people(filter: { regionCode: "620723105" }) { totalCount }
      linze: people(filter: { regionCode: "620723" }) { totalCount }
    }`);
    expect(data).toEqual({
      shahe: { totalCount: 178 },
      pingchuan: { totalCount: 290 },
      yanuan: { totalCount: 295 },
      linze: { totalCount: 763 },
    });
  });

  it('resolves a person with identity-derived sex, birth date and age', async () => {
    const person = world.people.find((candidate) => candidate.regionCode.startsWith('230127'))!;
    const { data } = await hub.query(
      `query($id: ID!) { person(id: $id) { name identityNumber sex birthDate age categories region { code } temporaryAssistance { amount } } }`,
      { id: person.id },
    );
    expect(data!.person).toMatchObject({
      name: person.name,
      identityNumber: person.identityNumber,
      sex: person.sex,
      birthDate: person.birthDate,
      categories: person.categories,
      region: { code: person.regionCode },
    });
    const [year, month, day] = person.birthDate.split('-').map(Number) as [number, number, number];
    const now = new Date();
    const hadBirthday =
      now.getMonth() + 1 > month || (now.getMonth() + 1 === month && now.getDate() >= day);
    expect(data!.person.age).toBe(now.getFullYear() - year - (hadBirthday ? 0 : 1));
  });

  it('filters people by category', async () => {
    const expected = world.people.filter((person) =>
      person.categories.includes('LEFT_BEHIND_CHILD'),
    ).length;
    const { data } = await hub.query(
      `{ people(filter: { category: LEFT_BEHIND_CHILD }, first: 0) { totalCount edges { node { id } } } }`,
    );
    expect(data!.people).toEqual({ totalCount: expected, edges: [] });
    expect(expected).toBeGreaterThan(0);
  });
});

describe('projects, records and assistance', () => {
  it('lists Linze projects: 300,000 yuan for Pingchuan and Yanuan together (seed 002)', async () => {
    const { data } =
      await hub.query(`{ serviceProjects(filter: { regionCode: "620723", leadDepartment: CIVIL_AFFAIRS }) {
      totalCount edges { node { name contractAmount startsOn endsOn serviceAreas targetGroups agency { name } stations { name } } }
    } }`);
    expect(data!.serviceProjects.totalCount).toBe(3);
    const nodes = data!.serviceProjects.edges.map((edge: { node: unknown }) => edge.node);
    const newStations = nodes.filter((node: { stations: Array<{ name: string }> }) =>
      ['平川镇社工站', '鸭暖镇社工站'].includes(node.stations[0]!.name),
    );
    expect(newStations.map((node: { contractAmount: string }) => node.contractAmount)).toEqual([
      '150000.00',
      '150000.00',
    ]);
    expect(nodes[0]).toMatchObject({
      name: '沙河镇社工站试点项目',
      startsOn: '2021-09-01',
      serviceAreas: ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE', 'CHILD_WELFARE'],
      agency: { name: '临泽县益民社会工作服务中心' },
    });
  });

  it('lists service records by station, method and date', async () => {
    const pingchuan = world.stations.find((station) => station.name === '平川镇社工站')!;
    const { data } = await hub.query(
      `query($station: ID!) {
      cases: serviceRecords(filter: { stationId: $station, method: CASE }) { totalCount edges { node { personTimes hours station { name } project { name } workers { name } people { name } } } }
      groups: serviceRecords(filter: { stationId: $station, method: GROUP }) { totalCount }
      late: serviceRecords(filter: { from: "2030-01-01" }) { totalCount }
    }`,
      { station: pingchuan.id },
    );
    expect(data!.cases.totalCount).toBe(15);
    expect(data!.cases.edges[0].node).toMatchObject({
      personTimes: 4,
      hours: 1.5,
      station: { name: '平川镇社工站' },
      project: { name: '平川镇社工站运营项目' },
    });
    expect(data!.cases.edges[0].node.workers).toHaveLength(1);
    expect(data!.cases.edges[0].node.people).toHaveLength(1);
    expect(data!.groups.totalCount).toBe(6);
    expect(data!.late.totalCount).toBe(0);
  });

  it('lists agencies, social workers and assistance grants', async () => {
    const { data } = await hub.query(`{
      agencies(filter: { regionCode: "620723" }) { totalCount edges { node { name stations { name } region { name } } } }
      socialWorkers(filter: { regionCode: "230127", certified: true }) { totalCount }
      temporaryAssistanceGrants(filter: { regionCode: "230127" }, first: 1) { totalCount edges { node { amount reason person { region { code } } } } }
    }`);
    expect(data!.agencies.totalCount).toBe(3);
    expect(data!.agencies.edges[0].node).toEqual({
      name: '临泽县益民社会工作服务中心',
      stations: [{ name: '沙河镇社工站' }],
      region: { name: '临泽县' },
    });
    expect(data!.socialWorkers.totalCount).toBe(5);
    expect(data!.temporaryAssistanceGrants.totalCount).toBe(15);
    expect(data!.temporaryAssistanceGrants.edges[0].node.person.region.code).toMatch(/^230127/);
  });
});
