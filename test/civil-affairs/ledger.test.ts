import type { EntityManager } from '@mikro-orm/postgresql';
import { Registry } from 'prom-client';
import { deliberateOverlaps } from '../../demo-world/overlaps.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { department, DEPARTMENT_SERVICES } from '../../shared/departments.js';
import {
  REFERENCE_AUDIENCE,
  REFERENCE_GRANT_HEADER,
} from '../../shared/department/reference-grant.js';
import { LedgerConsumerMetrics } from '../../shared/observability/metrics.js';
import { chinaToday } from '../../shared/input/dates.js';
import { OTHER_HELP_PATH } from '../../shared/ledger/other-help.js';
import {
  applyNextBatch,
  catchUp,
  databaseSource,
  rebuildLedger,
  type LedgerSource,
} from '../../subgraphs/civil-affairs/ledger/consumer.js';
import { principal, startTestHub, type TestHub, HUB_SETUP_TIMEOUT_MS } from '../support/hub.js';

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
}, HUB_SETUP_TIMEOUT_MS);
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

interface OtherHelp {
  department: string;
  amount: string | null;
}
interface PairFigure {
  departments: string[];
  people: number | null;
  suppressed: boolean;
}
interface Village {
  region: { code: string };
  people: number | null;
}

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
  const help = `otherHelp { checked from to departments message
    help { department programme kind givenOn toHouseholdMember amount } }`;
  const first = await hub.query(
    `mutation($input: GrantUnionAssistanceInput!) { grantUnionAssistance(input: $input) { id ${help} } }`,
    {
      input: {
        personId,
        kind: 'LIVING',
        amount: '2000.00',
        grantedOn: day(1),
        reference: '木工帮-台账-1',
      },
    },
    { principal: as.union },
  );
  // Nobody else helped: the answer says so, and carries no notice.
  expect(first.errors).toBeUndefined();
  expect(first.data!.grantUnionAssistance.otherHelp).toMatchObject({
    checked: true,
    from: day(-29),
    to: day(31),
    departments: [],
    help: [],
  });
  expect(first.extensions?.notices).toBeUndefined();
  expect(await catchUp(em, sources)).toBe(1);

  const second = await ok(
    `mutation($input: GrantTemporaryAssistanceInput!) { grantTemporaryAssistance(input: $input) { id ${help} } }`,
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
  // Civil affairs learns of the union's grant, not of its amount.
  expect(second.grantTemporaryAssistance.otherHelp.help).toEqual([
    {
      department: 'TRADE_UNION',
      programme: 'UNION_ASSISTANCE',
      kind: 'CASH',
      givenOn: day(1),
      toHouseholdMember: false,
      amount: null,
    },
  ]);
  expect(await catchUp(em, sources)).toBe(1);

  // The third is warned of both, in the field and, unasked, in the response's notices.
  const charityGrant = {
    fundId: fund!.id,
    recipientKind: 'PERSON',
    personId,
    amount: '1000.00',
    grantedOn: day(5),
    purpose: '生活救助',
    reference: '慈资-台账-1',
  };
  const third = await hub.query(
    `mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) {
      amount ${help} person { benefits(from: "${day(0)}") { department kind givenOn amount } } } }`,
    { input: charityGrant },
    { principal: as.charity },
  );
  expect(third.errors).toBeUndefined();
  const grant = third.data!.makeCharityGrant;
  expect(grant.otherHelp).toMatchObject({
    checked: true,
    departments: ['TRADE_UNION', 'CIVIL_AFFAIRS'],
  });
  expect(
    (grant.otherHelp.help as OtherHelp[]).map((entry) => [entry.department, entry.amount]),
  ).toEqual([
    ['TRADE_UNION', null],
    ['CIVIL_AFFAIRS', null],
  ]);
  expect(grant.otherHelp.message).toContain('Trade union (工会) UNION_ASSISTANCE on ' + day(1));
  expect(grant.person.benefits).toEqual([
    { department: 'TRADE_UNION', kind: 'CASH', givenOn: day(1), amount: null },
    { department: 'CIVIL_AFFAIRS', kind: 'CASH', givenOn: day(3), amount: null },
  ]);
  expect(third.extensions?.notices).toEqual([
    {
      code: 'OTHER_HELP_IN_WINDOW',
      message: grant.otherHelp.message,
      path: ['makeCharityGrant'],
      departments: ['TRADE_UNION', 'CIVIL_AFFAIRS'],
    },
  ]);
  // A client that selected only the amount is warned all the same, also when it retries.
  const retried = await hub.query(
    `mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) { amount } }`,
    { input: charityGrant },
    { principal: as.charity },
  );
  expect((retried.extensions?.notices as any[])?.[0]?.departments).toEqual([
    'TRADE_UNION',
    'CIVIL_AFFAIRS',
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

it('warns a grant of help another department gave a member of the same household', async () => {
  const [pair] = await rows(
    'civil-affairs',
    `select a.household_id, a.person_id as helped, b.person_id as applicant from household_members a
       join household_members b on b.household_id = a.household_id and b.person_id <> a.person_id
       join households h on h.id = a.household_id
      where h.region_code like '${MULAN}%' and a.left_on is null and b.left_on is null
      order by a.household_id, a.person_id limit 1`,
  );
  const [fund] = await rows(
    'charity',
    `select id from charity_funds where region_code = '${MULAN}' limit 1`,
  );
  await ok(
    `mutation($input: GrantTemporaryAssistanceInput!) { grantTemporaryAssistance(input: $input) { id } }`,
    {
      input: { personId: pair!.helped, amount: '600.00', grantedOn: day(10), reason: '医疗' },
    },
  );
  await catchUp(em, sources);
  const grant = await hub.query(
    `mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) {
      otherHelp { departments help { department givenOn toHouseholdMember amount } } } }`,
    {
      input: {
        fundId: fund!.id,
        recipientKind: 'PERSON',
        personId: pair!.applicant,
        amount: '300.00',
        grantedOn: day(12),
        purpose: '助学',
        reference: '慈资-同户-1',
      },
    },
    { principal: as.charity },
  );
  expect(grant.errors).toBeUndefined();
  expect(grant.data!.makeCharityGrant.otherHelp.help).toContainEqual({
    department: 'CIVIL_AFFAIRS',
    givenOn: day(10),
    toHouseholdMember: true,
    amount: null,
  });
  expect(grant.extensions?.notices).toEqual([
    expect.objectContaining({ code: 'OTHER_HELP_IN_WINDOW', path: ['makeCharityGrant'] }),
  ]);
  // The household's own timeline holds both, each with the member it went to.
  await catchUp(em, sources);
  const household = await ok(
    `query($id: ID!) { household(id: $id) { benefits(from: "${day(10)}", to: "${day(12)}") {
      department givenOn person { id } } } }`,
    { id: pair!.household_id },
  );
  expect(household.household.benefits).toEqual([
    { department: 'CIVIL_AFFAIRS', givenOn: day(10), person: { id: pair!.helped } },
    { department: 'CHARITY', givenOn: day(12), person: { id: pair!.applicant } },
  ]);
  const analyst = await ok(
    `query($id: ID!) { household(id: $id) { benefits { givenOn } } }`,
    { id: pair!.household_id },
    as.analyst,
  );
  expect(analyst.household.benefits).toBeNull();
});

it('counts overlapping help by pair of departments, as computed by hand, small cells suppressed for analysts', async () => {
  await catchUp(em, sources);
  const windowDays = 7;
  const given = await rows(
    'civil-affairs',
    `select person_id, department, given_on::text from benefits
      where person_id is not null and not reversed and region_code like '${MULAN}%'`,
  );
  // By hand: for each person, every pair of departments with help at most windowDays apart.
  const byPerson = new Map<string, Array<{ department: string; day: number }>>();
  for (const row of given) {
    const list = byPerson.get(row.person_id) ?? [];
    list.push({ department: row.department, day: Date.parse(row.given_on) / 86_400_000 });
    byPerson.set(row.person_id, list);
  }
  const pairCounts = new Map<string, number>();
  let overlapping = 0;
  for (const list of byPerson.values()) {
    const pairs = new Set<string>();
    for (const a of list)
      for (const b of list)
        if (a.department < b.department && Math.abs(a.day - b.day) <= windowDays)
          pairs.add(`${a.department}+${b.department}`);
    for (const pair of pairs) pairCounts.set(pair, (pairCounts.get(pair) ?? 0) + 1);
    if (pairs.size) overlapping += 1;
  }
  expect(overlapping).toBeGreaterThan(0);
  const figures = `query { benefitOverlapFigures(regionCode: "${MULAN}", windowDays: ${windowDays}) {
    helped overlapping pairs { departments people suppressed } } }`;
  const exact = (await ok(figures, {})).benefitOverlapFigures;
  expect(exact.helped).toBe(byPerson.size);
  expect(exact.overlapping).toBe(overlapping);
  const asMap = (pairs: PairFigure[]) =>
    Object.fromEntries(pairs.map((pair) => [pair.departments.join('+'), pair.people]));
  expect(asMap(exact.pairs)).toEqual(Object.fromEntries(pairCounts));
  // Analysts get the same figures, but no count of one to four people.
  const analyst = (await ok(figures, {}, as.analyst)).benefitOverlapFigures;
  for (const pair of analyst.pairs) {
    const count = pairCounts.get(pair.departments.join('+'))!;
    expect(pair).toEqual({
      departments: pair.departments,
      people: count < 5 ? null : count,
      suppressed: count < 5,
    });
  }
  expect((analyst.pairs as PairFigure[]).some((pair) => pair.suppressed)).toBe(true);
  expect(analyst.overlapping).toBe(overlapping < 5 ? null : overlapping);
});

it('finds villages with registered people that no help or service reached, until some does', async () => {
  const query = `query { unservedVillages(regionCode: "${MULAN}", months: 6, first: 200) {
    region { code level } people suppressed lastServedOn } }`;
  const before = (await ok(query, {})).unservedVillages;
  expect(before.length).toBeGreaterThan(0);
  const since = new Date(`${chinaToday()}T00:00:00Z`);
  since.setUTCMonth(since.getUTCMonth() - 6);
  for (const village of before) {
    expect(village.region.level).toBe('VILLAGE');
    expect(village.people).toBeGreaterThan(0);
    if (village.lastServedOn)
      expect(village.lastServedOn < since.toISOString().slice(0, 10)).toBe(true);
  }
  const target = before[0];
  const [registered] = await rows(
    'civil-affairs',
    `select count(*)::int as n, min(id::text) as person_id from people where region_code = '${target.region.code}'`,
  );
  expect(target.people).toBe(registered!.n);
  await ok(
    `mutation($input: GrantTemporaryAssistanceInput!) { grantTemporaryAssistance(input: $input) { id } }`,
    {
      input: {
        personId: registered!.person_id,
        amount: '200.00',
        grantedOn: chinaToday(),
        reason: '走访发现',
      },
    },
  );
  await catchUp(em, sources);
  const after = (await ok(query, {})).unservedVillages;
  expect((after as Village[]).map((village) => village.region.code)).not.toContain(
    target.region.code,
  );
  // Analysts see the same villages, and no count of one to four people.
  const analyst = (await ok(query, {}, as.analyst)).unservedVillages;
  const exact = new Map(
    (after as Village[]).map((village) => [village.region.code, village.people]),
  );
  expect((analyst as Village[]).map((village) => village.region.code).sort()).toEqual(
    [...exact.keys()].sort(),
  );
  for (const village of analyst) {
    const count = exact.get(village.region.code) as number;
    expect([village.people, village.suppressed]).toEqual(count < 5 ? [null, true] : [count, false]);
  }
});

it('answers other departments only with a reference grant, and nothing for a person elsewhere', async () => {
  const url = new URL(OTHER_HELP_PATH, hub.subgraphs['civil-affairs']!.url);
  const query = {
    personId: '00000000-0000-4000-8000-000000000000',
    givenOn: day(0),
    department: 'CHARITY',
    windowDays: 30,
  };
  const unsigned = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(query),
  });
  expect(unsigned.status).toBe(401);
  const [elsewhere] = await rows(
    'civil-affairs',
    `select b.person_id, b.given_on::text, b.region_code, b.department from benefits b
      where b.region_code not like '${MULAN}%' and b.person_id is not null and not b.reversed
        and b.department <> 'CHARITY' limit 1`,
  );
  const grant = await hub.seamGrant(REFERENCE_AUDIENCE, as.charity, 'test');
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [REFERENCE_GRANT_HEADER]: grant },
    body: JSON.stringify({
      ...query,
      personId: elsewhere!.person_id,
      givenOn: elsewhere!.given_on,
    }),
  });
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ help: [] });
  // The same question from the person's own county is answered.
  const county = principal('CHARITY', ['SUPERVISOR'], String(elsewhere!.region_code).slice(0, 6));
  const there = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [REFERENCE_GRANT_HEADER]: await hub.seamGrant(REFERENCE_AUDIENCE, county, 'test'),
    },
    body: JSON.stringify({
      ...query,
      personId: elsewhere!.person_id,
      givenOn: elsewhere!.given_on,
    }),
  });
  expect(((await there.json()) as { help: Array<{ department: string }> }).help).toContainEqual(
    expect.objectContaining({ department: elsewhere!.department, givenOn: elsewhere!.given_on }),
  );
});

it('finds the demo world’s deliberate overlaps: civil affairs, the union and charity within five days', async () => {
  const planted = deliberateOverlaps(buildDemoWorld());
  expect(planted).toHaveLength(3);
  const found = await ok(
    `query { benefitOverlaps(regionCode: "${MULAN}", from: "2023-01-01", to: "2023-12-31", minDepartments: 3, windowDays: 5, first: 200) {
      departments windowStart person { id } } }`,
    {},
  );
  for (const overlap of planted) {
    expect(found.benefitOverlaps).toContainEqual({
      departments: 3,
      windowStart: overlap.unionOn,
      person: { id: overlap.personId },
    });
  }
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
