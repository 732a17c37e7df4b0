import type { EntityManager } from '@mikro-orm/postgresql';
import { Registry } from 'prom-client';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { department, DEPARTMENT_SERVICES } from '../../shared/departments.js';
import { LedgerConsumerMetrics } from '../../shared/observability/metrics.js';
import { chinaToday } from '../../shared/input/dates.js';
import {
  applyNextBatch,
  catchUp,
  databaseSource,
  rebuildLedger,
  type LedgerSource,
} from '../../subgraphs/civil-affairs/ledger/consumer.js';
import { principal, startTestHub, type TestHub } from '../support/hub.js';

// One benefit ledger across departments, built from each department's own records through its
// outbox: three departments' cash to one person in five days is found as an overlap; the read
// model rebuilt from scratch equals the one maintained; a consumer stopped mid-batch loses and
// duplicates nothing; its lag shows on /metrics until it catches up. The hub's own consumer
// sleeps here; the test drives the batches.

const MULAN = '230127';
const as = {
  civil: principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN),
  union: principal('TRADE_UNION', ['CASEWORKER'], MULAN),
  charity: principal('CHARITY', ['SUPERVISOR'], MULAN),
  analyst: principal('CIVIL_AFFAIRS', ['ANALYST'], MULAN),
};

let hub: TestHub;
let sources: LedgerSource[];
const em = (): EntityManager => hub.subgraphs['civil-affairs']!.database.orm.em.fork();
beforeAll(async () => {
  hub = await startTestHub({ env: { LEDGER_POLL_MS: '600000' } });
  const server = parseDatabaseUrl(process.env.HUB_TEST_DATABASE_URL!);
  sources = DEPARTMENT_SERVICES.map((service) =>
    databaseSource(server, service, hub.subgraphs[service]!.database.orm.config.get('dbName')),
  );
  await catchUp(em, sources);
}, 240_000);
afterAll(async () => {
  await Promise.all(sources.map((source) => source.close()));
  await hub?.stop();
}, 60_000);

async function rows(service: string, text: string): Promise<Array<Record<string, any>>> {
  return hub.subgraphs[service]!.database.orm.em.fork().getConnection().execute(text);
}
const ledgerRows = () =>
  rows(
    'civil-affairs',
    `select department, record_id, programme, kind, person_id, region_code, amount_fen, quantity,
            unit, given_on::text, reference, reversed, source_seq from benefits
      order by department, record_id`,
  );
const day = (offset: number) => {
  const date = new Date(`${chinaToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 30 + offset);
  return date.toISOString().slice(0, 10);
};

async function ok(query: string, variables: Record<string, unknown>, who = as.civil) {
  const answer = await hub.query(query, variables, { principal: who });
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

it('holds one row for every benefit record of every department, from the demo world', async () => {
  const ledger = await ledgerRows();
  const counted: Record<string, number> = {};
  for (const row of ledger) counted[row.department] = (counted[row.department] ?? 0) + 1;
  const [assistance] = await rows(
    'civil-affairs',
    'select count(*)::int as n from temporary_assistance',
  );
  const [union] = await rows('trade-union', 'select count(*)::int as n from union_assistance');
  expect(counted.CIVIL_AFFAIRS).toBe(assistance!.n);
  expect(counted.TRADE_UNION).toBe(union!.n);
  expect(Object.keys(counted).length).toBeGreaterThanOrEqual(4);
});

it('finds three departments’ cash to one person within days, and shows each amount by its rule', async () => {
  const [file] = await rows(
    'trade-union',
    `select person_id from worker_files where person_region_code like '${MULAN}%' and status = 'OPEN' order by person_id limit 1`,
  );
  const [fund] = await rows(
    'charity',
    `select id from charity_funds where region_code = '${MULAN}' limit 1`,
  );
  const personId = file!.person_id as string;
  await ok(
    `mutation($input: GrantUnionAssistanceInput!) { grantUnionAssistance(input: $input) { id } }`,
    {
      input: {
        personId,
        kind: 'LIVING',
        amount: '2000.00',
        grantedOn: day(1),
        reference: '木工帮-台账-1',
      },
    },
    as.union,
  );
  await ok(
    `mutation($input: GrantTemporaryAssistanceInput!) { grantTemporaryAssistance(input: $input) { id } }`,
    {
      input: {
        personId,
        amount: '1500.00',
        grantedOn: day(3),
        reason: '突发疾病',
        idempotencyKey: 'ledger-1',
      },
    },
  );
  // The first two are in the ledger by the time charity gives: its answer warns of them.
  expect(await catchUp(em, sources)).toBe(2);
  const third = await ok(
    `mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) {
      amount person { benefits(from: "${day(0)}") { department kind givenOn amount } } } }`,
    {
      input: {
        fundId: fund!.id,
        recipientKind: 'PERSON',
        personId,
        amount: '1000.00',
        grantedOn: day(5),
        purpose: '生活救助',
        reference: '慈资-台账-1',
      },
    },
    as.charity,
  );
  expect(third.makeCharityGrant.person.benefits).toEqual([
    { department: 'TRADE_UNION', kind: 'CASH', givenOn: day(1), amount: null },
    { department: 'CIVIL_AFFAIRS', kind: 'CASH', givenOn: day(3), amount: null },
  ]);
  expect(await catchUp(em, sources)).toBe(1);

  const overlaps = `query($code: String!, $from: Date) {
    benefitOverlaps(regionCode: $code, from: $from, minDepartments: 3, windowDays: 7) {
      departments windowStart person { id } benefits { department programme kind givenOn amount } } }`;
  const found = await ok(overlaps, { code: MULAN, from: day(0) });
  const mine = found.benefitOverlaps.find((row: any) => row.person.id === personId);
  expect(mine).toMatchObject({ departments: 3, windowStart: day(1) });
  expect(mine.benefits).toEqual([
    {
      department: 'TRADE_UNION',
      programme: 'UNION_ASSISTANCE',
      kind: 'CASH',
      givenOn: day(1),
      amount: null,
    },
    {
      department: 'CIVIL_AFFAIRS',
      programme: 'TEMPORARY_ASSISTANCE',
      kind: 'CASH',
      givenOn: day(3),
      amount: '1500.00',
    },
    {
      department: 'CHARITY',
      programme: 'CHARITY_GRANT',
      kind: 'CASH',
      givenOn: day(5),
      amount: null,
    },
  ]);
  // Two days apart at most: no window holds all three.
  const narrow = await ok(
    `query($code: String!, $from: Date) { benefitOverlaps(regionCode: $code, from: $from, minDepartments: 3, windowDays: 2) { person { id } } }`,
    { code: MULAN, from: day(0) },
  );
  expect(
    narrow.benefitOverlaps.map((row: { person: { id: string } }) => row.person.id),
  ).not.toContain(personId);
  // The union sees its own amount on the person's ledger, and not the others'.
  const union = await ok(
    `query($id: ID!) { person(id: $id) { benefits(from: "${day(0)}") { department amount } } }`,
    { id: personId },
    as.union,
  );
  expect(union.person.benefits).toEqual([
    { department: 'TRADE_UNION', amount: '2000.00' },
    { department: 'CIVIL_AFFAIRS', amount: null },
    { department: 'CHARITY', amount: null },
  ]);
  // Analysts do not get lists of people.
  const analyst = await hub.query(
    overlaps,
    { code: MULAN, from: day(0) },
    { principal: as.analyst },
  );
  expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('rebuilt from scratch equals the read model it maintained', async () => {
  await catchUp(em, sources);
  const maintained = await ledgerRows();
  expect(maintained.length).toBeGreaterThan(0);
  await rebuildLedger(em, sources);
  expect(await ledgerRows()).toEqual(maintained);
});

it('loses and duplicates nothing when the consumer stops mid-batch', async () => {
  const charity = sources.find((source) => source.department === 'CHARITY')!;
  const before = await ledgerRows();
  await rows('civil-affairs', `delete from benefits where department = 'CHARITY'`);
  await rows('civil-affairs', `update ledger_checkpoints set seq = 0 where department = 'CHARITY'`);
  const stopped = new Error('stopped between the upsert and the checkpoint');
  await expect(
    applyNextBatch(em(), charity, {
      limit: 5,
      failBeforeCommit: () => {
        throw stopped;
      },
    }),
  ).rejects.toBe(stopped);
  const [checkpoint] = await rows(
    'civil-affairs',
    `select seq::int as seq from ledger_checkpoints where department = 'CHARITY'`,
  );
  expect(checkpoint!.seq).toBe(0);
  const [{ n }] = (await rows(
    'civil-affairs',
    `select count(*)::int as n from benefits where department = 'CHARITY'`,
  )) as [{ n: number }];
  expect(n).toBe(0);
  // Applied twice over (the same batch again, then all): each record once, as before.
  await applyNextBatch(em(), charity, { limit: 5 });
  await rows('civil-affairs', `update ledger_checkpoints set seq = 0 where department = 'CHARITY'`);
  await catchUp(em, [charity]);
  expect(await ledgerRows()).toEqual(before);
});

it('reports how far it has applied each department, for administrators', async () => {
  const status = await ok(
    `query { ledgerStatus { department appliedSeq lagSeconds } }`,
    {},
    principal('CIVIL_AFFAIRS', ['ADMIN'], MULAN),
  );
  expect(status.ledgerStatus).toHaveLength(6);
  expect(status.ledgerStatus.every((row: any) => row.lagSeconds === 0)).toBe(true);
});

it('finds a household of a category no one helped lately, until someone does', async () => {
  const [household] = await rows(
    'civil-affairs',
    `select h.id, h.head_person_id from households h
      where h.region_code like '${MULAN}%' and not exists (
        select 1 from household_members m join benefits b on b.person_id = m.person_id
         where m.household_id = h.id)
      order by h.id limit 1`,
  );
  await ok(
    `mutation($input: SetHouseholdCategoriesInput!) { setHouseholdCategories(input: $input) { id } }`,
    { input: { householdId: household!.id, categories: ['EMPTY_NEST'] } },
  );
  const gaps = `query { benefitGaps(regionCode: "${MULAN}", category: EMPTY_NEST, months: 3, first: 200) { id } }`;
  const before = await ok(gaps, {});
  expect(before.benefitGaps.map((row: { id: string }) => row.id)).toContain(household!.id);
  await ok(
    `mutation($input: GrantTemporaryAssistanceInput!) { grantTemporaryAssistance(input: $input) { id } }`,
    {
      input: {
        personId: household!.head_person_id,
        amount: '800.00',
        grantedOn: chinaToday(),
        reason: '空巢老人生活困难',
      },
    },
  );
  await catchUp(em, sources);
  const after = await ok(gaps, {});
  expect(after.benefitGaps.map((row: { id: string }) => row.id)).not.toContain(household!.id);
  // Categories are civil affairs' record: other departments do not search by them.
  const union = await hub.query(gaps, {}, { principal: as.union });
  expect(union.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it("shows each department's lag and applied snapshots on civil affairs' /metrics", async () => {
  // The hub's own consumer has declared a series for every department it reads.
  const page = await (await fetch(new URL('/metrics', hub.subgraphs['civil-affairs']!.url))).text();
  for (const service of DEPARTMENT_SERVICES) {
    const code = department(service).code;
    expect(page).toMatch(
      new RegExp(`^hub_ledger_consumer_lag_seconds\\{[^}]*department="${code}"[^}]*\\} \\d`, 'm'),
    );
    expect(page).toMatch(
      new RegExp(`^hub_ledger_consumer_applied_total\\{[^}]*department="${code}"[^}]*\\} \\d`, 'm'),
    );
  }

  // A consumer of the test's own, whose clock runs a minute ahead: a snapshot that waits shows a
  // lag of a minute at least; once applied, none.
  const registry = new Registry();
  const metrics = new LedgerConsumerMetrics(registry, () => Date.now() + 60_000);
  metrics.declare(sources.map((source) => source.department));
  const value = async (name: string) => {
    const metric = (await registry.getMetricsAsJSON()).find((entry) => entry.name === name)!;
    return metric.values.find((entry) => entry.labels.department === 'TRADE_UNION')!.value;
  };
  expect(await value('hub_ledger_consumer_lag_seconds')).toBe(0);
  const [file] = await rows(
    'trade-union',
    `select person_id from worker_files where person_region_code like '${MULAN}%' and status = 'OPEN' order by person_id desc limit 1`,
  );
  await ok(
    `mutation($input: GrantUnionAssistanceInput!) { grantUnionAssistance(input: $input) { id } }`,
    {
      input: {
        personId: file!.person_id,
        kind: 'MEDICAL',
        amount: '600.00',
        grantedOn: chinaToday(),
        reference: '木工帮-台账-滞后',
      },
    },
    as.union,
  );
  const union = sources.find((source) => source.department === 'TRADE_UNION')!;
  const stopped = new Error('stopped between the upsert and the checkpoint');
  await expect(
    applyNextBatch(em(), union, {
      observer: metrics,
      failBeforeCommit: () => {
        throw stopped;
      },
    }),
  ).rejects.toBe(stopped);
  expect(await value('hub_ledger_consumer_lag_seconds')).toBeGreaterThanOrEqual(60);
  expect(await value('hub_ledger_consumer_applied_total')).toBe(0);

  expect(await catchUp(em, sources, undefined, metrics)).toBe(1);
  expect(await value('hub_ledger_consumer_lag_seconds')).toBe(0);
  expect(await value('hub_ledger_consumer_applied_total')).toBe(1);
});
