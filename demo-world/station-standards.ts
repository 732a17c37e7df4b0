import { distribute } from './published.js';
import { DemoIds, SeededRandom } from './random.js';
import type { DemoWorld, WorldStation, WorldSupervisionEvent, WorldWorker } from './types.js';

// Station standards and workers' files in the demo world (docs/stations.md). Added after
// everything else with a generator of their own, so that no id or date generated before changes.
//
// What the standards then find (test/civil-affairs/station-standards.test.ts):
// - Mulan (木兰县), seed 001: 木兰镇社工站 is the general supervising station (总督导站) of the
//   county's seven other township stations. On 2023-12-31, 利东镇 and 新民镇 have one full-time
//   worker of two (the others have a dispatched worker as their second), and 大贵镇 has had no
//   supervision since 2023-09-15; 木兰镇 and 东兴镇 meet every standard.
// - Linze (临泽县), seed 002: on 2024-05-15 the projects of 平川镇 and 鸭暖镇 have ended
//   (2024-04-14) while 沙河镇's runs to 2024-08-31; each station has one full-time worker.
// - Honghe (红河州), seed 004: 67 of the 378 certified workers were certified by the end of 2021
//   (the whole number nearest to the published +460.97%); 128 of the 135 township stations have
//   an office of their own, 7 share one (95% / 5%).
// - Qijiang (綦江区), seed 001: 182 certified community workers paid a professional allowance
//   of 120,000 yuan a year together.
// - Dali (大理州), seed 001: 1 provincial demonstration station and 2 demonstration points.

const MULAN = '230127';
const LINZE = '620723';
const HONGHE = '5325';
const QIJIANG = '500110';
const DALI = '5329';
const MEISHAN_TIANFU = '511471';

/** Honghe's certified workers by the end of 2021: 378 / 67 − 1 = +464.18%, the nearest to +460.97%. */
export const HONGHE_CERTIFIED_BY_2021 = 67;
/** Qijiang's certified community workers (社区工作者持有社工证). */
export const QIJIANG_COMMUNITY_WORKERS = 182;
/** Qijiang's professional allowance a year (社工职业津贴), in fen: 120,000 yuan. */
export const QIJIANG_ALLOWANCE_FEN_A_YEAR = 12_000_000;

/** The first day of each month from `from` (YYYY-MM) to `to` (YYYY-MM), both included. */
function months(from: string, to: string): string[] {
  const result: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > to) return result;
    result.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** The month (YYYY-MM) after the one `day` (YYYY-MM-DD or YYYY-MM) falls in. */
function monthAfter(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

class StandardsBuilder {
  readonly random = new SeededRandom(20261207);
  readonly ids = new DemoIds(this.random, Date.parse('2023-07-01T00:00:00Z'));

  constructor(readonly world: DemoWorld) {}

  townshipStations(prefix: string): WorldStation[] {
    return this.world.stations.filter(
      (station) => station.level === 'TOWNSHIP_STATION' && station.regionCode.startsWith(prefix),
    );
  }

  workersAt(station: WorldStation): WorldWorker[] {
    return this.world.workers.filter((worker) => worker.stationId === station.id);
  }

  event(
    station: WorldStation,
    kind: WorldSupervisionEvent['kind'],
    heldOn: string,
    heldBy: string,
    heldByStationId: string | null = null,
  ): void {
    this.world.standards.supervisionEvents.push({
      id: this.ids.next(),
      stationId: station.id,
      regionCode: station.regionCode,
      kind,
      heldOn,
      heldBy,
      heldByStationId,
      notes: {
        MONTHLY_WORKER_MEETING: '调度项目进度，了解社工人员工作情况',
        JOINT_DEPARTMENT_MEETING: '协商解决项目运作中的困难问题',
        ON_SITE_CHECK: '检查台账与服务记录，及时发现、及时整改',
      }[kind],
    });
  }

  /**
   * "一督两会": a workers' meeting on the 5th of each month, an on-site check on the 15th of each
   * quarter's last month, a joint meeting of departments on 20 June and 20 December, from the
   * month after opening to `until` (YYYY-MM).
   */
  supervise(
    station: WorldStation,
    until: string,
    county: string,
    supervisor: WorldStation | null,
  ): void {
    const by = supervisor ? `${supervisor.name}（总督导站）` : county;
    const start = station.openedOn ? monthAfter(station.openedOn) : '2023-01';
    for (const month of months(start < '2023-01' ? '2023-01' : start, until)) {
      this.event(station, 'MONTHLY_WORKER_MEETING', `${month}-05`, by, supervisor?.id ?? null);
      if (['03', '06', '09', '12'].includes(month.slice(5)))
        this.event(station, 'ON_SITE_CHECK', `${month}-15`, by, supervisor?.id ?? null);
      if (['06', '12'].includes(month.slice(5)))
        this.event(station, 'JOINT_DEPARTMENT_MEETING', `${month}-20`, county);
    }
  }

  designate(
    station: WorldStation,
    kind: 'PILOT' | 'DEMONSTRATION',
    level: 'PROVINCIAL' | 'COUNTY',
    year: number,
  ): void {
    this.world.standards.designations.push({
      id: this.ids.next(),
      stationId: station.id,
      kind,
      level,
      year,
    });
  }
}

/** Mulan: the supervising station, premises, dispatched workers, supervision and workers' files. */
function mulan(builder: StandardsBuilder): void {
  const stations = builder.townshipStations(MULAN);
  const byName = (name: string) => stations.find((station) => station.name === name)!;
  const head = byName('木兰镇社工站');
  const areas = [320, 150, 120, 135, 100, 160, 90, 90];
  stations.forEach((station, index) => {
    if (station !== head) station.supervisingStationId = head.id;
    if (station.status !== 'OPERATING') return;
    station.premisesArea = areas[index] ?? null;
    station.independentOffice = station.name !== '新民镇社工站';
    station.signage = true;
  });
  // The second worker of three stations is sent by a labour-dispatch company: full time.
  for (const name of ['木兰镇社工站', '东兴镇社工站', '大贵镇社工站']) {
    for (const worker of builder.workersAt(byName(name))) {
      if (worker.employment === 'PART_TIME') worker.employment = 'LABOUR_DISPATCH';
    }
  }
  for (const station of stations.filter((candidate) => candidate.status === 'OPERATING')) {
    const until = station.name === '大贵镇社工站' ? '2023-09' : '2024-06';
    builder.supervise(station, until, '木兰县民政局', station === head ? null : head);
  }
  const { trainings, allowances, rewards } = builder.world.standards;
  for (const station of stations) {
    for (const worker of builder.workersAt(station)) {
      trainings.push(
        {
          id: builder.ids.next(),
          workerId: worker.id,
          trainedOn: '2023-06-16',
          hours: 6,
          topic: '社会救助政策与个案工作实务',
          organiser: '木兰县民政局',
        },
        {
          id: builder.ids.next(),
          workerId: worker.id,
          trainedOn: '2023-11-10',
          hours: 4,
          topic: '社会工作督导与服务记录规范',
          organiser: '木兰镇社工站（总督导站）',
        },
      );
      if (worker.employment !== 'FULL_TIME') continue;
      allowances.push({
        id: builder.ids.next(),
        workerId: worker.id,
        title: '乡镇社工站岗位补贴',
        monthlyAmountFen: 30_000n,
        startsOn: '2023-06-01',
        endsOn: null,
      });
      if (station === head) {
        rewards.push({
          id: builder.ids.next(),
          workerId: worker.id,
          title: '优秀社会工作者',
          awardedOn: '2023-12-20',
          awardedBy: '木兰县民政局',
        });
      }
    }
  }
}

/** Linze: supervision at its three stations, and Shahe as the county's pilot. */
function linze(builder: StandardsBuilder): void {
  for (const station of builder.townshipStations(LINZE)) {
    station.signage = true;
    station.independentOffice = true;
    builder.supervise(station, '2024-06', '临泽县民政局', null);
    if (station.name === '沙河镇社工站') builder.designate(station, 'PILOT', 'COUNTY', 2021);
  }
}

/** Honghe: offices (95% of township stations their own, 5% shared) and dated qualifications. */
function honghe(builder: StandardsBuilder): void {
  // Farms' community stations (codes 400 and up) are not township stations of the published 135.
  const townships = builder
    .townshipStations(HONGHE)
    .filter((station) => Number(station.regionCode.slice(6)) < 400);
  townships.forEach((station, index) => {
    station.independentOffice = index % 19 !== 18;
  });
  const certified = builder.world.workers.filter(
    (worker) => worker.regionCode.startsWith(HONGHE) && worker.certification !== 'NONE',
  );
  certified.forEach((worker, index) => {
    worker.certifiedOn =
      index < HONGHE_CERTIFIED_BY_2021
        ? builder.random.date('2018-06-23', '2021-11-21')
        : builder.random.date('2022-06-18', '2023-06-17');
  });
}

/** Qijiang: certified community workers and their professional allowance. */
function qijiang(builder: StandardsBuilder): void {
  const byStation = builder
    .townshipStations(QIJIANG)
    .map((station) =>
      builder
        .workersAt(station)
        .filter((worker) => worker.employment === 'PART_TIME' && worker.certification !== 'NONE'),
    );
  const shares = distribute(QIJIANG_COMMUNITY_WORKERS, byStation.length);
  const chosen = byStation.flatMap((workers, index) => workers.slice(0, shares[index]));
  if (chosen.length !== QIJIANG_COMMUNITY_WORKERS) throw new Error('Qijiang: too few workers');
  const monthly = distribute(QIJIANG_ALLOWANCE_FEN_A_YEAR / 12, chosen.length);
  chosen.forEach((worker, index) => {
    worker.employment = 'COMMUNITY_WORKER';
    builder.world.standards.allowances.push({
      id: builder.ids.next(),
      workerId: worker.id,
      title: '社工职业津贴',
      monthlyAmountFen: BigInt(monthly[index]!),
      startsOn: '2023-01-01',
      endsOn: null,
    });
  });
}

/** Adds station standards and workers' files to a world built to the end. */
export function addStationStandards(world: DemoWorld): void {
  const builder = new StandardsBuilder(world);
  mulan(builder);
  linze(builder);
  honghe(builder);
  qijiang(builder);
  // Dali: 1 provincial demonstration station and 2 provincial demonstration points (seed 001).
  for (const station of builder.townshipStations(DALI).slice(0, 3))
    builder.designate(station, 'DEMONSTRATION', 'PROVINCIAL', 2022);
  // Meishan Tianfu: 视高 among the provincial pilots of the social work system (seed 000).
  const shigao = builder
    .townshipStations(MEISHAN_TIANFU)
    .find((station) => station.name === '视高镇社工站');
  if (shigao) builder.designate(shigao, 'PILOT', 'PROVINCIAL', 2022);
  // Every other qualification gets a date too, so that growth can be asked anywhere.
  for (const worker of world.workers) {
    if (worker.certification !== 'NONE' && !worker.certifiedOn)
      worker.certifiedOn = builder.random.date('2016-06-18', '2023-06-17');
  }
}
