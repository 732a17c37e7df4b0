import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildDemoWorld } from '../../demo-world/world.js';
import { buildTradeUnionSlice } from '../../subgraphs/trade-union/demo.js';
import { chinaToday } from '../../shared/input/dates.js';
import { verifyWebhook } from '../../shared/webhooks/signature.js';
import type { Principal } from '../../shared/context.js';
import {
  principal,
  startTestHub,
  writtenRowCount,
  type TestHub,
  HUB_SETUP_TIMEOUT_MS,
  POLL_TIMEOUT_MS,
} from '../support/hub.js';

// One person walked through case work across departments, through the gateway: a civil-affairs
// case from intake to closure; consent given; a referral declined, one passed on and completed
// with the receiving department's own record, one overdue; a consent withdrawal that stops the
// next referral; what each department sees; and the webhooks each department's system receives.

const world = buildDemoWorld();
const union = buildTradeUnionSlice(world);
const file = union.files.find(
  (f) =>
    f.personRegionCode.startsWith('620723') &&
    f.status === 'OPEN' &&
    union.assistance.some((grant) => grant.personId === f.personId),
)!;
const person = world.people.find((p) => p.id === file.personId)!;
const grant = union.assistance.find((g) => g.personId === person.id)!;
const station = world.stations.find(
  (s) => s.level === 'TOWNSHIP_STATION' && person.regionCode.startsWith(s.regionCode),
)!;

const LINZE = '620723';
const as = {
  civil: principal('CIVIL_AFFAIRS', ['CASEWORKER'], LINZE),
  civilSupervisor: principal('CIVIL_AFFAIRS', ['SUPERVISOR'], LINZE),
  union: principal('TRADE_UNION', ['CASEWORKER'], LINZE),
  disability: principal('DISABLED_PERSONS_FEDERATION', ['CASEWORKER'], LINZE),
  women: principal('WOMEN_FEDERATION', ['CASEWORKER'], LINZE),
  youth: principal('YOUTH_LEAGUE', ['CASEWORKER'], LINZE),
  analyst: principal('CIVIL_AFFAIRS', ['ANALYST'], LINZE),
};
const admins = {
  CIVIL_AFFAIRS: principal('CIVIL_AFFAIRS', ['ADMIN'], LINZE),
  TRADE_UNION: principal('TRADE_UNION', ['ADMIN'], LINZE),
  DISABLED_PERSONS_FEDERATION: principal('DISABLED_PERSONS_FEDERATION', ['ADMIN'], LINZE),
  WOMEN_FEDERATION: principal('WOMEN_FEDERATION', ['ADMIN'], LINZE),
};

/** What the test receiver got: every request, and the ones it accepted. */
interface Received {
  department: string;
  id: string;
  type: string;
  referralId: string;
  state: string;
  valid: boolean;
  status: number;
}
const received: Received[] = [];
const secrets: Record<string, string> = {};
let receiver: Server;
let failNext = true;

let hub: TestHub;
beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const department = (req.url ?? '').slice(1);
      const parsed = JSON.parse(body) as {
        id: string;
        type: string;
        data: { referralId: string; state: string };
      };
      const valid = verifyWebhook(secrets[department] ?? '', req.headers, body);
      // The first request of the run fails: its delivery must be retried.
      const status = failNext ? 500 : 204;
      failNext = false;
      received.push({
        department,
        id: parsed.id,
        type: parsed.type,
        referralId: parsed.data.referralId,
        state: parsed.data.state,
        valid,
        status,
      });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hub = await startTestHub({
    env: { WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: '300', REFERRAL_OVERDUE_SWEEP_MS: '200' },
  });
}, HUB_SETUP_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
}, 60_000);

async function ok<T = any>(
  query: string,
  variables: Record<string, unknown>,
  who: Principal,
): Promise<T> {
  const answer = await hub.query<T>(query, variables, { principal: who });
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

async function refused(query: string, variables: Record<string, unknown>, who: Principal) {
  const before = await writtenRowCount(hub);
  const answer = await hub.query(query, variables, { principal: who });
  expect(answer.errors?.length).toBeGreaterThan(0);
  expect(await writtenRowCount(hub)).toEqual(before);
  return answer.errors![0]!;
}

const daysAgo = (days: number) => {
  const date = new Date(`${chinaToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

const CASE = `id stage openedOn assessedOn plannedOn evaluatedOn closedOn closureApprovedBy
  needs { area level } goals { area description } history { kind fromStage toStage byDepartment }
  linkedRecords { department kind id }`;
const REFERRAL = `id state fromDepartment toDepartment urgency sentOn dueOn respondedOn overdueSince
  declineReason outcome sharedCategories emergency person { id } needs { area } goals { area }
  linkedRecord { department kind id } onwardReferral { id } referredFrom { id }
  history { kind fromState toState byDepartment reason note }`;

const m = {
  open: `mutation($input: OpenCaseInput!) { openCase(input: $input) { ${CASE} } }`,
  assess: `mutation($input: AssessCaseInput!) { assessCase(input: $input) { ${CASE} } }`,
  plan: `mutation($input: PlanCaseInput!) { planCase(input: $input) { ${CASE} } }`,
  intervene: `mutation($input: StartCaseInterventionInput!) { startCaseIntervention(input: $input) { ${CASE} } }`,
  evaluate: `mutation($input: EvaluateCaseInput!) { evaluateCase(input: $input) { ${CASE} } }`,
  requestClosure: `mutation($input: RequestCaseClosureInput!) { requestCaseClosure(input: $input) { ${CASE} } }`,
  decideClosure: `mutation($input: DecideCaseClosureInput!) { decideCaseClosure(input: $input) { ${CASE} } }`,
  consent: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id inForce givenBy departments categories } }`,
  withdraw: `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id inForce withdrawnOn } }`,
  send: `mutation($input: SendReferralInput!) { sendReferral(input: $input) { ${REFERRAL} } }`,
  receive: `mutation($input: ReceiveReferralInput!) { receiveReferral(input: $input) { ${REFERRAL} } }`,
  accept: `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) { ${REFERRAL} } }`,
  decline: `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { ${REFERRAL} } }`,
  onward: `mutation($input: ReferOnwardInput!) { referReferralOnward(input: $input) { ${REFERRAL} } }`,
  start: `mutation($input: StartReferralServiceInput!) { startReferralService(input: $input) { ${REFERRAL} } }`,
  complete: `mutation($input: CompleteReferralInput!) { completeReferral(input: $input) { ${REFERRAL} } }`,
  register: `mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { endpoint { id } secret } }`,
};
/** The kinds of a history, in order. */
const kinds = (history: Array<{ kind: string }>) => history.map((event) => event.kind);
const referralQuery = `query($id: ID!) { referral(id: $id) { ${REFERRAL} } }`;

it('walks one person from intake to closure across three departments', async () => {
  // Each department's system listens for its notifications.
  const url = (department: string) =>
    `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/${department}`;
  for (const [department, admin] of Object.entries(admins)) {
    const { registerWebhookEndpoint } = await ok(
      m.register,
      {
        input: {
          url: url(department),
          topics: [
            'REFERRAL_RECEIVED',
            'REFERRAL_ANSWERED',
            'REFERRAL_OVERDUE',
            'REFERRAL_CANCELLED',
          ],
        },
      },
      admin,
    );
    secrets[department] = registerWebhookEndpoint.secret;
  }

  // Intake → assessment → plan → intervention, by civil affairs.
  const opened = (
    await ok(
      m.open,
      {
        input: {
          personId: person.id,
          stationId: station.id,
          openedOn: daysAgo(30),
          intakeReason: '因病致困，家中无劳动力',
          idempotencyKey: 'case-work-walk',
        },
      },
      as.civil,
    )
  ).openCase;
  expect(opened.stage).toBe('INTAKE');
  const caseId = opened.id as string;
  const early = await refused(
    m.requestClosure,
    { input: { caseId, on: daysAgo(29), reason: 'GOALS_MET', outcome: '—' } },
    as.civil,
  );
  expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
  await ok(
    m.assess,
    {
      input: {
        caseId,
        on: daysAgo(28),
        needs: [
          { area: 'SOCIAL_ASSISTANCE', level: 'HIGH', note: '医疗支出大' },
          { area: 'RESOURCE_LINKAGE', level: 'MEDIUM' },
        ],
      },
    },
    as.civil,
  );
  await ok(
    m.plan,
    {
      input: {
        caseId,
        on: daysAgo(27),
        goals: [{ area: 'SOCIAL_ASSISTANCE', description: '申请帮扶救助' }],
      },
    },
    as.civil,
  );
  const intervening = (await ok(m.intervene, { input: { caseId, on: daysAgo(26) } }, as.civil))
    .startCaseIntervention;
  expect(intervening.stage).toBe('INTERVENTION');

  // No consent yet: no referral, nothing written.
  const send = (toDepartment: string, extra: Record<string, unknown> = {}) => ({
    input: {
      caseId,
      toDepartment,
      reason: '需要专项帮扶',
      urgency: 'ROUTINE',
      sharedCategories: ['IDENTITY', 'NEEDS'],
      ...extra,
    },
  });
  const noConsent = await refused(m.send, send('WOMEN_FEDERATION'), as.civil);
  expect(noConsent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sharedCategories' });

  const consent = (
    await ok(
      m.consent,
      {
        input: {
          personId: person.id,
          givenBy: 'PERSON',
          departments: ['WOMEN_FEDERATION', 'DISABLED_PERSONS_FEDERATION', 'TRADE_UNION'],
          categories: ['IDENTITY', 'NEEDS'],
          purposes: ['REFERRAL'],
          givenOn: daysAgo(25),
        },
      },
      as.civil,
    )
  ).recordConsent;
  expect(consent.inForce).toBe(true);
  // The plan is not covered: asking to share it is refused.
  const planNotCovered = await refused(
    m.send,
    send('WOMEN_FEDERATION', { sharedCategories: ['PLAN'] }),
    as.civil,
  );
  expect(planNotCovered.extensions?.code).toBe('BAD_USER_INPUT');

  // A: to the women's federation, declined.
  const a = (await ok(m.send, send('WOMEN_FEDERATION', { sentOn: daysAgo(6) }), as.civil))
    .sendReferral;
  expect(a).toMatchObject({ state: 'SENT', dueOn: daysAgo(-4) });
  // Only the receiver acts on its inbox; another department does not even see the referral.
  const senderAccepts = await refused(m.accept, { input: { referralId: a.id } }, as.civil);
  expect(senderAccepts.extensions?.code).toBe('FORBIDDEN');
  const strangerAccepts = await refused(m.accept, { input: { referralId: a.id } }, as.union);
  expect(strangerAccepts.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'referralId' });
  // Out of order: accepting before receiving.
  const unreceived = await refused(m.accept, { input: { referralId: a.id } }, as.women);
  expect(unreceived.extensions).toMatchObject({ code: 'BAD_USER_INPUT', state: 'SENT' });
  await ok(m.receive, { input: { referralId: a.id, on: daysAgo(5) } }, as.women);
  const declined = (
    await ok(
      m.decline,
      {
        input: {
          referralId: a.id,
          on: daysAgo(4),
          reason: '不符合妇联个案条件',
          note: '内部：名额已满',
        },
      },
      as.women,
    )
  ).declineReferral;
  expect(declined).toMatchObject({ state: 'DECLINED', respondedOn: daysAgo(4) });
  expect(kinds(declined.history)).toEqual(['SENT', 'RECEIVED', 'DECLINED']);
  // The sender reads the reason, not the receiver's internal note.
  const aForSender = (await ok(referralQuery, { id: a.id }, as.civil)).referral;
  expect(aForSender.declineReason).toBe('不符合妇联个案条件');
  expect(aForSender.history[2]).toMatchObject({ reason: '不符合妇联个案条件', note: null });
  expect(declined.history[2].note).toBe('内部：名额已满');

  // B: to the disabled persons' federation, passed on to the union (B2), which completes it.
  const b = (
    await ok(m.send, send('DISABLED_PERSONS_FEDERATION', { sentOn: daysAgo(6) }), as.civil)
  ).sendReferral;
  await ok(m.receive, { input: { referralId: b.id, on: daysAgo(5) } }, as.disability);
  const passed = (
    await ok(
      m.onward,
      {
        input: {
          referralId: b.id,
          on: daysAgo(5),
          onward: {
            toDepartment: 'TRADE_UNION',
            reason: '职工身份，转工会帮扶',
            urgency: 'ROUTINE',
          },
        },
      },
      as.disability,
    )
  ).referReferralOnward;
  expect(passed.state).toBe('REFERRED_ONWARD');
  const b2Id = passed.onwardReferral.id as string;
  const b2ForUnion = (await ok(referralQuery, { id: b2Id }, as.union)).referral;
  expect(b2ForUnion).toMatchObject({
    state: 'SENT',
    fromDepartment: 'DISABLED_PERSONS_FEDERATION',
    dueOn: daysAgo(-5),
    person: { id: person.id },
    needs: [{ area: 'SOCIAL_ASSISTANCE' }, { area: 'RESOURCE_LINKAGE' }],
    goals: null,
    sharedCategories: ['IDENTITY', 'NEEDS'],
    // The union was not on B: it sees that it came from the federation, not B itself.
    referredFrom: null,
  });
  for (const step of [m.receive, m.accept, m.start]) {
    await ok(step, { input: { referralId: b2Id, on: daysAgo(4), note: '工会内部备注' } }, as.union);
  }
  // A record of another department, or not about this person, cannot complete it.
  const wrongKind = await refused(
    m.complete,
    {
      input: {
        referralId: b2Id,
        outcome: '—',
        linkedRecord: { kind: 'REHABILITATION_SERVICE', id: grant.id },
      },
    },
    as.union,
  );
  expect(wrongKind.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'linkedRecord.kind',
  });
  const completed = (
    await ok(
      m.complete,
      {
        input: {
          referralId: b2Id,
          on: daysAgo(3),
          outcome: '发放医疗帮扶',
          linkedRecord: { kind: 'UNION_ASSISTANCE_GRANT', id: grant.id },
        },
      },
      as.union,
    )
  ).completeReferral;
  expect(completed).toMatchObject({
    state: 'COMPLETED',
    outcome: '发放医疗帮扶',
    linkedRecord: { department: 'TRADE_UNION', kind: 'UNION_ASSISTANCE_GRANT', id: grant.id },
  });
  expect(kinds(completed.history)).toEqual([
    'SENT',
    'RECEIVED',
    'ACCEPTED',
    'IN_SERVICE',
    'COMPLETED',
  ]);
  // Civil affairs leads the case: it follows B2 and its outcome, without the union's notes.
  const b2ForLead = (await ok(referralQuery, { id: b2Id }, as.civil)).referral;
  expect(b2ForLead.outcome).toBe('发放医疗帮扶');
  expect(b2ForLead.history.every((e: any) => e.note === null)).toBe(true);
  // Following B2 is not acting on it: the lead department cannot accept for the union.
  const leadActs = await refused(m.accept, { input: { referralId: b2Id } }, as.civil);
  expect(leadActs.extensions?.code).toBe('FORBIDDEN');
  // The women's federation was never on B2.
  expect((await ok(referralQuery, { id: b2Id }, as.women)).referral).toBeNull();

  // C: to the women's federation, sent 15 days ago and never answered: overdue.
  const c = (
    await ok(
      m.send,
      send('WOMEN_FEDERATION', { sentOn: daysAgo(15), reason: '家庭矛盾调解' }),
      as.civil,
    )
  ).sendReferral;
  await waitFor(
    async (): Promise<unknown> =>
      (await ok(referralQuery, { id: c.id }, as.women)).referral.overdueSince,
  );
  const overdue = (await ok(referralQuery, { id: c.id }, as.women)).referral;
  expect(overdue).toMatchObject({
    state: 'SENT',
    overdueSince: chinaToday(),
    person: { id: person.id },
  });
  expect(kinds(overdue.history)).toEqual(['SENT', 'OVERDUE']);
  const inbox = await ok(
    `query { referralsInbox(filter: { overdue: true }) { totalCount edges { node { id } } } }`,
    {},
    as.women,
  );
  expect(inbox.referralsInbox.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
    c.id,
  );

  // The consent is withdrawn: sharing stops at once, and the next referral is refused.
  await ok(
    m.withdraw,
    { input: { consentId: consent.id, withdrawnOn: chinaToday(), reason: '本人要求撤回' } },
    as.civil,
  );
  const afterWithdrawal = (await ok(referralQuery, { id: c.id }, as.women)).referral;
  expect(afterWithdrawal).toMatchObject({ person: null, needs: null });
  const stopped = await refused(m.send, send('TRADE_UNION'), as.civil);
  expect(stopped.extensions?.code).toBe('BAD_USER_INPUT');

  // Analysts see figures only.
  const analystInbox = await hub.query(
    `query { referralsInbox { totalCount } }`,
    {},
    {
      principal: as.analyst,
    },
  );
  expect(analystInbox.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const figures = await ok(
    `query { referralFigures(regionCode: "${LINZE}", from: "${daysAgo(40)}") {
      fromDepartment toDepartment sent accepted declined referredOnward completed overdue acceptanceRate medianDaysToResponse } }`,
    {},
    as.analyst,
  );
  const flow = (from: string, to: string): unknown =>
    figures.referralFigures.find((f: any) => f.fromDepartment === from && f.toDepartment === to);
  expect(flow('CIVIL_AFFAIRS', 'WOMEN_FEDERATION')).toMatchObject({
    sent: 2,
    declined: 1,
    overdue: 1,
    acceptanceRate: 0,
    medianDaysToResponse: 2,
  });
  expect(flow('DISABLED_PERSONS_FEDERATION', 'TRADE_UNION')).toMatchObject({
    sent: 1,
    accepted: 1,
    completed: 1,
    acceptanceRate: 1,
  });

  // Evaluation, closure asked for and approved by another supervisor.
  await ok(
    m.evaluate,
    { input: { caseId, on: daysAgo(2), evaluation: '帮扶到位，生活恢复稳定', goalsAchieved: 1 } },
    as.civil,
  );
  await ok(
    m.requestClosure,
    { input: { caseId, on: daysAgo(1), reason: 'GOALS_MET', outcome: '目标达成' } },
    as.civilSupervisor,
  );
  const selfApproval = await refused(
    m.decideClosure,
    { input: { caseId, on: daysAgo(0), approve: true } },
    as.civilSupervisor,
  );
  expect(selfApproval.extensions?.code).toBe('FORBIDDEN');
  const closed = (
    await ok(
      m.decideClosure,
      { input: { caseId, on: daysAgo(0), approve: true } },
      { ...as.civilSupervisor, subject: 'another-supervisor' },
    )
  ).decideCaseClosure;
  expect(closed).toMatchObject({
    stage: 'CLOSED',
    closedOn: daysAgo(0),
    closureApprovedBy: 'another-supervisor',
  });
  expect(kinds(closed.history)).toEqual([
    'OPENED',
    'NEEDS_ASSESSED',
    'PLANNED',
    'INTERVENTION_STARTED',
    'EVALUATED',
    'CLOSURE_REQUESTED',
    'CLOSED',
  ]);
  expect(closed.linkedRecords).toEqual([
    { department: 'TRADE_UNION', kind: 'UNION_ASSISTANCE_GRANT', id: grant.id },
  ]);

  // The person's timeline, as civil affairs sees it.
  const timeline = await ok(
    `query($id: ID!) { person(id: $id) { timeline { on department kind } } }`,
    { id: person.id },
    as.civil,
  );
  const entries = timeline.person.timeline.map((entry: any) => `${entry.department}:${entry.kind}`);
  expect(entries).toEqual(
    expect.arrayContaining([
      'CIVIL_AFFAIRS:CASE_OPENED',
      'CIVIL_AFFAIRS:CONSENT_GIVEN',
      'WOMEN_FEDERATION:REFERRAL_DECLINED',
      'DISABLED_PERSONS_FEDERATION:REFERRAL_REFERRED_ONWARD',
      'TRADE_UNION:REFERRAL_COMPLETED',
      'TRADE_UNION:RECORD_LINKED',
      'CIVIL_AFFAIRS:REFERRAL_OVERDUE',
      'CIVIL_AFFAIRS:CONSENT_WITHDRAWN',
      'CIVIL_AFFAIRS:CASE_CLOSED',
    ]),
  );

  // The union sees its own part only: B2, the consents; not the case, not A, B or C.
  const unionView = await ok(
    `query($id: ID!) { person(id: $id) { timeline { department kind referralId caseId } } }`,
    { id: person.id },
    as.union,
  );
  const unionEntries = unionView.person.timeline as Array<{
    kind: string;
    referralId: string | null;
    caseId: string | null;
  }>;
  expect(unionEntries.filter((entry) => entry.caseId)).toEqual([]);
  expect(
    new Set(unionEntries.filter((entry) => entry.referralId).map((entry) => entry.referralId)),
  ).toEqual(new Set([b2Id]));
  expect(unionEntries.map((entry) => entry.kind)).toEqual(
    expect.arrayContaining(['CONSENT_GIVEN', 'CONSENT_WITHDRAWN', 'REFERRAL_COMPLETED']),
  );
  const analystView = await hub.query(
    `query($id: ID!) { person(id: $id) { timeline { kind } cases { id } referrals { id } consents { id } } }`,
    { id: person.id },
    { principal: as.analyst },
  );
  expect(analystView.data?.person).toEqual({
    timeline: null,
    cases: null,
    referrals: null,
    consents: null,
  });

  // The webhooks: each change told once to whom it concerns, signed, the failed one retried.
  const expected = [
    ['WOMEN_FEDERATION', 'referral.received', a.id],
    ['CIVIL_AFFAIRS', 'referral.answered', a.id],
    ['DISABLED_PERSONS_FEDERATION', 'referral.received', b.id],
    ['CIVIL_AFFAIRS', 'referral.answered', b.id],
    ['TRADE_UNION', 'referral.received', b2Id],
    ['DISABLED_PERSONS_FEDERATION', 'referral.answered', b2Id],
    ['DISABLED_PERSONS_FEDERATION', 'referral.answered', b2Id],
    ['WOMEN_FEDERATION', 'referral.received', c.id],
    ['WOMEN_FEDERATION', 'referral.overdue', c.id],
    ['CIVIL_AFFAIRS', 'referral.overdue', c.id],
  ];
  await waitFor(async () => received.filter((r) => r.status === 204).length >= expected.length);
  const accepted = received.filter((r) => r.status === 204);
  expect(received.every((r) => r.valid)).toBe(true);
  expect(accepted.map((r) => [r.department, r.type, r.referralId]).sort()).toEqual(
    [...expected].sort(),
  );
  expect(new Set(accepted.map((r) => r.id)).size).toBe(accepted.length);
  const failed = received.find((r) => r.status === 500)!;
  expect(accepted.filter((r) => r.id === failed.id)).toHaveLength(1);
});

async function waitFor(check: () => Promise<unknown>, timeoutMs = POLL_TIMEOUT_MS): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
