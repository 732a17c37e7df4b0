import type { EntityManager } from '@mikro-orm/postgresql';
import { parseDatabaseUrl } from '../../shared/db/connection.js';
import { DEPARTMENT_SERVICES, type DepartmentService } from '../../shared/departments.js';
import { chinaToday } from '../../shared/input/dates.js';
import {
  changeLogSource,
  followNextBatch,
  followRegister,
  type ChangeLogSource,
} from '../../shared/register/follower.js';
import type { PersonalTables } from '../../shared/register/personal-tables.js';
import {
  catchUp,
  databaseSource,
  type LedgerSource,
} from '../../subgraphs/civil-affairs/ledger/consumer.js';
import { charityPersonal } from '../../subgraphs/charity/personal.js';
import { disabilityFederationPersonal } from '../../subgraphs/disabled-persons-federation/personal.js';
import { tradeUnionPersonal } from '../../subgraphs/trade-union/personal.js';
import { womenFederationPersonal } from '../../subgraphs/women-federation/personal.js';
import { youthLeaguePersonal } from '../../subgraphs/youth-league/personal.js';
import { principal, startTestHub, type TestHub, HUB_SETUP_TIMEOUT_MS } from '../support/hub.js';

// Two entries of the register that are one person, found by duplicatePeople in the demo world,
// are merged: civil affairs moves its own records at once, and every other department's follower
// moves its own from the register's change log, with the benefit ledger following. Writes that
// name the merged entry are refused; undone, every record that moved goes back and what was
// written to the survivor meanwhile stays. The hub's followers sleep here; the test drives them.

const MULAN = '230127';
const LINZE = '620723';
const as = {
  supervisor: principal('CIVIL_AFFAIRS', ['SUPERVISOR'], MULAN),
  civil: principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN),
  union: principal('TRADE_UNION', ['CASEWORKER'], MULAN),
  linzeUnion: principal('TRADE_UNION', ['CASEWORKER'], LINZE),
  charity: principal('CHARITY', ['SUPERVISOR'], MULAN),
  disability: principal('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], MULAN),
  youth: principal('YOUTH_LEAGUE', ['CASEWORKER'], MULAN),
  unionSupervisor: principal('TRADE_UNION', ['SUPERVISOR'], MULAN),
  linzeSupervisor: principal('CIVIL_AFFAIRS', ['SUPERVISOR'], LINZE),
};

const FOLLOWERS: Record<Exclude<DepartmentService, 'civil-affairs'>, PersonalTables<any>> = {
  'trade-union': tradeUnionPersonal,
  'youth-league': youthLeaguePersonal,
  'women-federation': womenFederationPersonal,
  'disabled-persons-federation': disabilityFederationPersonal,
  charity: charityPersonal,
};

let hub: TestHub;
let changes: ChangeLogSource;
let outboxes: LedgerSource[];
const em = (service: string) => (): EntityManager => hub.subgraphs[service]!.database.orm.em.fork();

beforeAll(async () => {
  hub = await startTestHub({ env: { REGISTER_POLL_MS: '600000', LEDGER_POLL_MS: '600000' } });
  const server = parseDatabaseUrl(process.env.HUB_TEST_DATABASE_URL!);
  const dbName = (service: string) => hub.subgraphs[service]!.database.orm.config.get('dbName')!;
  changes = changeLogSource(server, dbName('civil-affairs'));
  outboxes = DEPARTMENT_SERVICES.map((service) => databaseSource(server, service, dbName(service)));
  await catchUp(em('civil-affairs'), outboxes);
}, HUB_SETUP_TIMEOUT_MS);
afterAll(async () => {
  await changes?.close();
  await Promise.all((outboxes ?? []).map((source) => source.close()));
  await hub?.stop();
}, 60_000);

/** Every follower brought up to date; returns how many changes each applied. */
async function followAll(): Promise<Record<string, number>> {
  const applied: Record<string, number> = {};
  for (const [service, personal] of Object.entries(FOLLOWERS)) {
    applied[service] = await followRegister(em(service), personal, changes);
  }
  return applied;
}

async function rows(service: string, text: string, params: unknown[] = []) {
  return hub.subgraphs[service]!.database.orm.em.fork()
    .getConnection()
    .execute<Array<Record<string, any>>>(text, params);
}

/** The departments whose help the ledger holds for a person, once it has caught up. */
async function ledgerDepartmentsOf(personId: string): Promise<string[]> {
  await catchUp(em('civil-affairs'), outboxes);
  const ledger = await rows(
    'civil-affairs',
    'select department from benefits where person_id = ? order by department',
    [personId],
  );
  return ledger.map((row) => String(row.department));
}
const EVERY_GIVING_DEPARTMENT = [
  'CHARITY',
  'CIVIL_AFFAIRS',
  'DISABLED_PERSONS_FEDERATION',
  'TRADE_UNION',
  'YOUTH_LEAGUE',
];

/** Who holds each record of the merge's tables, to compare before and after. */
async function holders(ids: { survivor: string; merged: string }) {
  const tables: Array<[string, string, string]> = [
    ['civil-affairs', 'temporary_assistance', 'person_id'],
    ['trade-union', 'worker_files', 'person_id'],
    ['trade-union', 'union_assistance', 'person_id'],
    ['charity', 'charity_grants', 'person_id'],
    ['disabled-persons-federation', 'certificates', 'person_id'],
    ['disabled-persons-federation', 'rehabilitation_services', 'person_id'],
    ['youth-league', 'programme_enrolments', 'person_id'],
  ];
  const found: Record<string, Record<string, string>> = {};
  for (const [service, table, column] of tables) {
    const held = await rows(
      service,
      `select id::text as id, ${column}::text as person from ${table} where ${column} in (?, ?) order by id`,
      [ids.survivor, ids.merged],
    );
    found[`${service}.${table}`] = Object.fromEntries(
      held.map((row) => [row.id, row.person === ids.survivor ? 'survivor' : 'merged']),
    );
  }
  return found;
}

const day = (offset: number) => {
  const date = new Date(`${chinaToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 30 + offset);
  return date.toISOString().slice(0, 10);
};

async function ok(query: string, variables: Record<string, unknown>, who: typeof as.civil) {
  const answer = await hub.query(query, variables, { principal: who });
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

const GRANT_ASSISTANCE = `mutation($input: GrantTemporaryAssistanceInput!) { grantTemporaryAssistance(input: $input) { id } }`;
const GRANT_UNION = `mutation($input: GrantUnionAssistanceInput!) { grantUnionAssistance(input: $input) { id } }`;
const MERGE = `mutation($input: MergePeopleInput!) { mergePeople(input: $input) {
  id reason mergedBy undoneAt followedBy survivor { id } merged { id mergedInto { id } } } }`;
const UNMERGE = `mutation($input: UnmergePeopleInput!) { unmergePeople(input: $input) {
  id undoneAt undoneBy undoReason followedBy merged { id mergedInto { id } } } }`;
const LOG = `query($code: String!) { personMerges(regionCode: $code) { totalCount edges { node {
  id reason undoReason followedBy survivor { id } merged { id } } } } }`;

const pair = { survivor: '', merged: '' };
let mergeId = '';
/** Who held what just before the merge. */
let beforeMerge: Record<string, Record<string, string>> = {};
const written: Record<string, string> = {};

it('finds a duplicate registration of the demo world, and gives the second entry records in five departments', async () => {
  const found = await ok(
    `query($code: String!) { duplicatePeople(regionCode: $code) { reasons people { id name } } }`,
    { code: MULAN },
    as.civil,
  );
  const both = found.duplicatePeople.filter(
    (candidate: { reasons: string[] }) => candidate.reasons.length === 2,
  );
  expect(both.length).toBeGreaterThanOrEqual(1);
  // The first entry stays; the second, entered again under a mistyped number, is merged into it.
  [pair.survivor, pair.merged] = both[0].people.map((person: { id: string }) => person.id);
  expect(both[0].people[0].name).toBe(both[0].people[1].name);

  const [merged] = await rows(
    'civil-affairs',
    'select identity_number, region_code from people where id = ?',
    [pair.merged],
  );
  const [fund] = await rows(
    'charity',
    `select id from charity_funds where region_code = '${MULAN}' limit 1`,
  );
  const [programme] = await rows(
    'youth-league',
    `select id, starts_on::text as starts_on from youth_programmes
      where region_code like '${MULAN}%' and starts_on <= current_date order by id limit 1`,
  );
  written.assistance = (
    await ok(
      GRANT_ASSISTANCE,
      {
        input: {
          personId: pair.merged,
          amount: '600.00',
          grantedOn: day(1),
          reason: '合并前的救助',
        },
      },
      as.civil,
    )
  ).grantTemporaryAssistance.id;
  // Both entries have a worker file: one per person, so the merged entry's stays where it is.
  for (const personId of [pair.survivor, pair.merged]) {
    await ok(
      `mutation($input: OpenWorkerFileInput!) { openWorkerFile(input: $input) { status } }`,
      {
        input: {
          personId,
          employer: '木兰县农机厂',
          reason: 'ILLNESS',
          level: 'ORDINARY',
          openedOn: day(0),
          householdIncomePerCapita: '500.00',
        },
      },
      as.union,
    );
  }
  written.union = (
    await ok(
      GRANT_UNION,
      {
        input: {
          personId: pair.merged,
          kind: 'LIVING',
          amount: '800.00',
          grantedOn: day(2),
          reference: '合并-工会-1',
        },
      },
      as.union,
    )
  ).grantUnionAssistance.id;
  written.charity = (
    await ok(
      `mutation($input: CharityGrantInput!) { makeCharityGrant(input: $input) { id } }`,
      {
        input: {
          fundId: fund!.id,
          recipientKind: 'PERSON',
          personId: pair.merged,
          amount: '300.00',
          grantedOn: day(3),
          purpose: '生活救助',
          reference: '合并-慈善-1',
        },
      },
      as.charity,
    )
  ).makeCharityGrant.id;
  await ok(
    `mutation($input: IssueCertificateInput!) { issueDisabilityCertificate(input: $input) { grade } }`,
    {
      input: {
        personId: pair.merged,
        identityNumber: merged!.identity_number,
        category: 'PHYSICAL',
        grade: 3,
        issuedOn: day(0),
        expiresOn: '2034-01-01',
      },
    },
    as.disability,
  );
  written.rehabilitation = (
    await ok(
      `mutation($input: RehabilitationInput!) { recordRehabilitationService(input: $input) { id } }`,
      { input: { personId: pair.merged, kind: 'THERAPY', servedOn: day(4), hours: 1 } },
      as.disability,
    )
  ).recordRehabilitationService.id;
  await ok(
    `mutation($input: EnrolmentInput!) { enrolInYouthProgramme(input: $input) { enrolledOn } }`,
    {
      input: {
        programmeId: programme!.id,
        personId: pair.merged,
        enrolledOn: programme!.starts_on,
      },
    },
    as.youth,
  );
  expect(await ledgerDepartmentsOf(pair.merged)).toEqual(EVERY_GIVING_DEPARTMENT);
});

it('refuses a merge that is not a civil-affairs supervisor’s in the region of both, or makes no sense', async () => {
  const before = await hub.everyRowCount();
  const attempt = async (input: Record<string, unknown>, who = as.supervisor) => {
    const answer = await hub.query(MERGE, { input }, { principal: who });
    return answer.errors?.[0];
  };
  const good = { survivorId: pair.survivor, mergedId: pair.merged, reason: '同一人重复登记' };
  expect((await attempt({ ...good, mergedId: pair.survivor }))?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'mergedId',
  });
  expect((await attempt({ ...good, reason: '   ' }))?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'reason',
  });
  expect((await attempt(good, as.civil))?.extensions?.code).toBe('FORBIDDEN');
  expect((await attempt(good, as.unionSupervisor))?.extensions?.code).toBe('FORBIDDEN');
  // Out of the region reads as absent, in the same words.
  const elsewhere = await attempt(good, as.linzeSupervisor);
  const absent = await attempt(
    { ...good, survivorId: '01890000-0000-7000-8000-0000000000aa' },
    as.linzeSupervisor,
  );
  expect(elsewhere?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'survivorId' });
  expect(elsewhere?.message).toBe(absent?.message);
  expect(await hub.everyRowCount()).toEqual(before);
});

it('merges them: civil affairs at once, the survivor takes no part of the merged entry’s lists', async () => {
  const [{ n: listed }] = (await ok(
    `query($code: String!) { people(filter: { regionCode: $code }, first: 0) { totalCount } }`,
    { code: MULAN },
    as.civil,
  ).then((data) => [{ n: data.people.totalCount as number }])) as [{ n: number }];
  beforeMerge = await holders(pair);

  const merged = await ok(
    MERGE,
    {
      input: {
        survivorId: pair.survivor,
        mergedId: pair.merged,
        reason: '同一人重复登记，身份证号录错',
      },
    },
    as.supervisor,
  );
  mergeId = merged.mergePeople.id;
  expect(merged.mergePeople).toMatchObject({
    reason: '同一人重复登记，身份证号录错',
    mergedBy: as.supervisor.subject,
    undoneAt: null,
    followedBy: ['CIVIL_AFFAIRS'],
    survivor: { id: pair.survivor },
    merged: { id: pair.merged, mergedInto: { id: pair.survivor } },
  });
  // Civil affairs' own records moved in the merge's transaction.
  const [assistance] = await rows(
    'civil-affairs',
    'select person_id::text as person from temporary_assistance where id = ?',
    [written.assistance],
  );
  expect(assistance!.person).toBe(pair.survivor);

  // The merged entry leaves lists, counts and duplicate candidates, and stays readable, marked.
  const after = await ok(
    `query($code: String!, $id: ID!) {
      people(filter: { regionCode: $code }, first: 0) { totalCount }
      duplicatePeople(regionCode: $code) { people { id } }
      person(id: $id) { id mergedInto { id } } }`,
    { code: MULAN, id: pair.merged },
    as.civil,
  );
  expect(after.people.totalCount).toBe(listed - 1);
  expect(
    after.duplicatePeople.flatMap((c: { people: Array<{ id: string }> }) =>
      c.people.map((p) => p.id),
    ),
  ).not.toContain(pair.merged);
  expect(after.person).toEqual({ id: pair.merged, mergedInto: { id: pair.survivor } });

  // The access log keeps who merged which entries, and why.
  const logged = await rows(
    'civil-affairs',
    `select person_id::text as person, purpose from access_log where 'personMerged' = any(fields) order by person_id`,
  );
  expect(logged).toEqual(
    [pair.survivor, pair.merged].sort().map((person) => ({
      person,
      purpose: '同一人重复登记，身份证号录错',
    })),
  );
});

it('refuses writes naming the merged entry, saying so only to whom may see it', async () => {
  const grant = (who: typeof as.union) =>
    hub.query(
      GRANT_UNION,
      {
        input: {
          personId: pair.merged,
          kind: 'LIVING',
          amount: '100.00',
          grantedOn: day(6),
          reference: '合并-工会-拒',
        },
      },
      { principal: who },
    );
  const refused = (await grant(as.union)).errors?.[0];
  expect(refused?.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'personId',
    mergedInto: pair.survivor,
  });
  expect(refused?.message).toMatch(/merged/);
  const linze = (await grant(as.linzeUnion)).errors?.[0];
  expect(linze?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'personId' });
  expect(linze?.message).not.toMatch(/merged/);
  const civil = await hub.query(
    GRANT_ASSISTANCE,
    { input: { personId: pair.merged, amount: '100.00', grantedOn: day(6), reason: '拒' } },
    { principal: as.civil },
  );
  expect(civil.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'personId' });
  const again = await hub.query(
    MERGE,
    { input: { survivorId: pair.survivor, mergedId: pair.merged, reason: '再次' } },
    { principal: as.supervisor },
  );
  expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'mergedId' });
});

it('leaves nothing half-moved when a follower stops inside its transaction', async () => {
  const before = await holders(pair);
  const stopped = new Error('stopped between the moves and the checkpoint');
  await expect(
    followNextBatch(em('youth-league')(), youthLeaguePersonal, changes, {
      failBeforeCommit: () => {
        throw stopped;
      },
    }),
  ).rejects.toBe(stopped);
  expect(await holders(pair)).toEqual(before);
  expect(await hub.rowCount('youth-league', 'person_merge_moves')).toBe(0);
  const [checkpoint] = await rows(
    'youth-league',
    'select seq::int as seq from register_checkpoint',
  );
  expect(checkpoint!.seq).toBe(0);
});

it('every department follows: the survivor’s person shows every record, and the ledger follows', async () => {
  const before = await holders(pair);
  expect(await followAll()).toEqual({
    'trade-union': 1,
    'youth-league': 1,
    'women-federation': 1,
    'disabled-persons-federation': 1,
    charity: 1,
  });
  const after = await holders(pair);
  // Everything of the merged entry is the survivor's now, but its own worker file: the survivor
  // has one, and a person has one.
  for (const [table, held] of Object.entries(after)) {
    for (const [id, who] of Object.entries(held)) {
      const expected =
        table === 'trade-union.worker_files' && before[table]![id] === 'merged'
          ? 'merged'
          : 'survivor';
      expect({ table, id, who }).toEqual({ table, id, who: expected });
    }
  }
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const table of Object.keys(after)) {
    expect(Object.keys(after[table]!).sort()).toEqual(Object.keys(before[table]!).sort());
  }
  // Moved rows take the survivor's division.
  const [moved] = await rows(
    'trade-union',
    'select person_region_code from union_assistance where id = ?',
    [written.union],
  );
  const [survivor] = await rows('civil-affairs', 'select region_code from people where id = ?', [
    pair.survivor,
  ]);
  expect(moved!.person_region_code).toBe(survivor!.region_code);

  // Each department's case team sees the merged entry's records on the survivor.
  const view = async (who: typeof as.union, field: string, selection = 'id'): Promise<any> =>
    (
      await ok(
        `query($id: ID!) { person(id: $id) { ${field} { ${selection} } } }`,
        { id: pair.survivor },
        who,
      )
    ).person[field];
  expect((await view(as.civil, 'temporaryAssistance')).map((r: { id: string }) => r.id)).toContain(
    written.assistance,
  );
  expect((await view(as.union, 'unionAssistance')).map((r: { id: string }) => r.id)).toContain(
    written.union,
  );
  expect((await view(as.charity, 'charityAid')).map((r: { id: string }) => r.id)).toContain(
    written.charity,
  );
  expect(
    (await view(as.disability, 'rehabilitationServices')).map((r: { id: string }) => r.id),
  ).toContain(written.rehabilitation);
  expect(await view(as.disability, 'disabilityCertificate', 'grade')).toEqual({ grade: 3 });
  expect((await view(as.youth, 'youthProgrammes', 'enrolledOn')).length).toBeGreaterThan(0);

  // Moved records re-emitted their snapshots: the ledger names the survivor.
  await catchUp(em('civil-affairs'), outboxes);
  const ledger = await rows(
    'civil-affairs',
    'select count(*)::int as n from benefits where person_id = ?',
    [pair.merged],
  );
  expect(ledger[0]!.n).toBe(0);

  const log = await ok(LOG, { code: MULAN }, as.supervisor);
  expect(log.personMerges.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
    id: mergeId,
    reason: '同一人重复登记，身份证号录错',
    undoReason: null,
    followedBy: [
      'CIVIL_AFFAIRS',
      'TRADE_UNION',
      'YOUTH_LEAGUE',
      'WOMEN_FEDERATION',
      'DISABLED_PERSONS_FEDERATION',
      'CHARITY',
    ],
    survivor: { id: pair.survivor },
    merged: { id: pair.merged },
  });
});

it('changes nothing when a follower applies the same change again', async () => {
  const before = await holders(pair);
  const moves = await hub.rowCount('trade-union', 'person_merge_moves');
  const outbox = await hub.rowCount('trade-union', 'ledger_outbox');
  await rows('trade-union', 'update register_checkpoint set seq = 0');
  expect(await followRegister(em('trade-union'), tradeUnionPersonal, changes)).toBe(1);
  expect(await holders(pair)).toEqual(before);
  expect(await hub.rowCount('trade-union', 'person_merge_moves')).toBe(moves);
  expect(await hub.rowCount('trade-union', 'ledger_outbox')).toBe(outbox);
});

it('undoes the merge: every record that moved goes back, what the survivor gained since stays', async () => {
  const merged = await holders(pair);
  // Written to the survivor after the merge: stays with it.
  written.later = (
    await ok(
      GRANT_UNION,
      {
        input: {
          personId: pair.survivor,
          kind: 'MEDICAL',
          amount: '200.00',
          grantedOn: day(7),
          reference: '合并-工会-2',
        },
      },
      as.union,
    )
  ).grantUnionAssistance.id;
  written.laterAssistance = (
    await ok(
      GRANT_ASSISTANCE,
      { input: { personId: pair.survivor, amount: '100.00', grantedOn: day(7), reason: '合并后' } },
      as.civil,
    )
  ).grantTemporaryAssistance.id;

  const undone = await ok(UNMERGE, { input: { mergeId, reason: '核实为两人' } }, as.supervisor);
  expect(undone.unmergePeople).toMatchObject({
    id: mergeId,
    undoneBy: as.supervisor.subject,
    undoReason: '核实为两人',
    followedBy: ['CIVIL_AFFAIRS'],
    merged: { id: pair.merged, mergedInto: null },
  });
  expect(undone.unmergePeople.undoneAt).not.toBeNull();
  expect(await followAll()).toEqual({
    'trade-union': 1,
    'youth-league': 1,
    'women-federation': 1,
    'disabled-persons-federation': 1,
    charity: 1,
  });

  const after = await holders(pair);
  expect(Object.values(merged['trade-union.union_assistance']!)).not.toContain('merged');
  // What the merged entry held before the merge is its own again.
  const back = (table: string, id: string) => expect(after[table]![id]).toBe('merged');
  back('civil-affairs.temporary_assistance', written.assistance!);
  back('trade-union.union_assistance', written.union!);
  back('charity.charity_grants', written.charity!);
  back('disabled-persons-federation.rehabilitation_services', written.rehabilitation!);
  expect(Object.values(after['disabled-persons-federation.certificates']!)).toEqual(['merged']);
  expect(Object.values(after['youth-league.programme_enrolments']!)).toContain('merged');
  // What the survivor gained meanwhile stays with it.
  expect(after['trade-union.union_assistance']![written.later!]).toBe('survivor');
  expect(after['civil-affairs.temporary_assistance']![written.laterAssistance!]).toBe('survivor');
  // Counts: each entry holds what it held before the merge, and the survivor the two new ones.
  for (const table of Object.keys(after)) {
    const count = (held: Record<string, string>, who: string) =>
      Object.values(held).filter((value) => value === who).length;
    const gained = ['trade-union.union_assistance', 'civil-affairs.temporary_assistance'].includes(
      table,
    )
      ? 1
      : 0;
    expect({ table, merged: count(after[table]!, 'merged') }).toEqual({
      table,
      merged: count(beforeMerge[table]!, 'merged'),
    });
    expect({ table, survivor: count(after[table]!, 'survivor') }).toEqual({
      table,
      survivor: count(beforeMerge[table]!, 'survivor') + gained,
    });
  }
  // The ledger follows back, and the entry takes writes again.
  expect(await ledgerDepartmentsOf(pair.merged)).toEqual(EVERY_GIVING_DEPARTMENT);
  await ok(
    GRANT_UNION,
    {
      input: {
        personId: pair.merged,
        kind: 'LIVING',
        amount: '100.00',
        grantedOn: day(8),
        reference: '合并-工会-3',
      },
    },
    as.union,
  );
  const twice = await hub.query(
    UNMERGE,
    { input: { mergeId, reason: '再次' } },
    {
      principal: as.supervisor,
    },
  );
  expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'mergeId' });
  const [logged] = await rows(
    'civil-affairs',
    `select count(*)::int as n from access_log where 'personUnmerged' = any(fields) and purpose = '核实为两人'`,
  );
  expect(logged!.n).toBe(2);
});
