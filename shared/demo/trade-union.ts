import { publishedContributions } from './contributions.js';
import { DemoIds, SeededRandom } from './random.js';
import type { WorldContribution } from './disability.js';
import type { DemoWorld } from './world.js';

// The trade union's part of the demo world: files on workers in difficulty among the working-age
// people of the register, a service point in every operating township station, and union money
// in the Mulan county project.

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

export interface TradeUnionSlice {
  files: WorldWorkerFile[];
  servicePoints: WorldUnionServicePoint[];
  contributions: WorldContribution[];
}

const EMPLOYERS = [
  '县农机制造有限公司',
  '镇供销合作社',
  '县城建工程公司',
  '县粮油加工厂',
  '县物流配送中心',
];
const REASONS = [
  'ILLNESS',
  'DISABILITY',
  'UNEMPLOYMENT',
  'LOW_WAGE',
  'ACCIDENT',
  'FAMILY_HARDSHIP',
];

/** Builds the trade union's slice from the shared world; the same world gives the same slice. */
export function buildTradeUnionSlice(world: DemoWorld): TradeUnionSlice {
  const random = new SeededRandom(7);
  const ids = new DemoIds(random, Date.parse('2023-03-01T00:00:00Z'));
  const slice: TradeUnionSlice = { files: [], servicePoints: [], contributions: [] };
  world.people
    .filter((person) => person.birthDate >= '1965-01-01' && person.birthDate <= '1980-12-31')
    .forEach((person, index) => {
      if (index % 3 !== 0) return;
      const closed = index % 9 === 0;
      const openedOn = random.date('2020-01-01', '2023-06-30');
      slice.files.push({
        id: ids.next(),
        personId: person.id,
        personRegionCode: person.regionCode,
        employer: random.pick(EMPLOYERS),
        reason: REASONS[index % REASONS.length] as string,
        level: index % 4 === 0 ? 'DEEP' : 'ORDINARY',
        status: closed ? 'CLOSED' : 'OPEN',
        openedOn,
        closedOn: closed ? random.date(openedOn, '2023-12-20') : null,
        householdIncomePerCapitaFen: BigInt(random.int(400, 1500)) * 100n,
      });
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
  const mulan = world.projects.find((project) => project.name.startsWith('木兰县'));
  if (mulan) {
    slice.contributions.push({
      id: ids.next(),
      projectId: mulan.id,
      projectRegionCode: mulan.regionCode,
      amountFen: 5_000_000n,
      fundSource: 'UNION_FUNDS',
      reference: '木工发〔2023〕8号',
      contributedOn: '2023-06-01',
      indicators: [{ name: '困难职工帮扶', unit: '人次', target: 60, achieved: 24 }],
    });
  }
  slice.contributions.push(
    ...publishedContributions(world, 'TRADE_UNION', 'UNION_FUNDS', '川工发', ids),
  );
  return slice;
}
