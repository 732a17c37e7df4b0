import { buildTradeUnionSlice } from '../../shared/demo/trade-union.js';
import { buildDemoWorld } from '../../shared/demo/world.js';
import { formatYuan } from '../../shared/money.js';
import { principal, startTestHub, type TestHub } from '../support/hub.js';

// The trade union subgraph through the gateway, in the whole graph.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const world = buildDemoWorld();
const slice = buildTradeUnionSlice(world);
const as = principal;
const unionCaseworker = as('TRADE_UNION', ['CASEWORKER'], '100000');
const unionAdmin = as('TRADE_UNION', ['ADMIN'], '100000');
const civilCaseworker = as('CIVIL_AFFAIRS', ['CASEWORKER'], '100000');
const civilSupervisor = as('CIVIL_AFFAIRS', ['SUPERVISOR'], '100000');
const analyst = as('CIVIL_AFFAIRS', ['ANALYST'], '100000');
const linzeUnion = as('TRADE_UNION', ['CASEWORKER'], '620723');
const auditor = as('TRADE_UNION', ['AUDITOR'], '100000');

const file = slice.files.find(
  (candidate) => candidate.personRegionCode.startsWith('230127') && candidate.status === 'OPEN',
)!;
const fileQuery = `query($id: ID!) { person(id: $id) { name unionFile { level status openedOn employer reason householdIncomePerCapita } } }`;

const count = (table: string) => hub.rowCount('trade-union', table);

describe('worker files and who sees them', () => {
  it("shows the union's caseworker the whole file beside the civil-affairs person", async () => {
    const { data } = await hub.query(
      fileQuery,
      { id: file.personId },
      { principal: unionCaseworker },
    );
    expect(data!.person).toEqual({
      name: world.people.find((p) => p.id === file.personId)!.name,
      unionFile: {
        level: file.level,
        status: 'OPEN',
        openedOn: file.openedOn,
        employer: file.employer,
        reason: file.reason,
        householdIncomePerCapita: formatYuan(file.householdIncomePerCapitaFen),
      },
    });
  });

  it('hides it from other departments, de-identifies it for analysts, reveals it with a purpose and logs that once', async () => {
    expect(
      (await hub.query(fileQuery, { id: file.personId }, { principal: civilCaseworker })).data!
        .person.unionFile,
    ).toBeNull();
    expect(
      (await hub.query(fileQuery, { id: file.personId }, { principal: analyst })).data!.person
        .unionFile,
    ).toMatchObject({
      level: file.level,
      employer: null,
      reason: null,
      householdIncomePerCapita: null,
    });
    const before = await count('access_log');
    const revealed = await hub.query(
      fileQuery,
      { id: file.personId },
      { principal: civilSupervisor, purpose: '救助核查' },
    );
    expect(revealed.data!.person.unionFile.employer).toBe(file.employer);
    expect(await count('access_log')).toBe(before + 1);
    const log = await hub.query(
      `query($id: ID!) { tradeUnionAccessLog(filter: { personId: $id }) { totalCount edges { node { department fields purpose } } } }`,
      { id: file.personId },
      { principal: auditor },
    );
    expect(log.data!.tradeUnionAccessLog).toEqual({
      totalCount: 1,
      edges: [
        { node: { department: 'CIVIL_AFFAIRS', fields: ['unionFile'], purpose: '救助核查' } },
      ],
    });
  });

  it('lists files of the caller region only', async () => {
    const { data } = await hub.query(
      '{ workerFiles(filter: { status: OPEN }) { totalCount } }',
      {},
      { principal: linzeUnion },
    );
    expect(data!.workerFiles.totalCount).toBe(
      slice.files.filter((f) => f.personRegionCode.startsWith('620723') && f.status === 'OPEN')
        .length,
    );
  });
});

describe('figures', () => {
  it('counts files and service points over a region, and the money in projects', async () => {
    const { data, errors } = await hub.query(
      '{ region(code: "230127") { name tradeUnion { workersInDifficulty deepDifficulty closedFiles servicePoints contributed } } }',
    );
    expect(errors).toBeUndefined();
    const mulan = slice.files.filter((f) => f.personRegionCode.startsWith('230127'));
    expect(data!.region.tradeUnion).toEqual({
      workersInDifficulty: mulan.filter((f) => f.status === 'OPEN').length,
      deepDifficulty: mulan.filter((f) => f.status === 'OPEN' && f.level === 'DEEP').length,
      closedFiles: mulan.filter((f) => f.status === 'CLOSED').length,
      servicePoints: 5,
      contributed: '50000.00',
    });
  });

  it("adds the station's service points and the union's money in the project", async () => {
    const station = world.stations.find((s) => s.name === '木兰镇社工站')!;
    const project = world.projects.find((p) => p.name.startsWith('木兰县'))!;
    const { data } = await hub.query(
      `query($s: ID!, $p: ID!) {
      station(id: $s) { name tradeUnion { servicePoints { name kind } } }
      serviceProject(id: $p) { contractAmount tradeUnionContribution { department amount fundSources indicators { name target achieved } } } }`,
      { s: station.id, p: project.id },
    );
    expect(data!.station).toEqual({
      name: '木兰镇社工站',
      tradeUnion: { servicePoints: [{ name: '木兰镇职工之家', kind: 'WORKERS_HOME' }] },
    });
    expect(data!.serviceProject).toEqual({
      contractAmount: '400000.00',
      tradeUnionContribution: {
        department: 'TRADE_UNION',
        amount: '50000.00',
        fundSources: ['UNION_FUNDS'],
        indicators: [{ name: '困难职工帮扶', target: 60, achieved: 24 }],
      },
    });
  });
});

describe('writes', () => {
  const person = world.people.find(
    (p) => p.regionCode.startsWith('620723') && !slice.files.some((f) => f.personId === p.id),
  )!;
  const open = `mutation($input: OpenWorkerFileInput!) { openWorkerFile(input: $input) { status level employer } }`;
  const input = {
    personId: person.id,
    personRegionCode: person.regionCode,
    employer: '临泽县枣业合作社',
    reason: 'ILLNESS',
    level: 'DEEP',
    openedOn: '2024-01-10',
    householdIncomePerCapita: '620.00',
  };

  it('opens one file per person, closes it, and refuses bad input and the wrong department', async () => {
    expect(
      (await hub.query(open, { input }, { principal: unionCaseworker })).data!.openWorkerFile,
    ).toEqual({ status: 'OPEN', level: 'DEEP', employer: '临泽县枣业合作社' });
    await hub.query(
      open,
      { input: { ...input, level: 'ORDINARY' } },
      { principal: unionCaseworker },
    );
    expect(await count('worker_files')).toBe(slice.files.length + 1);
    const closed = await hub.query(
      `mutation($id: ID!) { closeWorkerFile(personId: $id, closedOn: "2024-06-01") { status closedOn } }`,
      { id: person.id },
      { principal: unionCaseworker },
    );
    expect(closed.data!.closeWorkerFile).toEqual({ status: 'CLOSED', closedOn: '2024-06-01' });
    const early = await hub.query(
      `mutation($id: ID!) { closeWorkerFile(personId: $id, closedOn: "2023-01-01") { status } }`,
      { id: person.id },
      { principal: unionCaseworker },
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'closedOn',
    });

    const other = world.people.find(
      (p) => p.regionCode.startsWith('230127') && !slice.files.some((f) => f.personId === p.id),
    )!;
    const fresh = { ...input, personId: other.id, personRegionCode: other.regionCode };
    for (const [overrides, field] of [
      [{ householdIncomePerCapita: '-1.00' }, 'householdIncomePerCapita'],
      [{ employer: '' }, 'employer'],
      [{ personRegionCode: '230127' }, 'personRegionCode'],
    ] as const) {
      const { errors } = await hub.query(
        open,
        { input: { ...fresh, ...overrides } },
        { principal: unionCaseworker },
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(
      (await hub.query(open, { input: fresh }, { principal: civilCaseworker })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await hub.query(open, { input: fresh }, { principal: linzeUnion })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(await count('worker_files')).toBe(slice.files.length + 1);
  });

  it('registers a service point once per region and name, for union administrators', async () => {
    const register = `mutation($input: UnionServicePointInput!) { registerUnionServicePoint(input: $input) { name kind regionCode } }`;
    const point = {
      name: '沙河镇爱心驿站',
      kind: 'CARE_POST',
      regionCode: '620723100',
      openedOn: '2024-02-01',
    };
    expect(
      (await hub.query(register, { input: point }, { principal: unionAdmin })).data!
        .registerUnionServicePoint,
    ).toEqual({ name: '沙河镇爱心驿站', kind: 'CARE_POST', regionCode: '620723100' });
    await hub.query(register, { input: point }, { principal: unionAdmin });
    expect(
      (await hub.query(register, { input: point }, { principal: unionCaseworker })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await count('union_service_points')).toBe(slice.servicePoints.length + 1);
  });
});

it('sends as many statements for 200 people as for 10', async () => {
  const statements = async (first: number) => {
    const before = hub.sqlCount('trade-union');
    const { data } = await hub.query(
      `query($first: Int!) { people(first: $first) { edges { node { unionFile { level } } } } }`,
      { first },
      { principal: unionCaseworker },
    );
    expect(data!.people.edges).toHaveLength(first);
    return hub.sqlCount('trade-union') - before;
  };
  expect(await statements(200)).toBe(await statements(10));
});
