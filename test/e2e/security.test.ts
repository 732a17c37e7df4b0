import { buildDemoWorld } from '../../demo-world/world.js';
import {
  NATIONAL_SUPERVISOR,
  principal,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// The access-control model through the gateway: who may ask what, in which region, what they
// see of personal data, and what each reveal leaves behind.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const world = buildDemoWorld();
const mulanPerson = world.people.find(
  (person) =>
    person.regionCode.startsWith('230127') && person.categories.includes('MINIMUM_LIVING'),
)!;
const linzeStation = world.stations.find((station) => station.regionCode.startsWith('620723'))!;
const mulanStation = world.stations.find((station) => station.name === '木兰镇社工站')!;

const as = principal;
const viewer = as('TRADE_UNION', ['VIEWER'], '230000');
const analyst = as('CIVIL_AFFAIRS', ['ANALYST'], '230127');
const caseworker = as('CIVIL_AFFAIRS', ['CASEWORKER'], '230127');
const supervisor = as('CIVIL_AFFAIRS', ['SUPERVISOR'], '230127');
const disabilitySupervisor = as('DISABLED_PERSONS_FEDERATION', ['SUPERVISOR'], '230127');
const auditor = as('CIVIL_AFFAIRS', ['AUDITOR'], '100000');
const mulanAdmin = as('CIVIL_AFFAIRS', ['ADMIN'], '230127');

const personQuery = `query($id: ID!) { person(id: $id) {
  name identityNumber birthDate age categories categoriesMasked temporaryAssistance { amount }
} }`;

async function logRows(
  personId: string,
): Promise<Array<{ subject: string; fields: string[]; purpose: string }>> {
  const em = hub.subgraphs['civil-affairs']!.database.orm.em.fork();
  return em
    .getConnection()
    .execute('select subject, fields, purpose from access_log where person_id = ? order by at', [
      personId,
    ]);
}

describe('authentication at the gateway', () => {
  const query = '{ region(code: "230127") { name } }';

  it('refuses anonymous requests with 401 UNAUTHENTICATED', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses forged, expired and malformed tokens', async () => {
    const valid = await hub.token(caseworker);
    const [header, payload] = valid.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    const expired = await hub.token(caseworker, '-1m');
    const badClaims = await hub.token({ ...caseworker, roles: ['OWNER'] });
    for (const [token, message] of [
      [forged, 'The token is not valid'],
      [expired, 'The token has expired'],
      [badClaims, 'The token does not describe a principal'],
      ['not-a-jwt', 'The token is not valid'],
    ] as const) {
      const { errors, data } = await hub.query(query, {}, { token });
      expect(data ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(errors?.[0]?.message).toContain(message);
    }
    expect((await hub.query(query, {}, { token: valid })).data).toEqual({
      region: { name: '木兰县' },
    });
  });
});

describe('subgraphs answer only the gateway', () => {
  const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { name } } }`;
  const call = async (headers: Record<string, string>, query: string, variables = {}) => {
    const response = await fetch(hub.subgraphs['civil-affairs']!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: any[] },
    };
  };
  const reps = { reps: [{ __typename: 'Person', id: mulanPerson.id }] };
  const body = { query: entities, variables: reps };

  it('refuses direct calls, _entities and _service included', async () => {
    for (const query of ['{ _service { sdl } }', '{ stations { totalCount } }']) {
      const { status, body } = await call({}, query);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const { status, body } = await call({}, entities, reps);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
  });

  it('refuses a client token, or a grant made for another subgraph, in the principal header', async () => {
    const clientToken = await hub.token(supervisor);
    const bound = await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body);
    expect((await call({ ...bound, 'x-hub-principal': clientToken }, entities, reps)).status).toBe(
      401,
    );
    const otherAudience = await hub.vouch('trade-union', NATIONAL_SUPERVISOR, body);
    expect((await call(otherAudience, entities, reps)).status).toBe(401);
    const good = await call(
      await hub.vouch('civil-affairs', NATIONAL_SUPERVISOR, body),
      entities,
      reps,
    );
    expect(good.body.data._entities).toEqual([{ name: mulanPerson.name }]);
  });

  it('applies region scope and roles to entity references', async () => {
    const linze = as('CIVIL_AFFAIRS', ['CASEWORKER'], '620723');
    const outOfScope = await call(await hub.vouch('civil-affairs', linze, body), entities, reps);
    expect(outOfScope.body.data._entities).toEqual([null]);
    const viewerCall = await hub.vouch('civil-affairs', viewer, body);
    expect((await call(viewerCall, entities, reps)).body.data._entities).toEqual([null]);
  });
});

describe('roles', () => {
  it('lets a viewer see aggregates and stations but no person-level data', async () => {
    const { data, errors } = await hub.query(
      `{ region(code: "230127") { coverage { townshipsWithStation } workforce { socialWorkers } }
         stations(filter: { regionCode: "230127" }) { totalCount edges { node { name socialWorkers { name } } } } }`,
      {},
      { principal: viewer },
    );
    expect(data!.region).toEqual({
      coverage: { townshipsWithStation: 5 },
      workforce: { socialWorkers: 10 },
    });
    expect(data!.stations.totalCount).toBe(8);
    expect(data!.stations.edges[0].node.socialWorkers).toBeNull();
    expect(errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    const people = await hub.query('{ people { totalCount } }', {}, { principal: viewer });
    expect(people.data).toBeNull();
    expect(people.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows analysts de-identified people', async () => {
    const { data } = await hub.query(
      personQuery,
      { id: mulanPerson.id },
      { principal: analyst, purpose: 'study' },
    );
    // No surname initial and no exact age: the analyst view is de-identified (k-anonymity).
    expect(data!.person).toMatchObject({
      name: null,
      identityNumber: null,
      birthDate: null,
      age: null,
      categories: [],
      categoriesMasked: true,
      temporaryAssistance: null,
    });
    expect(await logRows(mulanPerson.id)).toEqual([]);
  });

  it("shows caseworkers masked identifiers, even when they state a purpose, and civil affairs' own records in full", async () => {
    const { data } = await hub.query(
      personQuery,
      { id: mulanPerson.id },
      { principal: caseworker, purpose: 'home visit' },
    );
    const id = mulanPerson.identityNumber;
    expect(data!.person).toMatchObject({
      name: mulanPerson.name,
      identityNumber: `${id.slice(0, 4)}**********${id.slice(-4)}`,
      birthDate: mulanPerson.birthDate,
      categories: mulanPerson.categories,
      categoriesMasked: false,
    });
    expect(Array.isArray(data!.person.temporaryAssistance)).toBe(true);
    const otherDepartment = await hub.query(
      personQuery,
      { id: mulanPerson.id },
      { principal: as('TRADE_UNION', ['CASEWORKER'], '230127') },
    );
    expect(otherDepartment.data!.person).toMatchObject({
      name: mulanPerson.name,
      categories: [],
      categoriesMasked: true,
      temporaryAssistance: null,
    });
    expect(await logRows(mulanPerson.id)).toEqual([]);
  });

  it('reveals to a supervisor who states a purpose, leaving exactly one access-log row', async () => {
    const masked = await hub.query(personQuery, { id: mulanPerson.id }, { principal: supervisor });
    expect(masked.data!.person.identityNumber).toContain('**********');
    expect(await logRows(mulanPerson.id)).toEqual([]);

    const { data } = await hub.query(
      personQuery,
      { id: mulanPerson.id },
      { principal: supervisor, purpose: '临时救助复核' },
    );
    expect(data!.person).toMatchObject({
      identityNumber: mulanPerson.identityNumber,
      categories: mulanPerson.categories,
      categoriesMasked: false,
    });
    expect(Array.isArray(data!.person.temporaryAssistance)).toBe(true);
    expect(await logRows(mulanPerson.id)).toEqual([
      {
        subject: supervisor.subject,
        fields: ['categories', 'identityNumber', 'temporaryAssistance'],
        purpose: '临时救助复核',
      },
    ]);
  });

  it("reveals only the shared identity number to another department's supervisor", async () => {
    const person = world.people.find(
      (candidate) =>
        candidate.regionCode.startsWith('230127') &&
        candidate.categories.includes('LEFT_BEHIND_CHILD'),
    )!;
    const { data } = await hub.query(
      personQuery,
      { id: person.id },
      { principal: disabilitySupervisor, purpose: '残疾人证核对' },
    );
    expect(data!.person).toMatchObject({
      identityNumber: person.identityNumber,
      categoriesMasked: true,
      temporaryAssistance: null,
    });
    expect(data!.person.categories).not.toContain('LEFT_BEHIND_CHILD');
    expect(await logRows(person.id)).toEqual([
      {
        subject: disabilitySupervisor.subject,
        fields: ['identityNumber'],
        purpose: '残疾人证核对',
      },
    ]);
  });

  it('lets only auditors read the access log, and only as far as their region', async () => {
    const { data } = await hub.query(
      `query($id: ID!) { accessLog(filter: { personId: $id }) { totalCount edges { node { subject department roles fields purpose requestId } } } }`,
      { id: mulanPerson.id },
      { principal: auditor },
    );
    expect(data!.accessLog.totalCount).toBe(1);
    expect(data!.accessLog.edges[0].node).toMatchObject({
      subject: supervisor.subject,
      department: 'CIVIL_AFFAIRS',
      roles: ['SUPERVISOR'],
      purpose: '临时救助复核',
    });
    expect(data!.accessLog.edges[0].node.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const linzeAuditor = as('CIVIL_AFFAIRS', ['AUDITOR'], '620723');
    const elsewhere = await hub.query(
      '{ accessLog { totalCount } }',
      {},
      { principal: linzeAuditor },
    );
    expect(elsewhere.data!.accessLog.totalCount).toBe(0);
    const refused = await hub.query('{ accessLog { totalCount } }', {}, { principal: supervisor });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the access log append-only in the database', async () => {
    const em = hub.subgraphs['civil-affairs']!.database.orm.em.fork();
    await expect(
      em.getConnection().execute("update access_log set purpose = 'changed'"),
    ).rejects.toThrow(/append-only/);
    await expect(em.getConnection().execute('delete from access_log')).rejects.toThrow(
      /append-only/,
    );
    await expect(em.getConnection().execute('truncate access_log')).rejects.toThrow(/append-only/);
    expect((await logRows(mulanPerson.id)).map((row) => row.purpose)).toEqual(['临时救助复核']);
  });

  it('reserves reference data to administrators of civil affairs, in their region', async () => {
    const create = (regionCode: string) =>
      `mutation { createStation(input: { name: "新站", level: TOWNSHIP_STATION, regionCode: "${regionCode}" }) { id } }`;
    const byCaseworker = await hub.query(create('230127104'), {}, { principal: caseworker });
    expect(byCaseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byUnionAdmin = await hub.query(
      create('230127104'),
      {},
      { principal: as('TRADE_UNION', ['ADMIN'], '230127') },
    );
    expect(byUnionAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A division of another county reads as one never registered.
    const outside = await hub.query(create('620723101'), {}, { principal: mulanAdmin });
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'regionCode',
    });
    const stations = await hub.query('{ stations { totalCount } }');
    expect(stations.data!.stations.totalCount).toBe(world.stations.length);
  });
});

describe('region scope', () => {
  it('limits lists, lookups and aggregates to the subtree', async () => {
    const lists = await hub.query(
      '{ stations { totalCount } people { totalCount } }',
      {},
      { principal: caseworker },
    );
    expect(lists.data).toEqual({
      stations: { totalCount: 8 },
      people: {
        // The register holds Mulan's people and the three entered twice (none merged yet).
        totalCount: [...world.people, ...world.duplicates].filter((person) =>
          person.regionCode.startsWith('230127'),
        ).length,
      },
    });
    const lookup = await hub.query(
      `query($id: ID!) { station(id: $id) { name } }`,
      { id: linzeStation.id },
      { principal: caseworker },
    );
    // Outside the region, a lookup answers as for a station that does not exist.
    expect(lookup).toEqual({ data: { station: null } });
    const inScope = await hub.query(
      `query($id: ID!) { station(id: $id) { name } }`,
      { id: mulanStation.id },
      { principal: caseworker },
    );
    expect(inScope.data).toEqual({ station: { name: '木兰镇社工站' } });
    const aggregates = await hub.query(
      '{ linze: region(code: "620723") { name coverage { townships } } province: region(code: "230000") { workforce { socialWorkers } } }',
      {},
      { principal: caseworker },
    );
    // Another county is not found; the province above is, without its figures.
    expect(aggregates.data).toEqual({ linze: null, province: { workforce: null } });
    expect(aggregates.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('query limits', () => {
  it('refuses an over-deep query with a clear message', async () => {
    const deep = `{ region(code: "230127") { ${'parent { '.repeat(10)}name${' }'.repeat(10)} } }`;
    const { errors } = await hub.query(deep);
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases and an over-costly query', async () => {
    const aliases = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: region(code: "230127") { name }`).join(' ')} }`;
    expect((await hub.query(aliases)).errors?.[0]?.message).toMatch(/alias/i);
    // Within the depth and alias limits, but every level asks for everything.
    const station =
      'id name level status openedOn regionCode address region { code name level } operator { id name creditCode } socialWorkers { id name certified } children { id name }';
    const costly = `{ stations(first: 500) { edges { node { ${station} projects { id name stations { ${station} projects { id name stations { ${station} } } } } } } } }`;
    const refused = await hub.query(costly);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('lets real dashboard queries through', async () => {
    const stations = await hub.query(`{ stations(first: 100) { totalCount edges { node {
      id name level status region { code name parent { name } } operator { name creditCode }
      socialWorkers { name certified employment }
      projects { id name leadDepartment contractAmount stations { name } agency { name } } children { name }
    } } } }`);
    expect(stations.errors).toBeUndefined();
    expect(stations.data!.stations.totalCount).toBe(world.stations.length);
    const { errors } = await hub.query(`{ region(code: "230127") {
      name coverage { townships townshipsWithStation rate stationsByLevel { level count } }
      serviceStats { personTimes hours householdsVisited byMethod { method count personTimes hours } }
      workforce { socialWorkers certified fullTime } assistance { households amount }
      children { code name coverage { townshipsWithStation stationsByLevel { level count } } serviceStats { personTimes } }
    } }`);
    expect(errors).toBeUndefined();
  });
});
