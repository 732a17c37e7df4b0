import { buildDemoWorld } from '../../demo-world/world.js';
import { makeCreditCode } from '../../shared/validators/credit-code.js';
import { makeIdentityNumber } from '../../shared/validators/identity-number.js';
import { startTestHub, type TestHub, HUB_START_TIMEOUT_MS } from '../support/hub.js';

// Every civil-affairs mutation through the gateway: the values written, and bad input refused
// with a code and the field at fault, leaving nothing behind.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const world = buildDemoWorld();
const liuhe = world.stations.find((station) => station.name === '柳河镇社工站')!;
const mulanAgency = world.agencies.find((agency) => agency.regionCode === '230127')!;

const count = (table: string) => hub.rowCount('civil-affairs', table);

describe('registerRegion, createStation and updateStation', () => {
  it('adds a village and a village room under the Mulan town station', async () => {
    const region = await hub.query(
      `mutation { registerRegion(input: { code: "230127100203", name: "木兰第三村" }) { code level parent { name } } }`,
    );
    expect(region.data!.registerRegion).toEqual({
      code: '230127100203',
      level: 'VILLAGE',
      parent: { name: '木兰镇' },
    });
    const parent = world.stations.find((station) => station.name === '木兰镇社工站')!;
    const { data, errors } = await hub.query(
      `mutation($parent: ID!, $operator: ID!) {
      createStation(input: { name: "木兰第三村社工室", level: VILLAGE_ROOM, regionCode: "230127100203", parentId: $parent, operatorId: $operator, status: OPERATING, openedOn: "2024-03-01" }) {
        name level status openedOn parent { name } operator { name } region { name }
      }
    }`,
      { parent: parent.id, operator: mulanAgency.id },
    );
    expect(errors).toBeUndefined();
    expect(data!.createStation).toEqual({
      name: '木兰第三村社工室',
      level: 'VILLAGE_ROOM',
      status: 'OPERATING',
      openedOn: '2024-03-01',
      parent: { name: '木兰镇社工站' },
      operator: { name: mulanAgency.name },
      region: { name: '木兰第三村' },
    });
    const coverage = await hub.query(
      `{ region(code: "230127100") { coverage { stationsByLevel { level count } } } }`,
    );
    expect(coverage.data!.region.coverage.stationsByLevel).toContainEqual({
      level: 'VILLAGE_ROOM',
      count: 1,
    });
  });

  it('opens the planned Liuhe station, which raises Mulan coverage to 6 of 8', async () => {
    const { data } = await hub.query(
      `mutation($id: ID!) { updateStation(id: $id, input: { status: OPERATING, openedOn: "2023-10-08" }) { status openedOn name } }`,
      { id: liuhe.id },
    );
    expect(data!.updateStation).toEqual({
      status: 'OPERATING',
      openedOn: '2023-10-08',
      name: '柳河镇社工站',
    });
    const coverage = await hub.query(
      `{ region(code: "230127") { coverage { townshipsWithStation rate } } }`,
    );
    expect(coverage.data!.region.coverage).toEqual({ townshipsWithStation: 6, rate: 0.75 });
  });

  it('refuses an unknown region, a level that does not match the region, and an unknown station', async () => {
    const before = await count('stations');
    const unknown = await hub.query(
      `mutation { createStation(input: { name: "X", level: TOWNSHIP_STATION, regionCode: "230127199" }) { id } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'regionCode',
    });
    expect(unknown.errors?.[0]?.message).toBe('regionCode: no such division in your region');
    const mismatch = await hub.query(
      `mutation { createStation(input: { name: "X", level: TOWNSHIP_STATION, regionCode: "230127" }) { id } }`,
    );
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'regionCode',
    });
    const malformed = await hub.query(
      `mutation { createStation(input: { name: "X", level: TOWNSHIP_STATION, regionCode: "23012" }) { id } }`,
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'regionCode',
    });
    const missing = await hub.query(
      `mutation { updateStation(id: "01890000-0000-7000-8000-000000000000", input: { name: "Y" }) { id } }`,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await count('stations')).toBe(before);
  });
});

describe('registerAgency and registerSocialWorker', () => {
  it('registers an agency once per credit code and refuses a wrong check character', async () => {
    const creditCode = makeCreditCode('230127', 901);
    const first = await hub.query(
      `mutation($code: String!) { registerAgency(input: { name: "木兰县暖心社工服务社", creditCode: $code, regionCode: "230127" }) { id name creditCode } }`,
      { code: creditCode },
    );
    const again = await hub.query(
      `mutation($code: String!) { registerAgency(input: { name: "木兰县暖心社会工作服务社", creditCode: $code, regionCode: "230127" }) { id name } }`,
      { code: creditCode },
    );
    expect(again.data!.registerAgency).toEqual({
      id: first.data!.registerAgency.id,
      name: '木兰县暖心社会工作服务社',
    });

    const before = await count('agencies');
    const last = creditCode.at(-1)!;
    const wrong = creditCode.slice(0, 17) + (last === '0' ? '1' : '0');
    const refused = await hub.query(
      `mutation($code: String!) { registerAgency(input: { name: "X", creditCode: $code, regionCode: "230127" }) { id } }`,
      { code: wrong },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'creditCode',
    });
    expect(refused.errors?.[0]?.message).toMatch(/check character/);
    expect(await count('agencies')).toBe(before);
  });

  it('registers a certified full-time worker at a station', async () => {
    const { data } = await hub.query(
      `mutation($station: ID!, $id: String!) { registerSocialWorker(input: { name: "赵晓东", identityNumber: $id, regionCode: "230127", stationId: $station, employment: FULL_TIME, certification: SOCIAL_WORKER }) { name certified station { name } } }`,
      { station: liuhe.id, id: makeIdentityNumber('230127', '1990-03-04', 17) },
    );
    expect(data!.registerSocialWorker).toEqual({
      name: '赵晓东',
      certified: true,
      station: { name: '柳河镇社工站' },
    });
    const workforce = await hub.query(
      `{ region(code: "230127") { workforce { socialWorkers certified fullTime } } }`,
    );
    expect(workforce.data!.region.workforce).toEqual({
      socialWorkers: 11,
      certified: 6,
      fullTime: 6,
    });
  });
});

describe('registerPerson', () => {
  const identityNumber = makeIdentityNumber('230127', '1950-06-01', 31);

  it('is idempotent by identity number and derives sex and birth date', async () => {
    const first = await hub.query(
      `mutation($id: String!) { registerPerson(input: { identityNumber: $id, name: "孙桂兰", regionCode: "230127101201", categories: [EMPTY_NEST_ELDERLY] }) { id sex birthDate categories } }`,
      { id: identityNumber },
    );
    expect(first.data!.registerPerson).toMatchObject({
      sex: 'MALE',
      birthDate: '1950-06-01',
      categories: ['EMPTY_NEST_ELDERLY'],
    });
    const again = await hub.query(
      `mutation($id: String!) { registerPerson(input: { identityNumber: $id, name: "孙桂兰", regionCode: "230127101201", categories: [EMPTY_NEST_ELDERLY, MINIMUM_LIVING] }) { id categories } }`,
      { id: identityNumber.toLowerCase() },
    );
    expect(again.data!.registerPerson).toEqual({
      id: first.data!.registerPerson.id,
      categories: ['EMPTY_NEST_ELDERLY', 'MINIMUM_LIVING'],
    });
    const found = await hub.query(
      `mutation { x: registerPerson(input: { identityNumber: "${identityNumber}", name: "孙桂兰", regionCode: "230127101201" }) { id } }`,
    );
    expect(found.data!.x.id).toBe(first.data!.registerPerson.id);
  });

  it('refuses an identity number with a wrong check digit or an impossible date', async () => {
    const before = await count('people');
    const last = identityNumber.at(-1)!;
    const wrongCheck = identityNumber.slice(0, 17) + (last === '1' ? '2' : '1');
    const refused = await hub.query(
      `mutation($id: String!) { registerPerson(input: { identityNumber: $id, name: "X", regionCode: "230127101201" }) { id } }`,
      { id: wrongCheck },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'identityNumber',
    });
    expect(refused.errors?.[0]?.message).toMatch(/check/);
    const badDate = await hub.query(
      `mutation { registerPerson(input: { identityNumber: "230127195002300011", name: "X", regionCode: "230127101201" }) { id } }`,
    );
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'identityNumber',
    });
    const county = await hub.query(
      `mutation($id: String!) { registerPerson(input: { identityNumber: $id, name: "X", regionCode: "230127" }) { id } }`,
      { id: makeIdentityNumber('230127', '1960-01-01', 3) },
    );
    expect(county.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'regionCode',
    });
    expect(await count('people')).toBe(before);
  });
});

describe('createServiceProject, recordService and grantTemporaryAssistance', () => {
  const mulanStation = world.stations.find((station) => station.name === '木兰镇社工站')!;
  const base = `name: "木兰县儿童关爱项目", leadDepartment: CIVIL_AFFAIRS, regionCode: "230127", serviceAreas: [CHILD_WELFARE], targetGroups: [CHILDREN]`;

  it('creates a project across stations and records a service against it', async () => {
    const project = await hub.query(
      `mutation($stations: [ID!]!, $agency: ID) { createServiceProject(input: { ${base}, stationIds: $stations, agencyId: $agency, startsOn: "2024-01-01", endsOn: "2024-12-31", contractAmount: "45600000.50" }) { id contractAmount status stations { name } agency { name } } }`,
      { stations: [mulanStation.id, liuhe.id], agency: mulanAgency.id },
    );
    expect(project.errors).toBeUndefined();
    expect(project.data!.createServiceProject).toMatchObject({
      contractAmount: '45600000.50',
      status: 'PLANNED',
      agency: { name: mulanAgency.name },
    });
    expect(
      project.data!.createServiceProject.stations.map((s: { name: string }) => s.name).sort(),
    ).toEqual(['木兰镇社工站', '柳河镇社工站'].sort());

    const person = world.people.find((candidate) => candidate.regionCode.startsWith('230127100'))!;
    const worker = world.workers.find((candidate) => candidate.stationId === mulanStation.id)!;
    const record = `mutation($station: ID!, $project: ID!, $worker: ID!, $person: ID!) { recordService(input: { method: CASE, stationId: $station, projectId: $project, workerIds: [$worker], personIds: [$person], servedOn: "2024-02-03", hours: 1.25, personTimes: 1, idempotencyKey: "mulan-case-1" }) { id hours personTimes people { name } workers { name } } }`;
    const variables = {
      station: mulanStation.id,
      project: project.data!.createServiceProject.id,
      worker: worker.id,
      person: person.id,
    };
    const first = await hub.query(record, variables);
    expect(first.data!.recordService).toMatchObject({
      hours: 1.25,
      personTimes: 1,
      people: [{ name: person.name }],
      workers: [{ name: worker.name }],
    });
    const retried = await hub.query(record, variables);
    expect(retried.data!.recordService.id).toBe(first.data!.recordService.id);
    const stats = await hub.query(
      `{ region(code: "230127100") { serviceStats(from: "2024-01-01") { byMethod { method count personTimes hours } } } }`,
    );
    expect(stats.data!.region.serviceStats.byMethod).toContainEqual({
      method: 'CASE',
      count: 1,
      personTimes: 1,
      hours: 1.25,
    });
  });

  it('refuses end before start, negative money and a station outside the project', async () => {
    const before = await count('service_projects');
    const reversed = await hub.query(
      `mutation($s: [ID!]!) { createServiceProject(input: { ${base}, stationIds: $s, startsOn: "2024-12-31", endsOn: "2024-01-01", contractAmount: "1.00" }) { id } }`,
      { s: [mulanStation.id] },
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endsOn',
    });
    const negative = await hub.query(
      `mutation($s: [ID!]!) { createServiceProject(input: { ${base}, stationIds: $s, startsOn: "2024-01-01", endsOn: "2024-12-31", contractAmount: "-0.01" }) { id } }`,
      { s: [mulanStation.id] },
    );
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contractAmount',
    });
    const tooPrecise = await hub.query(
      `mutation($s: [ID!]!) { createServiceProject(input: { ${base}, stationIds: $s, startsOn: "2024-01-01", endsOn: "2024-12-31", contractAmount: "1.005" }) { id } }`,
      { s: [mulanStation.id] },
    );
    expect(tooPrecise.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const linzeStation = world.stations.find((station) => station.regionCode.startsWith('620723'))!;
    const outside = await hub.query(
      `mutation($s: [ID!]!) { createServiceProject(input: { ${base}, stationIds: $s, startsOn: "2024-01-01", endsOn: "2024-12-31", contractAmount: "1.00" }) { id } }`,
      { s: [mulanStation.id, linzeStation.id] },
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'stationIds.1',
    });
    expect(await count('service_projects')).toBe(before);
    expect(await count('project_stations')).toBe(
      world.projects.reduce((sum, p) => sum + p.stationIds.length, 0) + 2,
    );
  });

  it('refuses a record whose people outnumber its person-times, writing nothing', async () => {
    const before = await count('service_records');
    const people = world.people.slice(0, 3).map((person) => person.id);
    const refused = await hub.query(
      `mutation($station: ID!, $people: [ID!]!) { recordService(input: { method: GROUP, stationId: $station, personIds: $people, servedOn: "2024-02-03", hours: 2, personTimes: 2 }) { id } }`,
      { station: mulanStation.id, people },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'personTimes',
    });
    const unknownPerson = await hub.query(
      `mutation($station: ID!) { recordService(input: { method: GROUP, stationId: $station, personIds: ["01890000-0000-7000-8000-000000000000"], servedOn: "2024-02-03", hours: 2, personTimes: 2 }) { id } }`,
      { station: mulanStation.id },
    );
    expect(unknownPerson.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'personIds.0',
    });
    expect(await count('service_records')).toBe(before);
    expect(await count('service_record_people')).toBe(
      world.records.reduce((sum, r) => sum + r.personIds.length, 0) + 1,
    );
  });

  it('grants temporary assistance exactly, once per idempotency key, and refuses zero', async () => {
    const person = world.people.find((candidate) => candidate.regionCode.startsWith('620723103'))!;
    const before = await hub.query(
      `{ region(code: "620723") { assistance { households grants amount } } }`,
    );
    expect(before.data!.region.assistance).toEqual({ households: 0, grants: 0, amount: '0.00' });
    const grant = `mutation($person: ID!) { grantTemporaryAssistance(input: { personId: $person, amount: "2570.35", grantedOn: "2024-01-20", reason: "火灾临时救助", idempotencyKey: "linze-2024-001" }) { id amount person { name } } }`;
    const first = await hub.query(grant, { person: person.id });
    expect(first.data!.grantTemporaryAssistance).toMatchObject({
      amount: '2570.35',
      person: { name: person.name },
    });
    await hub.query(grant, { person: person.id });
    const after = await hub.query(
      `{ region(code: "620723") { assistance { households grants amount } } }`,
    );
    expect(after.data!.region.assistance).toEqual({ households: 1, grants: 1, amount: '2570.35' });
    const zero = await hub.query(
      `mutation($person: ID!) { grantTemporaryAssistance(input: { personId: $person, amount: "0", grantedOn: "2024-01-20", reason: "x" }) { id } }`,
      { person: person.id },
    );
    expect(zero.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
    });
    expect(await count('temporary_assistance')).toBe(world.assistance.length + 1);
  });
});
