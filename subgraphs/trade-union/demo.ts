import { addDays } from '../../shared/input/dates.js';
import { emitAllBenefits } from '../../shared/ledger/outbox.js';
import { tradeUnionBenefits } from './benefits.js';
import type { DemoLoader } from '../../shared/subgraph.js';
import { publishedContributions } from '../../demo-world/contributions.js';
import { deliberateOverlaps } from '../../demo-world/overlaps.js';
import type { WorldContribution } from '../../demo-world/contributions.js';
import { DemoIds, SeededRandom } from '../../demo-world/random.js';
import type { DemoWorld } from '../../demo-world/types.js';
import { insertInBatches } from '../../demo-world/insert.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import {
  ProjectContribution,
  UnionAssistance,
  UnionServicePoint,
  WorkerFile,
} from './entities/index.js';

// The trade union's part of the demo world: files on about one in ten working-age adults of
// the register (born 1965 or later), a workers' home in every operating township station,
// assistance to some of the workers on file, and union money in the Mulan county project.
// Synthetic below the published aggregates, like the rest of the world.

export interface WorldWorkerFile {
  id: string;
  personId: string;
  personRegionCode: string;
  employer: string;
  reason: string;
  level: string;
  status: string;
  openedOn: string;
  closedOn: string | null;
  householdIncomePerCapitaFen: bigint;
}
export interface WorldUnionServicePoint {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  stationId: string;
  openedOn: string;
}
export interface WorldUnionAssistance {
  id: string;
  personId: string;
  personRegionCode: string;
  kind: string;
  amountFen: bigint;
  grantedOn: string;
  reference: string;
}

export interface TradeUnionSlice {
  files: WorldWorkerFile[];
  servicePoints: WorldUnionServicePoint[];
  assistance: WorldUnionAssistance[];
  contributions: WorldContribution[];
}

/** Employers of each demo county, and the prefix of its union's assistance numbers. */
const COUNTIES: Record<string, { employers: string[]; reference: string }> = {
  '230127': {
    employers: [
      '木兰县粮油加工厂',
      '木兰县农机制造有限公司',
      '木兰镇供销合作社',
      '木兰县城建工程公司',
    ],
    reference: '木工帮',
  },
  '620723': {
    employers: ['临泽县枣业合作社', '临泽县玉米制种有限公司', '沙河镇建材厂', '临泽县物流配送中心'],
    reference: '临工帮',
  },
  '522327': {
    employers: ['册亨县林业开发公司', '册亨县糯米蕉合作社', '册亨县城市保洁公司'],
    reference: '册工帮',
  },
};
const OTHER_COUNTY = { employers: ['县物流配送中心', '县城建工程公司'], reference: '工帮' };
const REASONS = [
  'ILLNESS',
  'DISABILITY',
  'UNEMPLOYMENT',
  'LOW_WAGE',
  'ACCIDENT',
  'FAMILY_HARDSHIP',
];
/** Yuan range of each kind of assistance, in hundreds of yuan. */
const ASSISTANCE_HUNDREDS: Record<string, [number, number]> = {
  LIVING: [5, 20],
  MEDICAL: [10, 50],
  EDUCATION: [10, 30],
};

/** The day after a date, so that a file is closed strictly after it was opened. */
const dayAfter = (date: string): string => addDays(date, 1);

/** Builds the trade union's slice from the shared world; the same world gives the same slice. */
export function buildTradeUnionSlice(world: DemoWorld): TradeUnionSlice {
  const random = new SeededRandom(7);
  const ids = new DemoIds(random, Date.parse('2023-03-01T00:00:00Z'));
  const slice: TradeUnionSlice = {
    files: [],
    servicePoints: [],
    assistance: [],
    contributions: [],
  };
  const serials = new Map<string, number>();
  const grant = (file: WorldWorkerFile, kind: string) => {
    const county = COUNTIES[file.personRegionCode.slice(0, 6)] ?? OTHER_COUNTY;
    const grantedOn = random.date(dayAfter(file.openedOn), '2023-12-20');
    // Numbers restart every year, as documents numbered 〔year〕 do.
    const series = `${county.reference}〔${grantedOn.slice(0, 4)}〕`;
    const serial = (serials.get(series) ?? 0) + 1;
    serials.set(series, serial);
    const [low, high] = ASSISTANCE_HUNDREDS[kind]!;
    slice.assistance.push({
      id: ids.next(),
      personId: file.personId,
      personRegionCode: file.personRegionCode,
      kind,
      amountFen: BigInt(random.int(low, high)) * 10_000n,
      grantedOn,
      reference: `${series}${String(serial).padStart(3, '0')}号`,
    });
  };

  const adults = world.people.filter(
    (person) => person.birthDate >= '1965-01-01' && person.birthDate <= '2005-12-31',
  );
  adults.forEach((person, index) => {
    if (index % 10 !== 4) return;
    const order = slice.files.length;
    const deep = random.next() < 0.3;
    const closed = order % 8 === 5;
    const openedOn = random.date('2019-01-01', '2023-06-30');
    const county = COUNTIES[person.regionCode.slice(0, 6)] ?? OTHER_COUNTY;
    const file: WorldWorkerFile = {
      id: ids.next(),
      personId: person.id,
      personRegionCode: person.regionCode,
      employer: random.pick(county.employers),
      reason: random.pick(REASONS),
      level: deep ? 'DEEP' : 'ORDINARY',
      status: closed ? 'CLOSED' : 'OPEN',
      openedOn,
      closedOn: closed ? random.date(dayAfter(openedOn), '2023-12-20') : null,
      householdIncomePerCapitaFen: BigInt(deep ? random.int(20, 60) : random.int(60, 150)) * 1_000n,
    };
    slice.files.push(file);
    if (closed) return;
    if (deep) {
      grant(file, 'LIVING');
      grant(
        file,
        ['ILLNESS', 'DISABILITY', 'ACCIDENT'].includes(file.reason) ? 'MEDICAL' : 'EDUCATION',
      );
    } else if (order % 2 === 0) {
      grant(file, 'LIVING');
    }
  });

  for (const station of world.stations.filter(
    (candidate) => candidate.status === 'OPERATING' && candidate.level === 'TOWNSHIP_STATION',
  )) {
    slice.servicePoints.push({
      id: ids.next(),
      name: `${station.name.replace('社工站', '')}职工之家`,
      kind: 'WORKERS_HOME',
      regionCode: station.regionCode,
      stationId: station.id,
      openedOn: station.openedOn ?? '2023-01-01',
    });
  }

  const mulan = world.projects.find(
    (project) => project.name === '木兰县乡镇社工站运营项目（2023）',
  );
  if (mulan) {
    slice.contributions.push({
      id: ids.next(),
      projectId: mulan.id,
      projectRegionCode: mulan.regionCode,
      amountFen: 5_000_000n,
      fundSource: 'UNION_FUNDS',
      fundLevel: 'COUNTY',
      reference: '木工发〔2023〕8号',
      contributedOn: '2023-06-01',
      indicators: [{ name: '困难职工帮扶', unit: '人次', target: 60, achieved: 24 }],
    });
  }
  slice.contributions.push(
    ...publishedContributions(world, 'TRADE_UNION', 'UNION_FUNDS', '川工发', ids),
  );
  // The people helped by three departments on purpose: an open file, then living assistance.
  deliberateOverlaps(world).forEach((overlap, index) => {
    let file = slice.files.find((candidate) => candidate.personId === overlap.personId);
    if (!file) {
      file = {
        id: ids.next(),
        personId: overlap.personId,
        personRegionCode: overlap.regionCode,
        employer: '木兰县某建筑公司',
        reason: 'ILLNESS',
        level: 'DEEP',
        status: 'OPEN',
        openedOn: '2023-01-05',
        closedOn: null,
        householdIncomePerCapitaFen: 3_000_000n,
      };
      slice.files.push(file);
    }
    if (file.status !== 'OPEN' || file.openedOn > overlap.unionOn) return;
    slice.assistance.push({
      id: ids.next(),
      personId: overlap.personId,
      personRegionCode: overlap.regionCode,
      kind: 'LIVING',
      amountFen: 200_000n,
      grantedOn: overlap.unionOn,
      reference: `木工帮〔${overlap.unionOn.slice(0, 4)}〕重${index + 1}号`,
    });
  });
  return slice;
}

/** Loads the trade union's slice of the demo world into an empty database, in one transaction. */
export const loadDemo: DemoLoader = async (em, logger) => {
  if ((await em.count(UnionServicePoint, {})) > 0) return false;
  const slice = buildTradeUnionSlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await insertInBatches(tx, WorkerFile, slice.files);
    await insertInBatches(tx, UnionServicePoint, slice.servicePoints);
    await insertInBatches(tx, UnionAssistance, slice.assistance);
    await insertInBatches(tx, ProjectContribution, slice.contributions);
    // Snapshots of every benefit record, so that a ledger built from scratch sees the world.
    await emitAllBenefits(tx, tradeUnionBenefits);
  });
  logger.info(
    {
      files: slice.files.length,
      servicePoints: slice.servicePoints.length,
      assistance: slice.assistance.length,
    },
    'demo world loaded',
  );
  return true;
};
