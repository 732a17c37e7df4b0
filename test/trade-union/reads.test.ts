import { formatYuan } from '../../shared/money.js';
import type { TestHub } from '../support/hub.js';
import {
  caller,
  inLinze,
  inMulan,
  linzeFile,
  personOf,
  slice,
  startUnionHub,
  world,
} from './fixtures.js';
import { HUB_START_TIMEOUT_MS } from '../support/hub.js';

// What the trade union adds to the graph, read through the gateway beside civil affairs.

let hub: TestHub;
beforeAll(async () => {
  hub = await startUnionHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const sum = (amounts: bigint[]) => formatYuan(amounts.reduce((total, value) => total + value, 0n));

it('adds the worker file and the assistance to the civil-affairs person', async () => {
  const { data, errors } = await hub.query(
    `query($id: ID!) { person(id: $id) { name
      unionFile { level status openedOn closedOn employer reason householdIncomePerCapita person { id } }
      unionAssistance { kind amount grantedOn reference person { id } } } }`,
    { id: linzeFile.personId },
    { principal: caller.unionCaseworker },
  );
  expect(errors).toBeUndefined();
  const grants = slice.assistance
    .filter((grant) => grant.personId === linzeFile.personId)
    .sort((a, b) => b.grantedOn.localeCompare(a.grantedOn));
  expect(data!.person).toEqual({
    name: personOf(linzeFile.personId).name,
    unionFile: {
      level: linzeFile.level,
      status: 'OPEN',
      openedOn: linzeFile.openedOn,
      closedOn: null,
      employer: linzeFile.employer,
      reason: linzeFile.reason,
      householdIncomePerCapita: formatYuan(linzeFile.householdIncomePerCapitaFen),
      person: { id: linzeFile.personId },
    },
    unionAssistance: grants.map((grant) => ({
      kind: grant.kind,
      amount: formatYuan(grant.amountFen),
      grantedOn: grant.grantedOn,
      reference: grant.reference,
      person: { id: grant.personId },
    })),
  });
  expect(grants.length).toBeGreaterThan(1);
});

it('lists the files of a region with filters, page by page', async () => {
  const open = slice.files.filter((f) => inLinze(f.personRegionCode) && f.status === 'OPEN');
  const query = `query($after: String) { workerFiles(filter: { regionCode: "620723", status: OPEN }, first: 5, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { employer status person { id name } } } } }`;
  const first = await hub.query(query, {}, { principal: caller.unionCaseworker });
  expect(first.errors).toBeUndefined();
  expect(first.data!.workerFiles.totalCount).toBe(open.length);
  expect(first.data!.workerFiles.pageInfo.hasNextPage).toBe(true);
  const second = await hub.query(
    query,
    { after: first.data!.workerFiles.pageInfo.endCursor },
    { principal: caller.unionCaseworker },
  );
  const nodes = [...first.data!.workerFiles.edges, ...second.data!.workerFiles.edges].map(
    (edge: { node: unknown }) => edge.node,
  );
  expect(nodes).toEqual(
    open.slice(0, 10).map((file) => ({
      employer: file.employer,
      status: 'OPEN',
      person: { id: file.personId, name: personOf(file.personId).name },
    })),
  );

  const deep = await hub.query(
    '{ workerFiles(filter: { level: DEEP }) { totalCount } closed: workerFiles(filter: { status: CLOSED }) { totalCount edges { node { closedOn } } } }',
    {},
    { principal: caller.nationalUnionCaseworker },
  );
  expect(deep.data!.workerFiles.totalCount).toBe(
    slice.files.filter((f) => f.level === 'DEEP').length,
  );
  const closed = slice.files.filter((f) => f.status === 'CLOSED');
  expect(deep.data!.closed).toEqual({
    totalCount: closed.length,
    edges: closed.map((file) => ({ node: { closedOn: file.closedOn } })),
  });

  const bad = await hub.query(
    '{ workerFiles(filter: { regionCode: "62072" }) { totalCount } }',
    {},
    {
      principal: caller.unionCaseworker,
    },
  );
  expect(bad.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'regionCode',
  });
});

it('lists service points to any role in the region, and puts them in their stations', async () => {
  const points = slice.servicePoints.filter((p) => inLinze(p.regionCode));
  const { data } = await hub.query(
    '{ unionServicePoints(filter: { regionCode: "620723" }) { totalCount edges { node { name kind regionCode openedOn } } } }',
    {},
    { principal: caller.youthViewer },
  );
  expect(data!.unionServicePoints).toEqual({
    totalCount: 3,
    edges: points.map((point) => ({
      node: {
        name: point.name,
        kind: 'WORKERS_HOME',
        regionCode: point.regionCode,
        openedOn: point.openedOn,
      },
    })),
  });
  expect(points.map((point) => point.name).sort()).toEqual(
    ['平川镇职工之家', '沙河镇职工之家', '鸭暖镇职工之家'].sort(),
  );

  const station = world.stations.find((s) => s.name === '平川镇社工站')!;
  const view = await hub.query(
    `query($id: ID!) { station(id: $id) { name status tradeUnion { servicePoints { name kind station { id name } } } } }`,
    { id: station.id },
    { principal: caller.youthViewer },
  );
  expect(view.data!.station).toEqual({
    name: '平川镇社工站',
    status: 'OPERATING',
    tradeUnion: {
      servicePoints: [
        {
          name: '平川镇职工之家',
          kind: 'WORKERS_HOME',
          station: { id: station.id, name: '平川镇社工站' },
        },
      ],
    },
  });
});

it("gives the region's figures over its subtree, money summed exactly", async () => {
  const query = `query($code: ID!) { region(code: $code) { name tradeUnion {
    workersInDifficulty deepDifficulty closedFiles servicePoints assistanceGranted contributed } } }`;
  for (const [code, name, inCounty, contributed] of [
    ['620723', '临泽县', inLinze, '0.00'],
    ['230127', '木兰县', inMulan, '50000.00'],
  ] as const) {
    const files = slice.files.filter((f) => inCounty(f.personRegionCode));
    const { data, errors } = await hub.query(query, { code });
    expect(errors).toBeUndefined();
    expect(data!.region).toEqual({
      name,
      tradeUnion: {
        workersInDifficulty: files.filter((f) => f.status === 'OPEN').length,
        deepDifficulty: files.filter((f) => f.status === 'OPEN' && f.level === 'DEEP').length,
        closedFiles: files.filter((f) => f.status === 'CLOSED').length,
        servicePoints: slice.servicePoints.filter((p) => inCounty(p.regionCode)).length,
        assistanceGranted: sum(
          slice.assistance.filter((a) => inCounty(a.personRegionCode)).map((a) => a.amountFen),
        ),
        contributed,
      },
    });
  }
});

it("adds the union's money and indicators to the Mulan county project", async () => {
  const project = world.projects.find((p) => p.name === '木兰县乡镇社工站运营项目（2023）')!;
  const { data, errors } = await hub.query(
    `query($id: ID!) { serviceProject(id: $id) { name contractAmount
      tradeUnionContribution { department amount fundSources allocations indicators { name unit target achieved } } } }`,
    { id: project.id },
  );
  expect(errors).toBeUndefined();
  expect(data!.serviceProject).toEqual({
    name: '木兰县乡镇社工站运营项目（2023）',
    contractAmount: formatYuan(project.contractAmountFen),
    tradeUnionContribution: {
      department: 'TRADE_UNION',
      amount: '50000.00',
      fundSources: ['UNION_FUNDS'],
      allocations: 1,
      indicators: [{ name: '困难职工帮扶', unit: '人次', target: 60, achieved: 24 }],
    },
  });
});

it('sends as many statements for 200 people as for 10', async () => {
  const query = `query($first: Int!) { people(first: $first) { edges { node {
    unionFile { level employer } unionAssistance { amount } } } } }`;
  const statements = async (first: number) => {
    const before = hub.sqlCount('trade-union');
    const { data, errors } = await hub.query(
      query,
      { first },
      { principal: caller.nationalUnionCaseworker },
    );
    expect(errors).toBeUndefined();
    expect(data!.people.edges).toHaveLength(first);
    return hub.sqlCount('trade-union') - before;
  };
  const few = await statements(10);
  expect(await statements(200)).toBe(few);
  expect(few).toBeLessThanOrEqual(2);
});
