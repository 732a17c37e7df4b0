import type { TestHub } from '../support/hub.js';
import { caller, linzeFile, linzeWithoutFile, slice, startUnionHub, world } from './fixtures.js';
import { HUB_START_TIMEOUT_MS } from '../support/hub.js';

// Assistance to workers on file, service points and the union's money in projects: each write
// idempotent by its natural key or reference; bad input and the wrong caller write nothing.

let hub: TestHub;
beforeAll(async () => {
  hub = await startUnionHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
});

const rows = (table: string) => hub.rowCount('trade-union', table);
const closedFile = slice.files.find(
  (f) => f.status === 'CLOSED' && f.personRegionCode.startsWith('620723'),
)!;

describe('grantUnionAssistance', () => {
  const grant = `mutation($input: GrantUnionAssistanceInput!) { grantUnionAssistance(input: $input) {
    id kind amount grantedOn reference person { id } } }`;
  const input = {
    personId: linzeFile.personId,
    kind: 'MEDICAL',
    amount: '2400.00',
    grantedOn: '2024-03-15',
    reference: '临工帮〔2024〕101号',
  };

  it('grants once per reference and shows it on the person and in the figures', async () => {
    const before = await rows('union_assistance');
    const first = await hub.query(grant, { input }, { principal: caller.unionCaseworker });
    expect(first.errors).toBeUndefined();
    expect(first.data!.grantUnionAssistance).toMatchObject({
      kind: 'MEDICAL',
      amount: '2400.00',
      grantedOn: '2024-03-15',
      reference: '临工帮〔2024〕101号',
      person: { id: linzeFile.personId },
    });
    const retry = await hub.query(grant, { input }, { principal: caller.unionSupervisor });
    expect(retry.data!.grantUnionAssistance.id).toBe(first.data!.grantUnionAssistance.id);
    expect(await rows('union_assistance')).toBe(before + 1);
    const seen = await hub.query(
      'query($id: ID!) { person(id: $id) { unionAssistance { reference amount } } }',
      { id: linzeFile.personId },
      { principal: caller.unionCaseworker },
    );
    expect(seen.data!.person.unionAssistance[0]).toEqual({
      reference: '临工帮〔2024〕101号',
      amount: '2400.00',
    });
  });

  it('refuses bad input with the field at fault, and the wrong caller, writing nothing', async () => {
    const before = await rows('union_assistance');
    const fresh = { ...input, reference: '临工帮〔2024〕102号' };
    for (const [overrides, field, code = 'BAD_USER_INPUT'] of [
      [{ amount: '0.00' }, 'amount'],
      [{ amount: '-50.00' }, 'amount'],
      [{ reference: '' }, 'reference'],
      [{ personId: 'nobody' }, 'personId'],
      [{ personId: linzeWithoutFile[0]!.id }, 'personId'],
      [{ personId: closedFile.personId }, 'personId'],
      [{ grantedOn: '2000-01-01' }, 'grantedOn'],
      // A number used before, for another request: a conflict, never the earlier grant.
      [
        { personId: closedFile.personId, reference: '临工帮〔2024〕101号' },
        'reference',
        'CONFLICT',
      ],
    ] as const) {
      const { errors } = await hub.query(
        grant,
        { input: { ...fresh, ...overrides } },
        { principal: caller.unionCaseworker },
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code, field });
    }
    for (const principal of [caller.civilSupervisor, caller.unionAdmin, caller.analyst]) {
      const { errors } = await hub.query(grant, { input: fresh }, { principal });
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Another county's caseworker is told the worker is not there, as if absent.
    const elsewhere = await hub.query(
      grant,
      { input: fresh },
      { principal: caller.mulanUnionCaseworker },
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'personId',
    });
    expect(await rows('union_assistance')).toBe(before);
  });
});

describe('registerUnionServicePoint', () => {
  const register = `mutation($input: UnionServicePointInput!) { registerUnionServicePoint(input: $input) {
    name kind regionCode openedOn station { id name } } }`;
  const station = world.stations.find((s) => s.name === '沙河镇社工站')!;
  const point = {
    name: '沙河镇爱心驿站',
    kind: 'CARE_POST',
    regionCode: '620723100',
    stationId: station.id,
    openedOn: '2024-02-01',
  };

  it('registers a point once per division and name, for union administrators', async () => {
    const first = await hub.query(register, { input: point }, { principal: caller.unionAdmin });
    expect(first.data!.registerUnionServicePoint).toEqual({
      name: '沙河镇爱心驿站',
      kind: 'CARE_POST',
      regionCode: '620723100',
      openedOn: '2024-02-01',
      station: { id: station.id, name: '沙河镇社工站' },
    });
    const again = await hub.query(
      register,
      { input: { ...point, kind: 'SERVICE_STATION' } },
      { principal: caller.unionAdmin },
    );
    expect(again.data!.registerUnionServicePoint.kind).toBe('SERVICE_STATION');
    expect(await rows('union_service_points')).toBe(slice.servicePoints.length + 1);
    const listed = await hub.query(
      'query($id: ID!) { station(id: $id) { tradeUnion { servicePoints { name kind } } } }',
      { id: station.id },
      { principal: caller.youthViewer },
    );
    expect(listed.data!.station.tradeUnion.servicePoints).toEqual([
      { name: '沙河镇职工之家', kind: 'WORKERS_HOME' },
      { name: '沙河镇爱心驿站', kind: 'SERVICE_STATION' },
    ]);
  });

  it('refuses bad input and the wrong caller, writing nothing', async () => {
    const before = await rows('union_service_points');
    const fresh = { ...point, name: '平川镇工会服务站' };
    for (const [overrides, field] of [
      [{ name: '' }, 'name'],
      [{ name: '  ' }, 'name'],
      [{ regionCode: '62072310' }, 'regionCode'],
      [{ stationId: 'station-1' }, 'stationId'],
    ] as const) {
      const { errors } = await hub.query(
        register,
        { input: { ...fresh, ...overrides } },
        { principal: caller.unionAdmin },
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    for (const principal of [caller.unionCaseworker, caller.civilAdmin]) {
      const { errors } = await hub.query(register, { input: fresh }, { principal });
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Another county's division reads as no division at all.
    const elsewhere = await hub.query(
      register,
      { input: fresh },
      { principal: caller.mulanUnionAdmin },
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'regionCode',
    });
    expect(await rows('union_service_points')).toBe(before);
  });
});

describe('recordTradeUnionContribution', () => {
  const project = world.projects.find((p) => p.name === '平川镇社工站运营项目')!;
  const record = `mutation($input: ContributionInput!) { recordTradeUnionContribution(input: $input) {
    id tradeUnionContribution { amount fundSources allocations indicators { name target achieved } } } }`;
  const input = {
    projectId: project.id,
    projectRegionCode: project.regionCode,
    amount: '30000.00',
    fundSource: 'UNION_FUNDS',
    fundLevel: 'COUNTY',
    reference: '临工发〔2024〕3号',
    contributedOn: '2024-04-01',
    indicators: [{ name: '困难职工帮扶', unit: '人次', target: 40, achieved: 0 }],
  };

  it('records the money once per reference; bad input and other roles write nothing', async () => {
    const before = await rows('project_contributions');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { data, errors } = await hub.query(record, { input }, { principal: caller.unionAdmin });
      expect(errors).toBeUndefined();
      expect(data!.recordTradeUnionContribution).toEqual({
        id: project.id,
        tradeUnionContribution: {
          amount: '30000.00',
          fundSources: ['UNION_FUNDS'],
          allocations: 1,
          indicators: [{ name: '困难职工帮扶', target: 40, achieved: 0 }],
        },
      });
    }
    const bad = await hub.query(
      record,
      { input: { ...input, amount: '0.00', reference: '临工发〔2024〕4号' } },
      { principal: caller.unionAdmin },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const wrong = await hub.query(
      record,
      { input: { ...input, reference: '临工发〔2024〕5号' } },
      { principal: caller.unionCaseworker },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows('project_contributions')).toBe(before + 1);
  });
});
