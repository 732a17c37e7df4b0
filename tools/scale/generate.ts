import { makeCreditCode } from '../../shared/validators/credit-code.js';
import { makeIdentityNumber } from '../../shared/validators/identity-number.js';
import { DemoIds, SeededRandom, syntheticName } from '../../demo-world/random.js';
import { distribute } from '../../demo-world/published.js';
import { ofArea } from '../../demo-world/service-areas.js';
import type {
  WorldAgency,
  WorldPerson,
  WorldRecord,
  WorldRegion,
  WorldStation,
  WorldWorker,
} from '../../demo-world/types.js';

// A synthetic province for load: `npm run demo -- --scale N` adds N tenths of a province (at
// N = 10: 5,000 stations, 200,000 people, 1,000,000 service records) under code 330000, spread
// over cities, counties, townships and villages with valid codes and check digits.

export const SCALE_PROVINCE = { code: '330000', name: '浙江省' };
export const MAX_SCALE = 10;

export interface ScaleCounts {
  counties: number;
  townshipsPerCounty: number;
  villagesPerTownship: number;
  people: number;
  records: number;
}

/** What a scale asks for; the largest is a whole province. */
export function scaleCounts(scale: number): ScaleCounts {
  // 50 counties x 20 townships x 4 villages: 1,000 township stations and 4,000 village rooms.
  return {
    counties: 5 * scale,
    townshipsPerCounty: 20,
    villagesPerTownship: 4,
    people: 20_000 * scale,
    records: 100_000 * scale,
  };
}

/** A social worker of the province: no identity number, as the province has no worker files. */
export type ScaleWorker = Omit<WorldWorker, 'identityNumber'>;
export interface ScaleProject {
  id: string;
  name: string;
  leadDepartment: 'CIVIL_AFFAIRS';
  agencyId: string;
  regionCode: string;
  serviceAreas: string[];
  targetGroups: string[];
  startsOn: string;
  endsOn: string;
  /** In fen, as text (a bigint column). */
  contractAmountFen: string;
  status: 'ACTIVE';
}
export interface ScaleProjectStation {
  projectId: string;
  stationId: string;
}
/**
 * A service record of the province: who served and who was served are not kept, and the
 * methods include needs surveys.
 */
export type ScaleRecord = Omit<WorldRecord, 'method' | 'workerIds' | 'personIds' | 'summary'> & {
  method: string;
};

/** Every how many people of the register the trade union keeps a worker-in-difficulty file. */
export const WORKER_FILE_EVERY = 20;
/** Every how many people of the register hold a disability certificate. */
export const CERTIFICATE_EVERY = 10;

/** The departments that give cash or goods for a hardship of the province. */
export type ScaleGiver =
  'CIVIL_AFFAIRS' | 'TRADE_UNION' | 'DISABLED_PERSONS_FEDERATION' | 'CHARITY';

/** One department's help for a hardship: its record, the day, and the amount (fen, as text). */
export interface ScaleHelp {
  id: string;
  department: ScaleGiver;
  givenOn: string;
  amountFen: string;
}

/**
 * A person's hardship (一次困难: an illness, a lost job, a house fire) and the help each department
 * gave for it, within weeks of one another: where the benefit ledger finds several departments'
 * help to one person. Most hardships are helped by one or two departments, a few by four.
 */
export interface ScaleHardship {
  personId: string;
  /** The person's village. */
  regionCode: string;
  help: ScaleHelp[];
}

/**
 * A county's charity fund, which the province's charity grants to people are paid from, and the
 * donation that fills it.
 */
export interface ScaleFund {
  id: string;
  regionCode: string;
  name: string;
  donationId: string;
}

/** The synthetic province: civil affairs' register of it, from which every department's rows come. */
export interface ScaleWorld {
  regions: WorldRegion[];
  agencies: WorldAgency[];
  stations: WorldStation[];
  workers: ScaleWorker[];
  people: WorldPerson[];
  projects: ScaleProject[];
  projectStations: ScaleProjectStation[];
  records: ScaleRecord[];
  funds: ScaleFund[];
  hardships: ScaleHardship[];
}

/** The help of one department in the province's hardships, in the order they were generated. */
export function helpOf(
  world: ScaleWorld,
  department: ScaleGiver,
): Array<ScaleHelp & { personId: string; regionCode: string }> {
  return world.hardships.flatMap(({ personId, regionCode, help }) =>
    help
      .filter((given) => given.department === department)
      .map((given) => ({ ...given, personId, regionCode })),
  );
}

/** The province's township stations, which the other departments' teams and services sit at. */
export function townshipStations(world: ScaleWorld): WorldStation[] {
  return world.stations.filter((station) => station.level === 'TOWNSHIP_STATION');
}

const METHODS = ['CASE', 'GROUP', 'COMMUNITY_ACTIVITY', 'HOME_VISIT', 'NEEDS_SURVEY', 'TRAINING'];
/** The areas of the province's services, taken in turn (no draw, so the province stays as it was). */
const AREAS = [
  'SOCIAL_ASSISTANCE',
  'ELDERLY_CARE',
  'CHILD_WELFARE',
  'COMMUNITY_GOVERNANCE',
] as const;
const CATEGORIES = [
  'MINIMUM_LIVING',
  'LOW_INCOME',
  'EMPTY_NEST_ELDERLY',
  'LEFT_BEHIND_CHILD',
  'LEFT_BEHIND_ELDERLY',
];

/** Generates the province of a scale; the same scale always gives the same province. */
export function generateScaleWorld(scale: number, recordsFactor = 1): ScaleWorld {
  const counts = { ...scaleCounts(scale) };
  counts.records *= recordsFactor;
  const random = new SeededRandom(330000 + scale);
  const ids = new DemoIds(random, Date.parse('2024-01-01T00:00:00Z'));
  const world: ScaleWorld = {
    regions: [],
    agencies: [],
    stations: [],
    workers: [],
    people: [],
    projects: [],
    projectStations: [],
    records: [],
    funds: [],
    hardships: [],
  };
  world.regions.push({ ...SCALE_PROVINCE, level: 'PROVINCE', parentCode: null });
  const townships: Array<{ code: string; station: string; agency: string; project: string }> = [];
  const villages: string[] = [];
  for (let county = 0; county < counts.counties; county += 1) {
    const cityCode = `33${String(1 + Math.floor(county / 10)).padStart(2, '0')}00`;
    if (county % 10 === 0)
      world.regions.push({
        code: cityCode,
        name: `规模市${county / 10 + 1}`,
        level: 'CITY',
        parentCode: SCALE_PROVINCE.code,
      });
    const countyCode = `${cityCode.slice(0, 4)}${String(21 + (county % 10)).padStart(2, '0')}`;
    world.regions.push({
      code: countyCode,
      name: `规模县${county + 1}`,
      level: 'COUNTY',
      parentCode: cityCode,
    });
    const agency = ids.next();
    world.agencies.push({
      id: agency,
      name: `规模县${county + 1}社会工作服务中心`,
      creditCode: makeCreditCode(countyCode, 900_000 + county),
      regionCode: countyCode,
    });
    const project = ids.next();
    world.projects.push({
      id: project,
      name: `规模县${county + 1}社工站服务项目`,
      leadDepartment: 'CIVIL_AFFAIRS',
      agencyId: agency,
      regionCode: countyCode,
      serviceAreas: ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE'],
      targetGroups: ['ASSISTANCE_RECIPIENTS', 'ELDERLY'],
      startsOn: '2024-01-01',
      endsOn: '2026-12-31',
      contractAmountFen: String(random.int(300_000, 900_000) * 100),
      status: 'ACTIVE',
    });
    for (let township = 0; township < counts.townshipsPerCounty; township += 1) {
      const townshipCode = `${countyCode}${100 + township}`;
      world.regions.push({
        code: townshipCode,
        name: `规模镇${county + 1}-${township + 1}`,
        level: 'TOWNSHIP',
        parentCode: countyCode,
      });
      const station = ids.next();
      world.stations.push({
        id: station,
        name: `规模镇${county + 1}-${township + 1}社工站`,
        level: 'TOWNSHIP_STATION',
        status: 'OPERATING',
        regionCode: townshipCode,
        parentId: null,
        operatorId: agency,
        openedOn: '2024-01-01',
      });
      world.projectStations.push({ projectId: project, stationId: station });
      townships.push({ code: townshipCode, station, agency, project });
      for (let village = 0; village < counts.villagesPerTownship; village += 1) {
        const villageCode = `${townshipCode}${200 + village}`;
        world.regions.push({
          code: villageCode,
          name: `规模村${county + 1}-${township + 1}-${village + 1}`,
          level: 'VILLAGE',
          parentCode: townshipCode,
        });
        world.stations.push({
          id: ids.next(),
          name: `规模村${county + 1}-${township + 1}-${village + 1}社工室`,
          level: 'VILLAGE_ROOM',
          status: 'OPERATING',
          regionCode: villageCode,
          parentId: station,
          operatorId: agency,
          openedOn: '2024-03-01',
        });
        villages.push(villageCode);
      }
      for (let worker = 0; worker < 2; worker += 1) {
        world.workers.push({
          id: ids.next(),
          name: syntheticName(random),
          regionCode: countyCode,
          stationId: station,
          agencyId: agency,
          employment: worker === 0 ? 'FULL_TIME' : 'PART_TIME',
          certification: worker === 0 ? 'SOCIAL_WORKER' : 'NONE',
        });
      }
    }
  }
  const used = new Set<string>();
  for (let person = 0; person < counts.people; person += 1) {
    const village = villages[person % villages.length]!;
    let identity = '';
    do
      identity = makeIdentityNumber(
        village.slice(0, 6),
        random.date('1940-01-01', '2015-12-31'),
        random.int(1, 999),
      );
    while (used.has(identity));
    used.add(identity);
    world.people.push({
      id: ids.next(),
      name: syntheticName(random),
      identityNumber: identity,
      sex: Number(identity[16]) % 2 ? 'MALE' : 'FEMALE',
      birthDate: `${identity.slice(6, 10)}-${identity.slice(10, 12)}-${identity.slice(12, 14)}`,
      regionCode: village,
      categories: [random.pick(CATEGORIES)],
    });
  }
  const perTownship = distribute(counts.records, townships.length);
  townships.forEach((township, index) => {
    for (let record = 0; record < perTownship[index]!; record += 1) {
      const method = METHODS[record % METHODS.length]!;
      world.records.push({
        id: ids.next(),
        method,
        ...ofArea(AREAS[record % AREAS.length]!, method === 'COMMUNITY_ACTIVITY'),
        stationId: township.station,
        projectId: township.project,
        regionCode: township.code,
        servedOn: random.date('2024-01-01', '2026-10-31'),
        durationMinutes: 30 * random.int(1, 6),
        personTimes: method === 'CASE' ? 1 : random.int(3, 40),
        households: method === 'HOME_VISIT' ? 1 : 0,
      });
    }
  });
  // Drawn last, so that everything above is the province it always was.
  addHardships(world, random, ids);
  return world;
}

/** Days within which the departments' help for one hardship falls. */
const HELP_SPREAD_DAYS = 25;

/** A day `days` after a date `YYYY-MM-DD`. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The province's hardships: one person in ten has one between 2024 and October 2026, and half of
 * those the union or the disabled persons' federation keep a file on. Civil affairs' temporary
 * assistance helps in most, the union and the federation in many of their own people's, charity
 * in a third; each gives within {@link HELP_SPREAD_DAYS} days of the first.
 */
function addHardships(world: ScaleWorld, random: SeededRandom, ids: DemoIds): void {
  for (const county of world.regions.filter((region) => region.level === 'COUNTY')) {
    world.funds.push({
      id: ids.next(),
      regionCode: county.code,
      name: `${county.name}慈善救助基金`,
      donationId: '',
    });
  }
  // In hundreds of yuan, written in fen.
  const hundreds = (min: number, max: number) => String(random.int(min, max) * 10_000);
  world.people.forEach((person, index) => {
    const fileHolder = index % WORKER_FILE_EVERY === 0;
    const certificateHolder = index % CERTIFICATE_EVERY === 0;
    if (random.next() >= (fileHolder || certificateHolder ? 0.5 : 0.08)) return;
    const startsOn = random.date('2024-01-01', '2026-10-05');
    const givers: Array<[ScaleGiver, string]> = [];
    if (random.next() < 0.8) givers.push(['CIVIL_AFFAIRS', hundreds(5, 50)]);
    if (fileHolder && random.next() < 0.7) givers.push(['TRADE_UNION', hundreds(10, 30)]);
    if (certificateHolder && random.next() < 0.5)
      givers.push(['DISABLED_PERSONS_FEDERATION', hundreds(3, 30)]);
    if (random.next() < 0.35) givers.push(['CHARITY', hundreds(5, 20)]);
    if (!givers.length) givers.push(['CIVIL_AFFAIRS', hundreds(5, 50)]);
    world.hardships.push({
      personId: person.id,
      regionCode: person.regionCode,
      help: givers.map(([department, amountFen], order) => ({
        id: ids.next(),
        department,
        givenOn: order === 0 ? startsOn : addDays(startsOn, random.int(0, HELP_SPREAD_DAYS)),
        amountFen,
      })),
    });
  });
  // Drawn after the hardships, which were drawn before the funds had donations.
  for (const fund of world.funds) fund.donationId = ids.next();
}
