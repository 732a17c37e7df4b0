import type { EntityManager } from '@mikro-orm/postgresql';
import { buildDemoWorld } from '../../demo-world/world.js';
import type { BenefitSnapshot } from '../../shared/ledger/benefit.js';
import { emitBenefits, snapshotStatement } from '../../shared/ledger/outbox.js';
import { charityBenefits } from '../../subgraphs/charity/benefits.js';
import { buildCharitySlice } from '../../subgraphs/charity/demo.js';
import { civilAffairsBenefits } from '../../subgraphs/civil-affairs/benefits.js';
import { disabilityFederationBenefits } from '../../subgraphs/disabled-persons-federation/benefits.js';
import { buildDisabilitySlice } from '../../subgraphs/disabled-persons-federation/demo.js';
import { tradeUnionBenefits } from '../../subgraphs/trade-union/benefits.js';
import { buildTradeUnionSlice } from '../../subgraphs/trade-union/demo.js';
import { womenFederationBenefits } from '../../subgraphs/women-federation/benefits.js';
import { youthLeagueBenefits } from '../../subgraphs/youth-league/benefits.js';
import {
  principal as as,
  startTestHub,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// Every department writes a snapshot of each benefit record to its own outbox in the record's
// transaction: one per write through the gateway, none for a refused write or a retry, the
// original grant again (reversed) for a charity reversal, and one per record of the demo world.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

const world = buildDemoWorld();
const em = (service: string): EntityManager => hub.subgraphs[service]!.database.orm.em.fork();
const sql = async <T>(service: string, query: string, params: unknown[] = []) =>
  em(service).getConnection().execute<T[]>(query, params);
const snapshotsOf = async (service: string, recordId: string) =>
  (
    await sql<{ snapshot: BenefitSnapshot }>(
      service,
      'SELECT snapshot FROM ledger_outbox WHERE record_id = ? ORDER BY seq',
      [recordId],
    )
  ).map((row) => row.snapshot);
const outboxSize = (service: string) => hub.rowCount(service, 'ledger_outbox');

const DEPARTMENTS = [
  ['civil-affairs', civilAffairsBenefits],
  ['trade-union', tradeUnionBenefits],
  ['disabled-persons-federation', disabilityFederationBenefits],
  ['youth-league', youthLeagueBenefits],
  ['women-federation', womenFederationBenefits],
  ['charity', charityBenefits],
] as const;

describe('the demo world', () => {
  it.each(DEPARTMENTS.map(([service, benefits]) => [service, benefits] as const))(
    '%s holds one snapshot per benefit record',
    async (service, benefits) => {
      for (const [programme, source] of Object.entries(benefits.sources)) {
        const where = 'where' in source && source.where ? source.where : 'true';
        const [records] = await sql<{ n: string }>(
          service,
          `SELECT count(*) AS n FROM "${source.table}" r WHERE ${where}`,
        );
        const [snapshots] = await sql<{ n: string; distinct: string }>(
          service,
          'SELECT count(*) AS n, count(DISTINCT record_id) AS distinct FROM ledger_outbox WHERE programme = ?',
          [programme],
        );
        expect(Number(records!.n)).toBeGreaterThan(0);
        expect(snapshots).toEqual({ n: records!.n, distinct: records!.n });
      }
      if (!Object.keys(benefits.sources).length) expect(await outboxSize(service)).toBe(0);
    },
  );
});

describe('the kit', () => {
  it('writes nothing when the transaction rolls back, and nothing outside one', async () => {
    const [grant] = await sql<{ id: string }>('trade-union', 'SELECT id FROM union_assistance');
    const before = await outboxSize('trade-union');
    await expect(
      em('trade-union').transactional(async (tx) => {
        expect(await emitBenefits(tx, tradeUnionBenefits, 'UNION_ASSISTANCE', [grant!.id])).toBe(1);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expect(
      emitBenefits(em('trade-union'), tradeUnionBenefits, 'UNION_ASSISTANCE', [grant!.id]),
    ).rejects.toThrow(/transaction/);
    expect(await outboxSize('trade-union')).toBe(before);
  });

  it('numbers snapshots in the order their transactions commit', async () => {
    const [grant] = await sql<{ id: string }>('trade-union', 'SELECT id FROM union_assistance');
    const order: string[] = [];
    let commitFirst!: () => void;
    const held = new Promise<void>((resolve) => (commitFirst = resolve));
    // The first writer inserts, then waits before committing; the second must wait for it.
    const first = em('trade-union').transactional(async (tx) => {
      await emitBenefits(tx, tradeUnionBenefits, 'UNION_ASSISTANCE', [grant!.id]);
      order.push('first inserted');
      await held;
      order.push('first commits');
    });
    while (!order.length) await new Promise((resolve) => setTimeout(resolve, 10));
    const second = em('trade-union').transactional(async (tx) => {
      await emitBenefits(tx, tradeUnionBenefits, 'UNION_ASSISTANCE', [grant!.id]);
      order.push('second inserted');
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    commitFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first inserted', 'first commits', 'second inserted']);
  });

  it('takes names only as SQL identifiers', () => {
    const source = { ...tradeUnionBenefits.sources.UNION_ASSISTANCE, table: 'x"; drop table y' };
    expect(() => snapshotStatement('TRADE_UNION', 'UNION_ASSISTANCE', source, true)).toThrow(
      /identifier/,
    );
  });
});

/** Sends a write twice and once refused: one snapshot, with the values of the record. */
async function writesOneSnapshot(
  service: string,
  write: () => Promise<string>,
  refused: () => Promise<void>,
  expected: Partial<BenefitSnapshot>,
): Promise<BenefitSnapshot> {
  const before = await outboxSize(service);
  const id = await write();
  expect(await write()).toBe(id);
  await refused();
  expect(await outboxSize(service)).toBe(before + 1);
  const snapshots = await snapshotsOf(service, id);
  expect(snapshots).toEqual([
    {
      recordId: id,
      householdId: null,
      amountFen: null,
      quantity: null,
      unit: null,
      reference: null,
      reversed: false,
      ...expected,
    },
  ]);
  return snapshots[0]!;
}

const refusedWith = async (
  answer: Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>,
  field: string,
) => {
  expect((await answer).errors?.[0]?.extensions).toMatchObject({ field });
};

describe('a write through the gateway', () => {
  it('of temporary assistance', async () => {
    const person = world.people.find((p) => p.regionCode.startsWith('620723'))!;
    const grant = `mutation($input: GrantTemporaryAssistanceInput!) { grantTemporaryAssistance(input: $input) { id } }`;
    const input = {
      personId: person.id,
      amount: '1234.56',
      grantedOn: '2024-02-03',
      reason: '火灾临时救助',
      idempotencyKey: 'ledger-ta-1',
    };
    await writesOneSnapshot(
      'civil-affairs',
      async () => (await hub.query(grant, { input })).data!.grantTemporaryAssistance.id as string,
      () =>
        refusedWith(
          hub.query(grant, { input: { ...input, amount: '0', idempotencyKey: 'x' } }),
          'amount',
        ),
      {
        department: 'CIVIL_AFFAIRS',
        programme: 'TEMPORARY_ASSISTANCE',
        kind: 'CASH',
        personId: person.id,
        regionCode: person.regionCode,
        amountFen: '123456',
        givenOn: '2024-02-03',
      },
    );
  });

  it('of union assistance', async () => {
    const slice = buildTradeUnionSlice(world);
    const file = slice.files.find(
      (f) => f.status === 'OPEN' && f.personRegionCode.startsWith('620723'),
    )!;
    const caseworker = as('TRADE_UNION', ['CASEWORKER'], '620723');
    const grant = `mutation($input: GrantUnionAssistanceInput!) { grantUnionAssistance(input: $input) { id } }`;
    const input = {
      personId: file.personId,
      kind: 'MEDICAL',
      amount: '2400.00',
      grantedOn: '2026-03-15',
      reference: '临工帮〔2026〕901号',
    };
    const send = (values: object) => hub.query(grant, { input: values }, { principal: caseworker });
    await writesOneSnapshot(
      'trade-union',
      async () => (await send(input)).data!.grantUnionAssistance.id as string,
      () => refusedWith(send({ ...input, amount: '0', reference: 'x' }), 'amount'),
      {
        department: 'TRADE_UNION',
        programme: 'UNION_ASSISTANCE',
        kind: 'CASH',
        personId: file.personId,
        regionCode: file.personRegionCode,
        amountFen: '240000',
        givenOn: '2026-03-15',
        reference: '临工帮〔2026〕901号',
      },
    );
  });

  const disability = buildDisabilitySlice(world);
  const holder = disability.certificates.find((c) => c.personRegionCode.startsWith('230127'))!;
  const federationCaseworker = as('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], '230127');

  it('of an assistive device', async () => {
    const grant = `mutation($input: AssistiveDeviceInput!) { grantAssistiveDevice(input: $input) { id } }`;
    const input = {
      personId: holder.personId,
      device: '轮椅',
      value: '1200.00',
      grantedOn: '2024-03-06',
      reference: '残联辅具〔2024〕901号',
    };
    const send = (values: object) =>
      hub.query(grant, { input: values }, { principal: federationCaseworker });
    await writesOneSnapshot(
      'disabled-persons-federation',
      async () => (await send(input)).data!.grantAssistiveDevice.id as string,
      () => refusedWith(send({ ...input, value: '0', reference: 'x' }), 'value'),
      {
        department: 'DISABLED_PERSONS_FEDERATION',
        programme: 'ASSISTIVE_DEVICE',
        kind: 'IN_KIND',
        personId: holder.personId,
        regionCode: holder.personRegionCode,
        quantity: 1,
        unit: '件',
        givenOn: '2024-03-06',
        reference: '残联辅具〔2024〕901号',
      },
    );
  });

  it('of a rehabilitation service', async () => {
    const record = `mutation($input: RehabilitationInput!) { recordRehabilitationService(input: $input) { id } }`;
    const input = {
      personId: holder.personId,
      kind: 'THERAPY',
      servedOn: '2024-03-05',
      hours: 1.5,
      idempotencyKey: 'ledger-rehab-1',
    };
    const stranger = world.people.find(
      (p) =>
        p.regionCode.startsWith('230127') &&
        !disability.certificates.some((c) => c.personId === p.id),
    )!;
    const send = (values: object) =>
      hub.query(record, { input: values }, { principal: federationCaseworker });
    await writesOneSnapshot(
      'disabled-persons-federation',
      async () => (await send(input)).data!.recordRehabilitationService.id as string,
      () =>
        refusedWith(send({ ...input, personId: stranger.id, idempotencyKey: null }), 'personId'),
      {
        department: 'DISABLED_PERSONS_FEDERATION',
        programme: 'REHABILITATION',
        kind: 'SERVICE',
        personId: holder.personId,
        regionCode: holder.personRegionCode,
        quantity: 1,
        unit: '次',
        givenOn: '2024-03-05',
      },
    );
  });

  it('of an enrolment in a youth programme', async () => {
    const admin = as('YOUTH_LEAGUE', ['ADMIN'], '100000');
    const caseworker = as('YOUTH_LEAGUE', ['CASEWORKER'], '100000');
    const programme = await hub.query(
      `mutation { createYouthProgramme(input: { name: "账本营", kind: SUMMER_CAMP, regionCode: "620723105", startsOn: "2024-07-01", endsOn: "2024-08-15" }) { id } }`,
      {},
      { principal: admin },
    );
    const child = world.people.find((p) => p.regionCode.startsWith('620723105'))!;
    const enrol = `mutation($p: ID!, $c: ID!, $r: String!, $d: Date!) { enrolInYouthProgramme(input: { programmeId: $p, personId: $c, personRegionCode: $r, enrolledOn: $d }) { kind } }`;
    const vars = {
      p: programme.data!.createYouthProgramme.id,
      c: child.id,
      r: child.regionCode,
      d: '2024-07-02',
    };
    const send = (values: object) =>
      hub.query(enrol, { ...vars, ...values }, { principal: caseworker });
    await writesOneSnapshot(
      'youth-league',
      async () => {
        // An enrolment shows no id: it is found by its programme and person.
        expect((await send({})).errors).toBeUndefined();
        const [row] = await sql<{ id: string }>(
          'youth-league',
          'SELECT id FROM programme_enrolments WHERE programme_id = ? AND person_id = ?',
          [vars.p, vars.c],
        );
        return row!.id;
      },
      () => refusedWith(send({ d: '2024-09-01' }), 'enrolledOn'),
      {
        department: 'YOUTH_LEAGUE',
        programme: 'YOUTH_PROGRAMME',
        kind: 'SERVICE',
        personId: child.id,
        regionCode: child.regionCode,
        quantity: 1,
        unit: '个名额',
        givenOn: '2024-07-02',
      },
    );
  });

  it('of a charity grant, and of its reversal', async () => {
    const slice = buildCharitySlice(world);
    const aid = slice.grants.find(
      (g) => g.recipientKind === 'PERSON' && g.recipientRegionCode.startsWith('230127'),
    )!;
    const supervisor = as('CHARITY', ['SUPERVISOR'], '230127');
    const make = `mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) { id } }`;
    const input = {
      fundId: aid.fundId,
      recipientKind: 'PERSON',
      personId: aid.personId,
      amount: '300.00',
      grantedOn: '2023-12-01',
      purpose: '临时生活困难',
      reference: '慈资-账本-1',
    };
    const send = (values: object) => hub.query(make, { input: values }, { principal: supervisor });
    const made = await writesOneSnapshot(
      'charity',
      async () => (await send(input)).data!.makeCharityGrant.id as string,
      () => refusedWith(send({ ...input, amount: '0', reference: 'x' }), 'amount'),
      {
        department: 'CHARITY',
        programme: 'CHARITY_GRANT',
        kind: 'CASH',
        personId: aid.personId,
        regionCode: aid.recipientRegionCode,
        amountFen: '30000',
        givenOn: '2023-12-01',
        reference: '慈资-账本-1',
      },
    );
    const before = await outboxSize('charity');
    const reverse = `mutation($input: ReversalInput!) { reverseCharityGrant(input: $input) { id } }`;
    const reversal = { reference: input.reference, reason: '重复发放' };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await hub.query(reverse, { input: reversal }, { principal: supervisor });
      expect(answer.errors).toBeUndefined();
      expect(await snapshotsOf('charity', answer.data!.reverseCharityGrant.id)).toEqual([]);
    }
    expect(await outboxSize('charity')).toBe(before + 1);
    expect(await snapshotsOf('charity', made.recordId)).toEqual([
      made,
      { ...made, reversed: true },
    ]);
  });
});
