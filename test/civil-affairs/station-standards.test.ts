import type { Principal } from '../../shared/context.js';
import {
  principal,
  startTestHub,
  writtenRowCount,
  type TestHub,
  HUB_START_TIMEOUT_MS,
} from '../support/hub.js';

// Stations held to standards, through the gateway on the demo world (demo-world/station-standards.ts):
// - FULL_TIME_WORKERS: in Mulan on 2023-12-31, 利东镇 and 新民镇 break it (1 of 2), 木兰镇, 东兴镇
//   and 大贵镇 meet it (a dispatched worker is their second);
// - ACTIVE_PROJECT: in Linze on 2024-05-15, 平川镇 and 鸭暖镇 break it (their projects ended
//   2024-04-14), 沙河镇 meets it (to 2024-08-31); every Mulan station meets it on 2023-12-31;
// - RECENT_SUPERVISION: in Mulan on 2023-12-31, 大贵镇 breaks it (last 2023-09-15), the others
//   meet it; every Linze station meets it on 2024-05-15;
// - OVERDUE_RECTIFICATION: Linze's running projects keep their mid-term item open past its due
//   date (demo-world/project-lifecycle.ts): on 2024-05-15 沙河镇's since 2023-04-01; Mulan's were
//   closed on time.
// Each report is compared with the facts read from the database by SQL of its own. Then the
// supervising station, the writes with their refusals, and the workers' files behind masking.

const MULAN = '230127';
const LINZE = '620723';
const NEVER_ISSUED = '01890000-0000-7000-8000-0000000000aa';
const admin = principal('CIVIL_AFFAIRS', ['ADMIN'], MULAN);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, HUB_START_TIMEOUT_MS);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

type Row = Record<string, any>;
const sql = async (text: string, params: unknown[] = []): Promise<Row[]> =>
  hub.subgraphs['civil-affairs']!.database.orm.em.fork()
    .getConnection()
    .execute<Row[]>(text, params);

async function ok(query: string, variables: Record<string, unknown> = {}, who?: Principal) {
  const answer = await hub.query(query, variables, who ? { principal: who } : {});
  expect(answer.errors).toBeUndefined();
  return answer.data as Row;
}

/** A refused mutation: nothing written, the error's extensions and message returned. */
async function refused(
  query: string,
  variables: Record<string, unknown>,
  who = admin,
): Promise<Row> {
  const before = await writtenRowCount(hub);
  const answer = await hub.query(query, variables, { principal: who });
  expect(answer.data?.[Object.keys(answer.data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(await writtenRowCount(hub)).toEqual(before);
  return { ...(answer.errors![0]!.extensions as Row), message: answer.errors![0]!.message };
}

const stationId = async (name: string) =>
  (await sql('select id from stations where name = ?', [name]))[0]!.id as string;

/** The report, pages of `first` (a literal, so that the cost estimate knows the page). */
const reportQuery = (first = 100) => `query($code: String!, $asOf: Date, $after: String) {
  stationsOutOfStandard(regionCode: $code, asOf: $asOf, first: ${first}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { station { id name } breaches { standard { code } facts { fact value } explanation } } }
  } }`;
const REPORT = reportQuery();

/** The report as `{ station name: { rule code: facts } }`. */
async function report(code: string, asOf: string): Promise<Record<string, Record<string, Row>>> {
  const data = await ok(REPORT, { code, asOf });
  const result: Record<string, Record<string, Row>> = {};
  for (const { node } of data.stationsOutOfStandard.edges as Row[]) {
    result[node.station.name] = Object.fromEntries(
      (node.breaches as Row[]).map((breach) => [
        breach.standard.code,
        Object.fromEntries((breach.facts as Row[]).map((fact) => [fact.fact, fact.value])),
      ]),
    );
  }
  expect(data.stationsOutOfStandard.totalCount).toBe(Object.keys(result).length);
  return result;
}

/** The same, worked out from the database's rows without the rules' queries. */
async function expected(code: string, asOf: string): Promise<Record<string, Record<string, Row>>> {
  const rows = await sql(
    `select s.name,
       (select count(*) from social_workers w where w.station_id = s.id
          and w.employment in ('FULL_TIME', 'LABOUR_DISPATCH'))::int as full_time,
       (select count(*) from project_stations ps join service_projects p on p.id = ps.project_id
          where ps.station_id = s.id and p.status in ('ACTIVE', 'EVALUATING', 'COMPLETED')
            and p.starts_on <= ?::date and p.ends_on >= ?::date)::int as in_force,
       (select max(p.ends_on)::text from project_stations ps join service_projects p on p.id = ps.project_id
          where ps.station_id = s.id and p.status in ('ACTIVE', 'EVALUATING', 'COMPLETED') and p.ends_on < ?::date) as last_ended,
       (select max(e.held_on)::text from supervision_events e where e.station_id = s.id and e.held_on <= ?::date) as last_supervised,
       (?::date - 90)::text as window_start,
       (select count(*) from project_stations ps join project_rectifications r on r.project_id = ps.project_id
          where ps.station_id = s.id and r.due_on < ?::date and (r.closed_on is null or r.closed_on > ?::date))::int as overdue,
       (select min(r.due_on)::text from project_stations ps join project_rectifications r on r.project_id = ps.project_id
          where ps.station_id = s.id and r.due_on < ?::date and (r.closed_on is null or r.closed_on > ?::date)) as earliest_due
     from stations s
     where s.region_code like ? and s.level = 'TOWNSHIP_STATION' and s.status = 'OPERATING'
       and (s.opened_on is null or s.opened_on <= ?::date)`,
    [asOf, asOf, asOf, asOf, asOf, asOf, asOf, asOf, asOf, `${code}%`, asOf],
  );
  const result: Record<string, Record<string, Row>> = {};
  for (const row of rows) {
    const breaches: Record<string, Row> = {};
    if (row.full_time < 2)
      breaches.FULL_TIME_WORKERS = { fullTimeWorkers: String(row.full_time), required: '2' };
    if (row.in_force === 0) breaches.ACTIVE_PROJECT = { lastProjectEndedOn: row.last_ended };
    if (!row.last_supervised || row.last_supervised < row.window_start) {
      const [last] = await sql(
        `select kind from supervision_events where station_id = (select id from stations where name = ?)
           and held_on = ?::date order by kind limit 1`,
        [row.name, row.last_supervised],
      );
      breaches.RECENT_SUPERVISION = {
        lastSupervisionOn: row.last_supervised,
        lastSupervisionKind: last?.kind ?? null,
        days: '90',
      };
    }
    if (row.overdue > 0) {
      breaches.OVERDUE_RECTIFICATION = {
        overdueItems: String(row.overdue),
        earliestDueOn: row.earliest_due,
      };
    }
    if (Object.keys(breaches).length) result[row.name] = breaches;
  }
  return result;
}

describe('the standards', () => {
  it('lists the rules of the registry with their parameters', async () => {
    const data = await ok(
      `{ stationStandards { code requirement levels parameters { parameter value } } }`,
    );
    expect(data.stationStandards).toEqual([
      expect.objectContaining({
        code: 'FULL_TIME_WORKERS',
        requirement: '每个乡镇（街道）社工站至少配备两名专职社工',
        levels: ['TOWNSHIP_STATION'],
        parameters: [
          { parameter: 'minimum', value: '2' },
          { parameter: 'employments', value: 'FULL_TIME,LABOUR_DISPATCH' },
        ],
      }),
      expect.objectContaining({
        code: 'ACTIVE_PROJECT',
        parameters: [{ parameter: 'statuses', value: 'ACTIVE,EVALUATING,COMPLETED' }],
      }),
      expect.objectContaining({
        code: 'RECENT_SUPERVISION',
        parameters: [{ parameter: 'days', value: '90' }],
      }),
      expect.objectContaining({ code: 'OVERDUE_RECTIFICATION', parameters: [] }),
    ]);
  });
});

describe('stationsOutOfStandard', () => {
  it('finds the Mulan stations short of full-time workers and of supervision on 2023-12-31, as the rows say', async () => {
    const found = await report(MULAN, '2023-12-31');
    expect(found).toEqual(await expected(MULAN, '2023-12-31'));
    expect(found).toEqual({
      利东镇社工站: { FULL_TIME_WORKERS: { fullTimeWorkers: '1', required: '2' } },
      新民镇社工站: { FULL_TIME_WORKERS: { fullTimeWorkers: '1', required: '2' } },
      大贵镇社工站: {
        RECENT_SUPERVISION: {
          lastSupervisionOn: '2023-09-15',
          lastSupervisionKind: 'ON_SITE_CHECK',
          days: '90',
        },
      },
    });
  });

  it('finds the Linze stations whose projects ended by 2024-05-15, and not Shahe, as the rows say', async () => {
    const found = await report(LINZE, '2024-05-15');
    expect(found).toEqual(await expected(LINZE, '2024-05-15'));
    const project = Object.entries(found)
      .filter(([, breaches]) => breaches.ACTIVE_PROJECT)
      .map(([name, breaches]) => [name, breaches.ACTIVE_PROJECT]);
    expect(project).toEqual(
      expect.arrayContaining([
        ['平川镇社工站', { lastProjectEndedOn: '2024-04-14' }],
        ['鸭暖镇社工站', { lastProjectEndedOn: '2024-04-14' }],
      ]),
    );
    expect(project).toHaveLength(2);
    expect(found['沙河镇社工站']).toEqual({
      FULL_TIME_WORKERS: { fullTimeWorkers: '1', required: '2' },
      OVERDUE_RECTIFICATION: { overdueItems: '1', earliestDueOn: '2023-04-01' },
    });
  });

  it('finds the Linze stations whose projects left a rectification item open past its due date, and none in Mulan', async () => {
    const found = await report(LINZE, '2024-05-15');
    expect(found['沙河镇社工站']?.OVERDUE_RECTIFICATION).toEqual({
      overdueItems: '1',
      earliestDueOn: '2023-04-01',
    });
    for (const breaches of Object.values(found)) {
      if (!breaches.OVERDUE_RECTIFICATION) continue;
      expect(breaches.OVERDUE_RECTIFICATION.earliestDueOn < '2024-05-15').toBe(true);
    }
    // Mulan's items were closed on time: none overdue there at the end of 2023.
    const mulan = await report(MULAN, '2023-12-31');
    expect(Object.values(mulan).some((breaches) => breaches.OVERDUE_RECTIFICATION)).toBe(false);
  });

  it('explains each breach in one sentence with its facts', async () => {
    const data = await ok(REPORT, { code: MULAN, asOf: '2023-12-31' });
    const sentences = (data.stationsOutOfStandard.edges as Row[]).flatMap(({ node }) =>
      (node.breaches as Row[]).map((breach) => `${node.station.name}: ${breach.explanation}`),
    );
    expect(sentences.sort()).toEqual([
      '利东镇社工站: 1 full-time social worker(s) of 2 required',
      '大贵镇社工站: no supervision in the 90 days before; last supervision 2023-09-15',
      '新民镇社工站: 1 full-time social worker(s) of 2 required',
    ]);
  });

  it('pages by station id, the pages together the whole list', async () => {
    const whole = await ok(REPORT, { code: LINZE, asOf: '2024-05-15' });
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data = await ok(reportQuery(1), { code: LINZE, asOf: '2024-05-15', after });
      const connection = data.stationsOutOfStandard;
      ids.push(...(connection.edges as Row[]).map((edge) => edge.node.station.id as string));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(ids).toEqual(
      (whole.stationsOutOfStandard.edges as Row[]).map((edge) => edge.node.station.id as string),
    );
    expect(ids).toHaveLength(3);
  });

  it('answers for your region only, and refuses a code that is not one', async () => {
    const linze = principal('CIVIL_AFFAIRS', ['VIEWER'], LINZE);
    const other = await hub.query(
      REPORT,
      { code: MULAN, asOf: '2023-12-31' },
      { principal: linze },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).not.toContain(MULAN);
    const bad = await hub.query(REPORT, { code: '2301279', asOf: '2023-12-31' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'regionCode',
    });
  });
});

describe('the supervising station', () => {
  it('is Mulan town station, a township station over the seven other township stations of the county', async () => {
    const mulan = await stationId('木兰镇社工站');
    const data = await ok(
      `query($id: ID!) { station(id: $id) { level supervisingStation { id } supervisedStations { name level supervisingStation { name } } } }`,
      { id: mulan },
    );
    expect(data.station.level).toBe('TOWNSHIP_STATION');
    expect(data.station.supervisingStation).toBeNull();
    const peers = await sql(
      `select name from stations where region_code like '${MULAN}%' and level = 'TOWNSHIP_STATION' and id <> ? order by region_code`,
      [mulan],
    );
    expect(peers).toHaveLength(7);
    expect(data.station.supervisedStations).toEqual(
      peers.map((peer) => ({
        name: peer.name,
        level: 'TOWNSHIP_STATION',
        supervisingStation: { name: '木兰镇社工站' },
      })),
    );
  });
});

const RECORD = `mutation($input: RecordSupervisionEventInput!) {
  recordSupervisionEvent(input: $input) { id kind heldOn heldBy notes station { name } heldByStation { name } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStationInput!) {
  updateStation(id: $id, input: $input) { premisesArea independentOffice signage supervisingStation { name } designations { kind level year } } }`;

describe('writes', () => {
  it('records supervision at a station, and the report follows it', async () => {
    const dagui = await stationId('大贵镇社工站');
    const mulan = await stationId('木兰镇社工站');
    const input = {
      stationId: dagui,
      kind: 'ON_SITE_CHECK',
      heldOn: '2023-12-28',
      heldBy: '木兰镇社工站（总督导站）',
      heldByStationId: mulan,
      notes: '补查第四季度台账',
    };
    const data = await ok(RECORD, { input }, admin);
    expect(data.recordSupervisionEvent).toMatchObject({
      kind: 'ON_SITE_CHECK',
      heldOn: '2023-12-28',
      station: { name: '大贵镇社工站' },
      heldByStation: { name: '木兰镇社工站' },
    });
    const [row] = await sql(
      'select region_code, recorded_by_department from supervision_events where id = ?',
      [data.recordSupervisionEvent.id],
    );
    expect(row).toEqual({ region_code: '230127102', recorded_by_department: 'CIVIL_AFFAIRS' });
    // The same record again is the first one; other details for it are a conflict.
    const again = await ok(RECORD, { input }, admin);
    expect(again.recordSupervisionEvent.id).toBe(data.recordSupervisionEvent.id);
    expect(await refused(RECORD, { input: { ...input, notes: '另一份纪要' } })).toMatchObject({
      code: 'CONFLICT',
      field: 'heldOn',
    });
    expect(Object.keys(await report(MULAN, '2023-12-31')).sort()).toEqual([
      '利东镇社工站',
      '新民镇社工站',
    ]);
  });

  it('refuses bad supervision records, naming the field, and writes nothing', async () => {
    const dagui = await stationId('大贵镇社工站');
    const good = {
      stationId: dagui,
      kind: 'MONTHLY_WORKER_MEETING',
      heldOn: '2024-01-05',
      heldBy: '木兰县民政局',
    };
    expect(await refused(RECORD, { input: { ...good, heldBy: '' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'heldBy',
    });
    expect(await refused(RECORD, { input: { ...good, heldOn: '2023-05-01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'heldOn',
    });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(await refused(RECORD, { input: { ...good, heldOn: tomorrow } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'heldOn',
    });
    // A viewer may not write at all.
    const viewer = principal('CIVIL_AFFAIRS', ['VIEWER'], MULAN);
    expect((await refused(RECORD, { input: good }, viewer)).code).toMatch(/FORBIDDEN|UNAUTHORIZED/);
  });

  it('refuses a station of another county exactly as one never issued', async () => {
    const pingchuan = await stationId('平川镇社工站');
    const base = { kind: 'ON_SITE_CHECK', heldOn: '2024-01-05', heldBy: '木兰县民政局' };
    const elsewhere = await refused(RECORD, { input: { ...base, stationId: pingchuan } });
    const absent = await refused(RECORD, { input: { ...base, stationId: NEVER_ISSUED } });
    expect(elsewhere).toMatchObject({ code: 'NOT_FOUND', field: 'stationId' });
    expect(elsewhere).toEqual(absent);
    const mulanStation = await stationId('东兴镇社工站');
    const heldBy = await refused(RECORD, {
      input: { ...base, stationId: mulanStation, heldByStationId: pingchuan },
    });
    expect(heldBy).toMatchObject({ code: 'NOT_FOUND', field: 'heldByStationId' });
  });

  it('sets premises, signage, designations and the supervising station, and refuses loops and other counties', async () => {
    const [mulan, dongxing, pingchuan] = await Promise.all(
      ['木兰镇社工站', '东兴镇社工站', '平川镇社工站'].map(stationId),
    );
    const designations = [
      { kind: 'DEMONSTRATION', level: 'COUNTY', year: 2023 },
      { kind: 'PILOT', level: 'PROVINCIAL', year: 2024 },
    ];
    const data = await ok(
      UPDATE,
      {
        id: dongxing,
        input: { premisesArea: 180, independentOffice: true, signage: true, designations },
      },
      admin,
    );
    expect(data.updateStation).toEqual({
      premisesArea: 180,
      independentOffice: true,
      signage: true,
      supervisingStation: { name: '木兰镇社工站' },
      designations: [designations[0], designations[1]],
    });
    const replaced = await ok(
      UPDATE,
      { id: dongxing, input: { designations: [designations[1]] } },
      admin,
    );
    expect(replaced.updateStation.designations).toEqual([designations[1]]);
    // Mulan town under Dongxing would supervise itself through it.
    expect(
      await refused(UPDATE, { id: mulan, input: { supervisingStationId: dongxing } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'supervisingStationId',
    });
    expect(
      await refused(UPDATE, { id: mulan, input: { supervisingStationId: mulan } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'supervisingStationId',
    });
    const elsewhere = await refused(UPDATE, {
      id: dongxing,
      input: { supervisingStationId: pingchuan },
    });
    const absent = await refused(UPDATE, {
      id: dongxing,
      input: { supervisingStationId: NEVER_ISSUED },
    });
    expect(elsewhere).toMatchObject({ code: 'NOT_FOUND', field: 'supervisingStationId' });
    expect(elsewhere).toEqual(absent);
    expect(
      await refused(UPDATE, {
        id: dongxing,
        input: { designations: [designations[0], designations[0]] },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'designations' });
  });
});

const FILE = `query($id: ID!) { socialWorker(id: $id) {
  certifiedOn trainings { trainedOn hours topic organiser } allowances { title monthlyAmount startsOn endsOn }
  rewards { title awardedOn awardedBy } } }`;
const FILE_BY_STATION = `query($id: ID!) { station(id: $id) { socialWorkers {
  certifiedOn trainings { topic } allowances { monthlyAmount } rewards { title } } } }`;

describe("workers' files", () => {
  it('shows staff the file as the database holds it', async () => {
    const [worker] = await sql(
      `select w.id, w.certified_on::text as certified_on from social_workers w
         join stations s on s.id = w.station_id
        where s.name = '木兰镇社工站' and w.employment = 'FULL_TIME'`,
    );
    const trainings = await sql(
      `select trained_on::text as "trainedOn", hours, topic, organiser from social_worker_trainings where worker_id = ? order by trained_on`,
      [worker!.id],
    );
    for (const role of ['ADMIN', 'CASEWORKER', 'ANALYST', 'SUPERVISOR'] as const) {
      const data = await ok(FILE, { id: worker!.id }, principal('WOMEN_FEDERATION', [role], MULAN));
      expect(data.socialWorker).toEqual({
        certifiedOn: worker!.certified_on,
        trainings,
        allowances: [
          {
            title: '乡镇社工站岗位补贴',
            monthlyAmount: '300.00',
            startsOn: '2023-06-01',
            endsOn: null,
          },
        ],
        rewards: [{ title: '优秀社会工作者', awardedOn: '2023-12-20', awardedBy: '木兰县民政局' }],
      });
    }
  });

  it('shows viewers and auditors nothing of it, whichever way they ask', async () => {
    const [worker] = await sql(
      `select w.id, w.station_id from social_workers w join stations s on s.id = w.station_id
        where s.name = '木兰镇社工站' and w.employment = 'FULL_TIME'`,
    );
    for (const role of ['VIEWER', 'AUDITOR'] as const) {
      const who = { principal: principal('CIVIL_AFFAIRS', [role], MULAN) };
      const direct = await hub.query(FILE, { id: worker!.id }, who);
      expect(direct.data?.socialWorker ?? null).toBeNull();
      const through = await hub.query(FILE_BY_STATION, { id: worker!.station_id }, who);
      expect(through.data?.station?.socialWorkers ?? null).toBeNull();
      expect(JSON.stringify(through.data)).not.toContain('优秀社会工作者');
    }
  });

  it('counts the region workforce by level, employment and allowance as the rows do', async () => {
    const data = await ok(
      `{ region(code: "${MULAN}") { workforceDetail(asOf: "2023-12-31") {
          certified undated certifiedByLevel { certification workers }
          byEmployment { employment workers certified } allowanceRecipients monthlyAllowances annualAllowances } } }`,
    );
    const [row] = await sql(
      `select count(*) filter (where certification <> 'NONE' and certified_on <= '2023-12-31')::int as certified,
              count(*) filter (where employment = 'LABOUR_DISPATCH')::int as dispatched,
              (select count(distinct a.worker_id) from social_worker_allowances a join social_workers w2 on w2.id = a.worker_id
                where w2.region_code like '${MULAN}%' and a.starts_on <= '2023-12-31')::int as recipients
         from social_workers where region_code like '${MULAN}%'`,
    );
    const detail = data.region.workforceDetail;
    expect(detail.certified).toBe(row!.certified);
    expect(detail.undated).toBe(0);
    expect(
      detail.byEmployment.find((entry: Row) => entry.employment === 'LABOUR_DISPATCH').workers,
    ).toBe(row!.dispatched);
    expect(detail.allowanceRecipients).toBe(row!.recipients);
    expect(detail.monthlyAllowances).toBe(`${row!.recipients * 300}.00`);
    expect(detail.annualAllowances).toBe(`${row!.recipients * 3600}.00`);
  });
});

describe("writing workers' files", () => {
  const TRAINING = `mutation($input: RecordWorkerTrainingInput!) {
    recordWorkerTraining(input: $input) { trainedOn hours topic organiser } }`;
  const ALLOWANCE = `mutation($input: RecordWorkerAllowanceInput!) {
    recordWorkerAllowance(input: $input) { title monthlyAmount startsOn endsOn } }`;
  const REWARD = `mutation($input: RecordWorkerRewardInput!) {
    recordWorkerReward(input: $input) { title awardedOn awardedBy } }`;

  it('records trainings, allowances and rewards once each, and the file shows them', async () => {
    const [worker] = await sql(
      `select w.id from social_workers w join stations s on s.id = w.station_id
        where s.name = '利东镇社工站' order by w.id limit 1`,
    );
    const workerId = worker!.id as string;
    const training = {
      workerId,
      trainedOn: '2024-03-12',
      hours: 16,
      topic: '个案管理实务',
      organiser: '木兰县民政局',
    };
    const allowance = {
      workerId,
      title: '持证津贴',
      monthlyAmount: '200.00',
      startsOn: '2024-01-01',
      endsOn: null,
    };
    const reward = {
      workerId,
      title: '优秀社工',
      awardedOn: '2024-05-20',
      awardedBy: '哈尔滨市民政局',
    };
    const first = await ok(TRAINING, { input: training }, admin);
    const again = await ok(TRAINING, { input: training }, admin);
    expect(again.recordWorkerTraining).toEqual(first.recordWorkerTraining);
    await ok(ALLOWANCE, { input: allowance }, admin);
    await ok(REWARD, { input: reward }, admin);
    const [counts] = await sql(
      `select (select count(*) from social_worker_trainings where worker_id = ? and topic = '个案管理实务')::int as t,
              (select count(*) from social_worker_allowances where worker_id = ? and title = '持证津贴')::int as a,
              (select count(*) from social_worker_rewards where worker_id = ? and title = '优秀社工')::int as r`,
      [workerId, workerId, workerId],
    );
    expect(counts).toEqual({ t: 1, a: 1, r: 1 });
    const file = (await ok(FILE, { id: workerId }, admin)).socialWorker;
    const { workerId: _t, ...shownTraining } = training;
    const { workerId: _a, ...shownAllowance } = allowance;
    const { workerId: _r, ...shownReward } = reward;
    expect(file.trainings).toContainEqual(shownTraining);
    expect(file.allowances).toContainEqual(shownAllowance);
    expect(file.rewards).toContainEqual(shownReward);

    // The same entry with other details, a term ending before it starts, a worker of Linze, a viewer.
    expect(await refused(TRAINING, { input: { ...training, hours: 8 } })).toMatchObject({
      code: 'CONFLICT',
      field: 'trainedOn',
    });
    expect(
      await refused(ALLOWANCE, {
        input: { ...allowance, startsOn: '2024-06-01', endsOn: '2024-05-31' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect(
      await refused(ALLOWANCE, { input: { ...allowance, monthlyAmount: '0.00' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'monthlyAmount',
    });
    const [linze] = await sql(
      `select id from social_workers where region_code like '${LINZE}%' limit 1`,
    );
    const elsewhere = await refused(REWARD, { input: { ...reward, workerId: linze!.id } });
    const never = await refused(REWARD, { input: { ...reward, workerId: NEVER_ISSUED } });
    expect(elsewhere).toMatchObject({ code: 'NOT_FOUND', field: 'workerId' });
    expect(elsewhere.message).toBe(never.message);
    const viewer = principal('CIVIL_AFFAIRS', ['VIEWER'], MULAN);
    expect((await refused(REWARD, { input: reward }, viewer)).code).toMatch(
      /FORBIDDEN|UNAUTHORIZED/,
    );
  });
});
