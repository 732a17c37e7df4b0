import type { Principal } from '../../shared/context.js';
import { chinaToday } from '../../shared/input/dates.js';
import {
  principal,
  startTestHub,
  writtenRowCount,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// The rules of case work, each for the whole class: consent givers, emergencies, retries,
// the inbox's filters and paging, response times per department, who cancels, closure returned
// and reopened. On the demo world's Mulan case work; every refusal writes nothing.

const MULAN = '230127';
const as = {
  civil: principal('CIVIL_AFFAIRS', ['CASEWORKER'], MULAN),
  supervisor: principal('CIVIL_AFFAIRS', ['SUPERVISOR'], MULAN),
  union: principal('TRADE_UNION', ['CASEWORKER'], MULAN),
  disability: principal('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], MULAN),
  women: principal('WOMEN_FEDERATION', ['CASEWORKER'], MULAN),
  womenAdmin: principal('WOMEN_FEDERATION', ['ADMIN'], MULAN),
  analyst: principal('CIVIL_AFFAIRS', ['ANALYST'], MULAN),
};

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

/** A GraphQL answer or a row, read by shape. */
type Row = Record<string, any>;
const sql = async (text: string): Promise<Row[]> =>
  hub.subgraphs['civil-affairs']!.database.orm.em.fork().getConnection().execute<Row[]>(text);
const first = async (text: string): Promise<Row> => {
  const [row] = await sql(text);
  if (!row) throw new Error(`nothing in the demo world for ${text}`);
  return row;
};

async function ok(query: string, variables: Record<string, unknown>, who: Principal) {
  const answer = await hub.query(query, variables, { principal: who });
  expect(answer.errors).toBeUndefined();
  return answer.data as Row;
}

async function refused(query: string, variables: Record<string, unknown>, who: Principal) {
  const before = await writtenRowCount(hub);
  const answer = await hub.query(query, variables, { principal: who });
  expect(answer.data?.[Object.keys(answer.data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(await writtenRowCount(hub)).toEqual(before);
  return answer.errors![0]!.extensions as Row;
}

const consentMutation = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id givenBy guardianName lacksCapacity } }`;
const sendMutation = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id state dueOn emergency sharedCategories } }`;
const openMutation = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id stage } }`;
const yearsAgo = (years: number) =>
  `${Number(chinaToday().slice(0, 4)) - years}${chinaToday().slice(4)}`;

describe('consents', () => {
  const consent = (personId: string, extra: Row) => ({
    input: {
      personId,
      givenBy: 'PERSON',
      departments: ['TRADE_UNION'],
      categories: ['IDENTITY'],
      purposes: ['REFERRAL'],
      givenOn: chinaToday(),
      ...extra,
    },
  });

  it('takes a child’s consent from a guardian only, named with the relation', async () => {
    const child = await first(
      `select id from people where region_code like '${MULAN}%' and birth_date > '${yearsAgo(13)}' order by id limit 1`,
    );
    expect(await refused(consentMutation, consent(child.id, {}), as.civil)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'givenBy',
    });
    expect(
      await refused(consentMutation, consent(child.id, { givenBy: 'GUARDIAN' }), as.civil),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guardianName' });
    const given = await ok(
      consentMutation,
      consent(child.id, { givenBy: 'GUARDIAN', guardianName: '王秀英', guardianRelation: '母亲' }),
      as.union,
    );
    expect(given.recordConsent).toMatchObject({ givenBy: 'GUARDIAN', guardianName: '王秀英' });
  });

  it('takes the consent of an adult without capacity from a guardian, and refuses bad terms', async () => {
    const adult = await first(
      `select id, birth_date::text as born from people where region_code like '${MULAN}%' and birth_date < '${yearsAgo(30)}' order by id limit 1`,
    );
    expect(
      await refused(consentMutation, consent(adult.id, { lacksCapacity: true }), as.civil),
    ).toMatchObject({ field: 'givenBy' });
    expect(
      await refused(consentMutation, consent(adult.id, { expiresOn: chinaToday() }), as.civil),
    ).toMatchObject({ field: 'expiresOn' });
    expect(
      await refused(
        consentMutation,
        consent(adult.id, { guardianName: '李四', guardianRelation: '儿子' }),
        as.civil,
      ),
    ).toMatchObject({ field: 'guardianName' });
    // Analysts and viewers record nothing.
    expect(await refused(consentMutation, consent(adult.id, {}), as.analyst)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('referrals', () => {
  it('lets an emergency through without consent, and logs it like a break-the-glass reveal', async () => {
    const open = await first(
      `select c.id, c.person_id from cases c where c.region_code like '${MULAN}%' and c.lead_department = 'CIVIL_AFFAIRS' and c.stage <> 'CLOSED' order by c.id limit 1`,
    );
    const request = {
      caseId: open.id,
      toDepartment: 'WOMEN_FEDERATION',
      reason: '家暴风险',
      urgency: 'EMERGENCY',
      sharedCategories: ['PLAN'],
    };
    expect(await refused(sendMutation, { input: request }, as.civil)).toMatchObject({
      field: 'sharedCategories',
    });
    expect(
      await refused(sendMutation, { input: { ...request, emergencyReason: '太短' } }, as.civil),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emergencyReason' });
    const before = Number((await first('select count(*) as n from access_log')).n);
    const { sendReferral } = await ok(
      sendMutation,
      { input: { ...request, emergencyReason: '服务对象面临人身危险，需立即转介' } },
      as.civil,
    );
    expect(sendReferral).toMatchObject({ emergency: true, sharedCategories: ['PLAN'] });
    const [log] = await sql(
      `select fields, purpose, person_id from access_log order by at desc limit 1`,
    );
    expect(Number((await first('select count(*) as n from access_log')).n)).toBe(before + 1);
    expect(log).toMatchObject({
      fields: ['emergencyReferral', 'shared:PLAN'],
      purpose: '服务对象面临人身危险，需立即转介',
      person_id: open.person_id,
    });
  });

  it('gives the receiving department the due date it set for the urgency', async () => {
    const times = `mutation($input: SetReferralResponseTimeInput!) { setReferralResponseTime(input: $input) { urgency days isDefault } }`;
    expect(await refused(times, { input: { urgency: 'URGENT', days: 5 } }, as.women)).toMatchObject(
      { code: 'FORBIDDEN' },
    );
    expect(
      await refused(times, { input: { urgency: 'URGENT', days: 91 } }, as.womenAdmin),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    const set = await ok(times, { input: { urgency: 'URGENT', days: 5 } }, as.womenAdmin);
    expect(set.setReferralResponseTime).toEqual(
      expect.arrayContaining([
        { urgency: 'URGENT', days: 5, isDefault: false },
        { urgency: 'ROUTINE', days: 10, isDefault: true },
      ]),
    );
    const open = await first(
      `select id from cases where region_code like '${MULAN}%' and lead_department = 'CIVIL_AFFAIRS' and stage <> 'CLOSED' order by id offset 1 limit 1`,
    );
    const urgentToWomen = {
      caseId: open.id,
      toDepartment: 'WOMEN_FEDERATION',
      reason: '需要心理疏导',
      urgency: 'URGENT',
      sharedCategories: ['IDENTITY'],
      idempotencyKey: 'due-date-check',
    };
    const { sendReferral } = await ok(
      sendMutation,
      {
        input: urgentToWomen,
      },
      as.civil,
    );
    const due = new Date(`${chinaToday()}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 5);
    expect(sendReferral.dueOn).toBe(due.toISOString().slice(0, 10));
    // The same request again is the same referral; another under the same key is a conflict.
    const again = await ok(
      sendMutation,
      {
        input: urgentToWomen,
      },
      as.civil,
    );
    expect(again.sendReferral.id).toBe(sendReferral.id);
    expect(
      await refused(
        sendMutation,
        {
          input: { ...urgentToWomen, toDepartment: 'TRADE_UNION', reason: '另一件事' },
        },
        as.civil,
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });

    // Only the sender cancels; after that the receiver can do nothing with it.
    const cancel = `mutation($input: CancelReferralInput!) { cancelReferral(input: $input) { state history { kind reason } } }`;
    const accept = `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) { state } }`;
    expect(
      await refused(cancel, { input: { referralId: sendReferral.id, reason: '误发' } }, as.women),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const cancelled = await ok(
      cancel,
      { input: { referralId: sendReferral.id, reason: '服务对象已自行解决' } },
      as.civil,
    );
    expect(cancelled.cancelReferral.state).toBe('CANCELLED');
    const repeated = await ok(
      cancel,
      { input: { referralId: sendReferral.id, reason: '服务对象已自行解决' } },
      as.civil,
    );
    expect(repeated.cancelReferral.history).toEqual(cancelled.cancelReferral.history);
    expect(
      await refused(accept, { input: { referralId: sendReferral.id } }, as.women),
    ).toMatchObject({ code: 'BAD_USER_INPUT', state: 'CANCELLED' });
  });

  it('filters and pages a department’s inbox', async () => {
    const inbox = `query($filter: ReferralFilter, $first: Int, $after: String) {
      referralsInbox(filter: $filter, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id state urgency fromDepartment overdueSince } } } }`;
    const all = (await ok(inbox, {}, as.disability)).referralsInbox;
    const expected = await sql(
      `select id, state from referrals where to_department = 'DISABLED_PERSONS_FEDERATION' and region_code like '${MULAN}%' order by id`,
    );
    expect(all.totalCount).toBe(expected.length);
    expect(all.edges.map((edge: Row) => String(edge.node.id))).toEqual(
      expected.map((row) => String(row.id)),
    );
    const page = (await ok(inbox, { first: 1 }, as.disability)).referralsInbox;
    expect(page.pageInfo.hasNextPage).toBe(expected.length > 1);
    const next = (await ok(inbox, { first: 1, after: page.pageInfo.endCursor }, as.disability))
      .referralsInbox;
    expect(next.edges[0].node.id).toBe(expected[1]!.id);
    const received = (await ok(inbox, { filter: { states: ['RECEIVED'] } }, as.disability))
      .referralsInbox;
    expect(received.edges.every((edge: Row) => edge.node.state === 'RECEIVED')).toBe(true);
    expect(received.totalCount).toBe(expected.filter((row) => row.state === 'RECEIVED').length);
    const overdue = (await ok(inbox, { filter: { overdue: true } }, as.disability)).referralsInbox;
    const notOverdue = (await ok(inbox, { filter: { overdue: false } }, as.disability))
      .referralsInbox;
    expect(overdue.totalCount + notOverdue.totalCount).toBe(all.totalCount);
    expect(overdue.totalCount).toBeGreaterThan(0);
    expect(
      (await ok(inbox, { filter: { from: '2000-01-01', to: '2000-12-31' } }, as.disability))
        .referralsInbox.totalCount,
    ).toBe(0);
    expect(
      await refused(inbox, { filter: { from: '2024-02-01', to: '2024-01-01' } }, as.disability),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    // Analysts see the figures, not the lists.
    expect(await refused(inbox, {}, as.analyst)).toMatchObject({ code: 'FORBIDDEN' });
    const figures = await ok(
      `query { referralFigures(regionCode: "${MULAN}") { fromDepartment toDepartment sent } }`,
      {},
      as.analyst,
    );
    const counted = await sql(
      `select from_department, to_department, count(*)::int as sent from referrals where region_code like '${MULAN}%' group by 1, 2 order by 1, 2`,
    );
    expect(figures.referralFigures).toEqual(
      counted.map((row) => ({
        fromDepartment: row.from_department,
        toDepartment: row.to_department,
        sent: row.sent,
      })),
    );
    expect(
      await refused(`query { referralFigures(regionCode: "620723") { sent } }`, {}, as.analyst),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('cases', () => {
  const step = (name: string, type: string) =>
    `mutation($input: ${type}!) { ${name}(input: $input) { stage closureRequestedOn history { kind note } } }`;

  it('returns a closure with a note, closes it on approval, and reopens it with its history', async () => {
    const person = await first(
      `select p.id, s.id as station from people p join stations s on p.region_code like s.region_code || '%' and s.level = 'TOWNSHIP_STATION' where p.region_code like '${MULAN}%' and p.birth_date < '${yearsAgo(30)}' order by p.id offset 3 limit 1`,
    );
    const { openCase } = await ok(
      openMutation,
      {
        input: {
          personId: person.id,
          stationId: person.station,
          openedOn: chinaToday(),
          intakeReason: '独居老人，行动不便',
          idempotencyKey: 'closure-walk',
        },
      },
      as.civil,
    );
    const caseId = openCase.id;
    const on = chinaToday();
    // Another department does not see the case at all.
    expect(
      await refused(
        step('startCaseIntervention', 'StartCaseInterventionInput'),
        { input: { caseId, on } },
        as.union,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'caseId' });
    // Out of order: an intervention without a plan.
    expect(
      await refused(
        step('startCaseIntervention', 'StartCaseInterventionInput'),
        { input: { caseId, on } },
        as.civil,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', stage: 'INTAKE' });
    await ok(
      step('assessCase', 'AssessCaseInput'),
      { input: { caseId, on, needs: [{ area: 'ELDERLY_CARE', level: 'HIGH' }] } },
      as.civil,
    );
    await ok(
      step('planCase', 'PlanCaseInput'),
      { input: { caseId, on, goals: [{ area: 'ELDERLY_CARE', description: '每周上门探访' }] } },
      as.civil,
    );
    await ok(
      step('startCaseIntervention', 'StartCaseInterventionInput'),
      { input: { caseId, on } },
      as.civil,
    );
    expect(
      await refused(
        step('evaluateCase', 'EvaluateCaseInput'),
        { input: { caseId, on, evaluation: '良好', goalsAchieved: 2 } },
        as.civil,
      ),
    ).toMatchObject({ field: 'goalsAchieved' });
    await ok(
      step('evaluateCase', 'EvaluateCaseInput'),
      { input: { caseId, on, evaluation: '良好', goalsAchieved: 1 } },
      as.civil,
    );
    const request = { input: { caseId, on, reason: 'GOALS_MET', outcome: '生活照料到位' } };
    await ok(step('requestCaseClosure', 'RequestCaseClosureInput'), request, as.civil);
    const decide = step('decideCaseClosure', 'DecideCaseClosureInput');
    expect(await refused(decide, { input: { caseId, on, approve: true } }, as.civil)).toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    expect(
      await refused(decide, { input: { caseId, on, approve: false } }, as.supervisor),
    ).toMatchObject({
      field: 'note',
    });
    const returned = await ok(
      decide,
      { input: { caseId, on, approve: false, note: '补充回访记录' } },
      as.supervisor,
    );
    expect(returned.decideCaseClosure).toMatchObject({
      stage: 'EVALUATION',
      closureRequestedOn: null,
    });
    await ok(step('requestCaseClosure', 'RequestCaseClosureInput'), request, as.civil);
    const closed = await ok(decide, { input: { caseId, on, approve: true } }, as.supervisor);
    expect(closed.decideCaseClosure.stage).toBe('CLOSED');
    expect(
      await refused(
        sendMutation,
        {
          input: {
            caseId,
            toDepartment: 'TRADE_UNION',
            reason: 'x',
            urgency: 'ROUTINE',
            sharedCategories: ['IDENTITY'],
          },
        },
        as.civil,
      ),
    ).toMatchObject({ field: 'caseId' });
    const reopened = await ok(
      step('reopenCase', 'ReopenCaseInput'),
      { input: { caseId, on, reason: '跌倒受伤，需要重新评估' } },
      as.civil,
    );
    expect(reopened.reopenCase.stage).toBe('ASSESSMENT');
    expect(reopened.reopenCase.history.map((event: Row) => String(event.kind))).toEqual([
      'OPENED',
      'NEEDS_ASSESSED',
      'PLANNED',
      'INTERVENTION_STARTED',
      'EVALUATED',
      'CLOSURE_REQUESTED',
      'CLOSURE_RETURNED',
      'CLOSURE_REQUESTED',
      'CLOSED',
      'REOPENED',
    ]);
    // The history cannot be rewritten, even by the database's owner.
    await expect(sql(`delete from case_events where case_id = '${caseId}'`)).rejects.toThrow(
      /append-only/,
    );
  });
});
