import { buildDemoWorld } from '../../demo-world/world.js';
import {
  principal,
  startTestHub,
  writtenRowCount,
  type GraphQLResponse,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// A county bundles three departments' services into one purchased-service project and takes it
// from plan to completion through the gateway: purchased by public tender, contracted, amended,
// served, evaluated mid-term with a rectification closed, evaluated finally and paid in tranches.
// Every step out of order is refused with its code and field, and leaves every table as it was.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

const world = buildDemoWorld();
const station = world.stations.find((s) => s.name === '木兰镇社工站')!;
const worker = world.workers.find((w) => w.stationId === station.id)!;
const people = world.people.filter((p) => p.regionCode.startsWith(station.regionCode)).slice(0, 3);
const [chosen, rival, outsider] = world.agencies;

const PROJECT = `id status procurementMethod contractNumber contractSignedOn selectionReason
  contractAmount endsOn serviceAreas agency { id }
  serviceItems { department description serviceArea targetGroup }
  bids { agency { id } amount chosen }
  milestones { id title trancheAmount trancheCondition payable paidOn paidByDepartment }
  amendments { reason contractAmountBefore contractAmountAfter endsOnBefore endsOnAfter amendedBy amendedByDepartment }
  targets { indicator unit target achieved }
  evaluations { stage evaluator score passed rectifications { id closedOn closedBy closedByDepartment closingNote } }`;

const step = (name: string, type: string) =>
  `mutation Step($input: ${type}!) { ${name}(input: $input) { ${PROJECT} } }`;
const run = async (name: string, type: string, input: Record<string, unknown>, as = {}) =>
  hub.query(step(name, type), { input }, as);
const ok = (answer: GraphQLResponse, name: string) => {
  expect(answer.errors).toBeUndefined();
  return answer.data![name] as Record<string, any>;
};

let projectId = '';
/** A step out of order: refused with the code and field, every table of the hub unchanged. */
async function refuses(
  name: string,
  type: string,
  input: Record<string, unknown>,
  expected: { code?: string; field: string; message?: RegExp },
  as = {},
): Promise<void> {
  const before = await writtenRowCount(hub);
  const named =
    'milestoneId' in input || 'rectificationId' in input ? input : { projectId, ...input };
  const answer = await run(name, type, named, as);
  expect(answer.data?.[name] ?? null).toBeNull();
  expect(answer.errors?.[0]?.extensions).toMatchObject({
    code: expected.code ?? 'BAD_USER_INPUT',
    field: expected.field,
  });
  if (expected.message) expect(answer.errors?.[0]?.message).toMatch(expected.message);
  expect(await writtenRowCount(hub)).toEqual(before);
}

const create = {
  name: '木兰县社工站“三社联动”服务项目（2025）',
  leadDepartment: 'CIVIL_AFFAIRS',
  regionCode: '230127',
  stationIds: [station.id],
  serviceAreas: ['SOCIAL_ASSISTANCE', 'CHILD_WELFARE'],
  targetGroups: ['ASSISTANCE_RECIPIENTS', 'CHILDREN', 'PEOPLE_WITH_DISABILITIES'],
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  contractAmount: '300000.00',
  serviceItems: [
    {
      department: 'CIVIL_AFFAIRS',
      description: '低保、特困对象探访',
      serviceArea: 'SOCIAL_ASSISTANCE',
      targetGroup: 'ASSISTANCE_RECIPIENTS',
    },
    {
      department: 'WOMEN_FEDERATION',
      description: '留守儿童家庭教育指导',
      serviceArea: 'CHILD_WELFARE',
      targetGroup: 'CHILDREN',
    },
    {
      department: 'DISABLED_PERSONS_FEDERATION',
      description: '残疾人居家康复支持',
      serviceArea: 'SOCIAL_ASSISTANCE',
      targetGroup: 'PEOPLE_WITH_DISABILITIES',
    },
  ],
  targets: [
    { indicator: 'CASES', target: 2 },
    { indicator: 'GROUPS', target: 1 },
    { indicator: 'ACTIVITIES', target: 1 },
    { indicator: 'PERSON_TIMES', target: 20 },
    { indicator: 'HOURS', target: 6 },
    { indicator: 'HOUSEHOLDS_VISITED', target: 3 },
  ],
  idempotencyKey: 'mulan-bundle-2025',
};

it('creates the bundle once, PLANNED, with three departments’ items and its targets', async () => {
  const before = await hub.rowCount('civil-affairs', 'service_projects');
  const first = ok(
    await run('createServiceProject', 'CreateServiceProjectInput', create),
    'createServiceProject',
  );
  const again = ok(
    await run('createServiceProject', 'CreateServiceProjectInput', create),
    'createServiceProject',
  );
  projectId = first.id;
  expect(again.id).toBe(projectId);
  expect(await hub.rowCount('civil-affairs', 'service_projects')).toBe(before + 1);
  expect(first.status).toBe('PLANNED');
  expect(first.serviceItems.map((item: { department: string }) => item.department).sort()).toEqual([
    'CIVIL_AFFAIRS',
    'DISABLED_PERSONS_FEDERATION',
    'WOMEN_FEDERATION',
  ]);
  expect(first.targets).toContainEqual({
    indicator: 'HOURS',
    unit: '小时',
    target: 6,
    achieved: 0,
  });

  const changed = await run('createServiceProject', 'CreateServiceProjectInput', {
    ...create,
    contractAmount: '1.00',
  });
  expect(changed.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'idempotencyKey',
  });
  expect(await hub.rowCount('civil-affairs', 'service_projects')).toBe(before + 1);
});

it('refuses every step that a PLANNED project has not reached', async () => {
  await refuses(
    'signProjectContract',
    'SignProjectContractInput',
    {
      agencyId: chosen!.id,
      selectionReason: 'x',
      contractNumber: 'MZ-2025-001',
      signedOn: '2024-12-20',
    },
    { field: 'projectId', message: /PLANNED/ },
  );
  await refuses(
    'setServiceProjectStatus',
    'SetServiceProjectStatusInput',
    { status: 'ACTIVE' },
    {
      field: 'status',
    },
  );
  await refuses(
    'setServiceProjectStatus',
    'SetServiceProjectStatusInput',
    { status: 'PROCURING' },
    {
      field: 'procurementMethod',
    },
  );
  await refuses(
    'amendServiceProject',
    'AmendServiceProjectInput',
    {
      reason: 'x',
      amendedOn: '2025-01-01',
      contractAmount: '1.00',
    },
    { field: 'projectId' },
  );
  await refuses(
    'recordProjectBid',
    'RecordProjectBidInput',
    { agencyId: chosen!.id },
    {
      field: 'projectId',
    },
  );
});

it('puts the project out to tender, takes bids and signs with the chosen bidder', async () => {
  ok(
    await run('updateServiceProject', 'UpdateServiceProjectInput', {
      projectId,
      procurementMethod: 'PUBLIC_TENDER',
    }),
    'updateServiceProject',
  );
  const procuring = ok(
    await run('setServiceProjectStatus', 'SetServiceProjectStatusInput', {
      projectId,
      status: 'PROCURING',
    }),
    'setServiceProjectStatus',
  );
  expect(procuring).toMatchObject({ status: 'PROCURING', procurementMethod: 'PUBLIC_TENDER' });
  await refuses(
    'setServiceProjectStatus',
    'SetServiceProjectStatusInput',
    { status: 'ACTIVE' },
    {
      field: 'agencyId',
    },
  );
  for (const [agency, amount] of [
    [chosen!, '296000.00'],
    [rival!, '299500.00'],
  ] as const) {
    ok(
      await run('recordProjectBid', 'RecordProjectBidInput', {
        projectId,
        agencyId: agency.id,
        amount,
      }),
      'recordProjectBid',
    );
  }
  const contract = {
    selectionReason: '择优选优：综合评分第一',
    contractNumber: 'MZ-ZFGM-2025-017',
    signedOn: '2024-12-20',
    contractAmount: '296000.00',
  };
  await refuses(
    'signProjectContract',
    'SignProjectContractInput',
    { ...contract, agencyId: outsider!.id },
    {
      field: 'agencyId',
    },
  );
  const signed = ok(
    await run('signProjectContract', 'SignProjectContractInput', {
      projectId,
      agencyId: chosen!.id,
      ...contract,
    }),
    'signProjectContract',
  );
  expect(signed).toMatchObject({
    status: 'ACTIVE',
    contractNumber: 'MZ-ZFGM-2025-017',
    contractSignedOn: '2024-12-20',
    selectionReason: '择优选优：综合评分第一',
    contractAmount: '296000.00',
    agency: { id: chosen!.id },
  });
  expect(signed.bids).toEqual([
    { agency: { id: chosen!.id }, amount: '296000.00', chosen: true },
    { agency: { id: rival!.id }, amount: '299500.00', chosen: false },
  ]);
  await refuses(
    'updateServiceProject',
    'UpdateServiceProjectInput',
    { name: 'x' },
    { field: 'projectId' },
  );
});

it('sets milestones with tranches and pays the first one only', async () => {
  const tranche = (title: string, dueOn: string, trancheAmount: string, trancheCondition: string) =>
    run('addProjectMilestone', 'AddProjectMilestoneInput', {
      projectId,
      title,
      deliverable: `${title}成果`,
      dueOn,
      trancheAmount,
      trancheCondition,
    });
  ok(await tranche('合同签订', '2025-01-10', '88800.00', 'ON_SIGNING'), 'addProjectMilestone');
  ok(
    await tranche('中期评估', '2025-07-01', '118400.00', 'MID_TERM_PASSED'),
    'addProjectMilestone',
  );
  const three = ok(
    await tranche('末期评估', '2025-12-31', '88800.00', 'FINAL_PASSED'),
    'addProjectMilestone',
  );
  expect(three.milestones.map((m: { payable: boolean }) => m.payable)).toEqual([
    true,
    false,
    false,
  ]);
  await refuses(
    'addProjectMilestone',
    'AddProjectMilestoneInput',
    {
      title: '追加',
      deliverable: 'x',
      dueOn: '2025-12-31',
      trancheAmount: '0.01',
      trancheCondition: 'ON_SIGNING',
    },
    { field: 'trancheAmount' },
  );

  const [first, second, last] = three.milestones as Array<{ id: string }>;
  await refuses(
    'payProjectTranche',
    'PayProjectTrancheInput',
    { milestoneId: last!.id, paidOn: '2025-02-01' },
    { field: 'milestoneId', message: /FINAL_PASSED/ },
  );
  await refuses(
    'payProjectTranche',
    'PayProjectTrancheInput',
    { milestoneId: second!.id, paidOn: '2025-02-01' },
    { field: 'milestoneId' },
  );
  const paid = ok(
    await run('payProjectTranche', 'PayProjectTrancheInput', {
      milestoneId: first!.id,
      paidOn: '2025-01-15',
    }),
    'payProjectTranche',
  );
  expect(paid.milestones[0]).toMatchObject({
    paidOn: '2025-01-15',
    payable: false,
    paidByDepartment: 'CIVIL_AFFAIRS',
  });
  await refuses(
    'payProjectTranche',
    'PayProjectTrancheInput',
    { milestoneId: first!.id, paidOn: '2025-01-16' },
    { field: 'milestoneId', message: /already paid/ },
  );
});

it('amends amount and term, keeping what they were', async () => {
  const amended = ok(
    await run('amendServiceProject', 'AmendServiceProjectInput', {
      projectId,
      reason: '增加残疾人康复服务量',
      amendedOn: '2025-03-01',
      contractAmount: '320000.00',
      endsOn: '2026-01-31',
    }),
    'amendServiceProject',
  );
  expect(amended).toMatchObject({ contractAmount: '320000.00', endsOn: '2026-01-31' });
  expect(amended.amendments).toEqual([
    {
      reason: '增加残疾人康复服务量',
      contractAmountBefore: '296000.00',
      contractAmountAfter: '320000.00',
      endsOnBefore: '2025-12-31',
      endsOnAfter: '2026-01-31',
      amendedBy: 'test-supervisor',
      amendedByDepartment: 'CIVIL_AFFAIRS',
    },
  ]);
  await refuses(
    'amendServiceProject',
    'AmendServiceProjectInput',
    { reason: 'x', amendedOn: '2025-03-02', contractAmount: '100.00' },
    { field: 'contractAmount' },
  );
});

it('counts what was achieved from the service records linked to the project', async () => {
  const record = (fields: Record<string, unknown>) =>
    hub.query(`mutation($input: RecordServiceInput!) { recordService(input: $input) { id } }`, {
      input: {
        stationId: station.id,
        projectId,
        workerIds: [worker.id],
        servedOn: '2025-04-02',
        ...fields,
      },
    });
  for (const fields of [
    { method: 'CASE', personIds: [people[0]!.id], hours: 1.5, personTimes: 1 },
    { method: 'CASE', personIds: [people[0]!.id], hours: 1, personTimes: 1 },
    { method: 'CASE', personIds: [people[1]!.id], hours: 2, personTimes: 1 },
    { method: 'GROUP', personIds: people.map((p) => p.id), hours: 2, personTimes: 8 },
    { method: 'COMMUNITY_ACTIVITY', hours: 3, personTimes: 40 },
    {
      method: 'HOME_VISIT',
      personIds: [people[2]!.id],
      hours: 0.75,
      personTimes: 2,
      households: 2,
    },
  ]) {
    expect((await record(fields)).errors).toBeUndefined();
  }
  const answer = await hub.query(
    `query($id: ID!) { serviceProject(id: $id) { targets { indicator target achieved } } }`,
    { id: projectId },
  );
  const achieved = Object.fromEntries(
    answer.data!.serviceProject.targets.map((t: { indicator: string; achieved: number }) => [
      t.indicator,
      t.achieved,
    ]),
  );
  const sql = hub.subgraphs['civil-affairs']!.database.orm.em.fork().getConnection();
  const [row] = await sql.execute<Array<Record<string, string>>>(
    `select
       (select count(distinct p.person_id) from service_record_people p join service_records r on r.id = p.record_id where r.project_id = ? and r.method = 'CASE')::int as cases,
       count(*) filter (where method = 'GROUP')::int as groups,
       count(*) filter (where method = 'COMMUNITY_ACTIVITY')::int as activities,
       sum(person_times)::int as person_times,
       (sum(duration_minutes) / 60.0)::float8 as hours,
       coalesce(sum(households) filter (where method = 'HOME_VISIT'), 0)::int as households
     from service_records where project_id = ?`,
    [projectId, projectId],
  );
  expect(achieved).toEqual({
    CASES: row!.cases,
    GROUPS: row!.groups,
    ACTIVITIES: row!.activities,
    PERSON_TIMES: row!.person_times,
    HOURS: row!.hours,
    HOUSEHOLDS_VISITED: row!.households,
  });
  expect(achieved).toEqual({
    CASES: 2,
    GROUPS: 1,
    ACTIVITIES: 1,
    PERSON_TIMES: 53,
    HOURS: 10.25,
    HOUSEHOLDS_VISITED: 2,
  });
});

const evaluation = (stage: string, score: number, rectifications: unknown[] = []) => ({
  projectId,
  stage,
  evaluator: stage === 'FINAL' ? 'THIRD_PARTY' : 'DEPARTMENT',
  evaluatorName: stage === 'FINAL' ? '黑龙江省社会工作评估中心' : null,
  evaluatedOn: stage === 'FINAL' ? '2026-02-10' : '2025-07-05',
  score,
  findings: `${stage} findings`,
  rectifications,
});

it('evaluates mid-term, closes the rectification it asked for, and pays the mid-term tranche', async () => {
  await refuses(
    'recordProjectEvaluation',
    'RecordProjectEvaluationInput',
    evaluation('FINAL', 90),
    { field: 'projectId', message: /ACTIVE/ },
  );
  const mid = ok(
    await run(
      'recordProjectEvaluation',
      'RecordProjectEvaluationInput',
      evaluation('MID_TERM', 78, [{ description: '补齐个案服务记录', dueOn: '2025-08-05' }]),
    ),
    'recordProjectEvaluation',
  );
  expect(mid.evaluations).toEqual([
    {
      stage: 'MID_TERM',
      evaluator: 'DEPARTMENT',
      score: 78,
      passed: true,
      rectifications: [
        {
          id: expect.any(String),
          closedOn: null,
          closedBy: null,
          closedByDepartment: null,
          closingNote: null,
        },
      ],
    },
  ]);
  expect(mid.milestones.map((m: { payable: boolean }) => m.payable)).toEqual([false, true, false]);
  ok(
    await run('payProjectTranche', 'PayProjectTrancheInput', {
      milestoneId: mid.milestones[1].id,
      paidOn: '2025-07-20',
    }),
    'payProjectTranche',
  );

  ok(
    await run('setServiceProjectStatus', 'SetServiceProjectStatusInput', {
      projectId,
      status: 'EVALUATING',
    }),
    'setServiceProjectStatus',
  );
  await refuses(
    'setServiceProjectStatus',
    'SetServiceProjectStatusInput',
    { status: 'COMPLETED' },
    { field: 'status', message: /final evaluation/ },
  );
  const failed = ok(
    await run('recordProjectEvaluation', 'RecordProjectEvaluationInput', evaluation('FINAL', 55)),
    'recordProjectEvaluation',
  );
  expect(failed.evaluations[1]).toMatchObject({ stage: 'FINAL', passed: false });
  await refuses(
    'payProjectTranche',
    'PayProjectTrancheInput',
    { milestoneId: mid.milestones[2].id, paidOn: '2026-02-11' },
    { field: 'milestoneId' },
  );
  ok(
    await run('recordProjectEvaluation', 'RecordProjectEvaluationInput', evaluation('FINAL', 86)),
    'recordProjectEvaluation',
  );
  await refuses(
    'setServiceProjectStatus',
    'SetServiceProjectStatusInput',
    { status: 'COMPLETED' },
    { field: 'status', message: /1 still open/ },
  );

  const item = mid.evaluations[0].rectifications[0].id as string;
  const closed = ok(
    await run('closeProjectRectification', 'CloseProjectRectificationInput', {
      rectificationId: item,
      closedOn: '2025-08-01',
      note: '个案记录已补齐',
    }),
    'closeProjectRectification',
  );
  expect(closed.evaluations[0].rectifications[0]).toEqual({
    id: item,
    closedOn: '2025-08-01',
    closedBy: 'test-supervisor',
    closedByDepartment: 'CIVIL_AFFAIRS',
    closingNote: '个案记录已补齐',
  });
  await refuses(
    'closeProjectRectification',
    'CloseProjectRectificationInput',
    { rectificationId: item, closedOn: '2025-08-02', note: 'x' },
    { field: 'rectificationId' },
  );

  const paid = ok(
    await run('payProjectTranche', 'PayProjectTrancheInput', {
      milestoneId: mid.milestones[2].id,
      paidOn: '2026-02-20',
    }),
    'payProjectTranche',
  );
  expect(paid.milestones.map((m: { paidOn: string }) => m.paidOn)).toEqual([
    '2025-01-15',
    '2025-07-20',
    '2026-02-20',
  ]);
  const done = ok(
    await run('setServiceProjectStatus', 'SetServiceProjectStatusInput', {
      projectId,
      status: 'COMPLETED',
    }),
    'setServiceProjectStatus',
  );
  expect(done.status).toBe('COMPLETED');
});

it('refuses any change to a completed project', async () => {
  await refuses(
    'amendServiceProject',
    'AmendServiceProjectInput',
    { reason: 'x', amendedOn: '2026-03-01', endsOn: '2026-06-30' },
    { field: 'projectId', message: /COMPLETED/ },
  );
  await refuses(
    'setServiceProjectStatus',
    'SetServiceProjectStatusInput',
    { status: 'TERMINATED', reason: 'x' },
    { field: 'status' },
  );
  await refuses(
    'addProjectMilestone',
    'AddProjectMilestoneInput',
    { title: 'x', deliverable: 'x', dueOn: '2026-03-01' },
    { field: 'projectId' },
  );
});

it('lets the lead department and civil affairs write, others in the county read, and no one elsewhere see it', async () => {
  const input = { reason: 'x', amendedOn: '2026-03-01', endsOn: '2026-06-30' };
  await refuses(
    'amendServiceProject',
    'AmendServiceProjectInput',
    input,
    { code: 'NOT_FOUND', field: 'projectId' },
    { principal: principal('CIVIL_AFFAIRS', ['SUPERVISOR'], '620723') },
  );
  const union = { principal: principal('TRADE_UNION', ['SUPERVISOR'], '230127') };
  const before = await writtenRowCount(hub);
  const refused = await run(
    'amendServiceProject',
    'AmendServiceProjectInput',
    { projectId, ...input },
    union,
  );
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await writtenRowCount(hub)).toEqual(before);
  const read = await hub.query(
    `query($id: ID!) { serviceProject(id: $id) { status contractNumber } }`,
    { id: projectId },
    union,
  );
  expect(read.data!.serviceProject).toEqual({
    status: 'COMPLETED',
    contractNumber: 'MZ-ZFGM-2025-017',
  });
});
