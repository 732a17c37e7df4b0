import { makeCreditCode } from '../../shared/validators/credit-code.js';
import { makeIdentityNumber } from '../../shared/validators/identity-number.js';
import { DemoIds, SeededRandom, syntheticName } from '../../demo-world/random.js';
import { distribute } from '../../demo-world/published.js';

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

export interface ScaleWorld {
  regions: unknown[][];
  agencies: unknown[][];
  stations: unknown[][];
  workers: unknown[][];
  people: Array<[string, string, string, string, string, string, string[]]>;
  projects: unknown[][];
  projectStations: unknown[][];
  records: unknown[][];
}

const METHODS = ['CASE', 'GROUP', 'COMMUNITY_ACTIVITY', 'HOME_VISIT', 'NEEDS_SURVEY', 'TRAINING'];
const CATEGORIES = [
  'MINIMUM_LIVING',
  'LOW_INCOME',
  'EMPTY_NEST_ELDERLY',
  'LEFT_BEHIND_CHILD',
  'LEFT_BEHIND_ELDERLY',
];

/** Generates the rows of the civil-affairs tables for a scale, as arrays in column order. */
export function generateScaleWorld(scale: number): ScaleWorld {
  const counts = scaleCounts(scale);
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
  };
  world.regions.push([SCALE_PROVINCE.code, SCALE_PROVINCE.name, 'PROVINCE', null]);
  const townships: Array<{ code: string; station: string; agency: string; project: string }> = [];
  const villages: string[] = [];
  for (let county = 0; county < counts.counties; county += 1) {
    const cityCode = `33${String(1 + Math.floor(county / 10)).padStart(2, '0')}00`;
    if (county % 10 === 0)
      world.regions.push([cityCode, `规模市${county / 10 + 1}`, 'CITY', SCALE_PROVINCE.code]);
    const countyCode = `${cityCode.slice(0, 4)}${String(21 + (county % 10)).padStart(2, '0')}`;
    world.regions.push([countyCode, `规模县${county + 1}`, 'COUNTY', cityCode]);
    const agency = ids.next();
    world.agencies.push([
      agency,
      `规模县${county + 1}社会工作服务中心`,
      makeCreditCode(countyCode, 900_000 + county),
      countyCode,
    ]);
    const project = ids.next();
    world.projects.push([
      project,
      `规模县${county + 1}社工站服务项目`,
      'CIVIL_AFFAIRS',
      agency,
      countyCode,
      ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE'],
      ['ASSISTANCE_RECIPIENTS', 'ELDERLY'],
      '2024-01-01',
      '2026-12-31',
      String(random.int(300_000, 900_000) * 100),
      'ACTIVE',
    ]);
    for (let township = 0; township < counts.townshipsPerCounty; township += 1) {
      const townshipCode = `${countyCode}${100 + township}`;
      world.regions.push([
        townshipCode,
        `规模镇${county + 1}-${township + 1}`,
        'TOWNSHIP',
        countyCode,
      ]);
      const station = ids.next();
      world.stations.push([
        station,
        `规模镇${county + 1}-${township + 1}社工站`,
        'TOWNSHIP_STATION',
        'OPERATING',
        townshipCode,
        null,
        agency,
        '2024-01-01',
      ]);
      world.projectStations.push([project, station]);
      townships.push({ code: townshipCode, station, agency, project });
      for (let village = 0; village < counts.villagesPerTownship; village += 1) {
        const villageCode = `${townshipCode}${200 + village}`;
        world.regions.push([
          villageCode,
          `规模村${county + 1}-${township + 1}-${village + 1}`,
          'VILLAGE',
          townshipCode,
        ]);
        world.stations.push([
          ids.next(),
          `规模村${county + 1}-${township + 1}-${village + 1}社工室`,
          'VILLAGE_ROOM',
          'OPERATING',
          villageCode,
          station,
          agency,
          '2024-03-01',
        ]);
        villages.push(villageCode);
      }
      for (let worker = 0; worker < 2; worker += 1) {
        world.workers.push([
          ids.next(),
          syntheticName(random),
          countyCode,
          station,
          agency,
          worker === 0 ? 'FULL_TIME' : 'PART_TIME',
          worker === 0 ? 'SOCIAL_WORKER' : 'NONE',
        ]);
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
    world.people.push([
      ids.next(),
      syntheticName(random),
      identity,
      Number(identity[16]) % 2 ? 'MALE' : 'FEMALE',
      `${identity.slice(6, 10)}-${identity.slice(10, 12)}-${identity.slice(12, 14)}`,
      village,
      [random.pick(CATEGORIES)],
    ]);
  }
  const perTownship = distribute(counts.records, townships.length);
  townships.forEach((township, index) => {
    for (let record = 0; record < perTownship[index]!; record += 1) {
      const method = METHODS[record % METHODS.length]!;
      world.records.push([
        ids.next(),
        method,
        township.station,
        township.project,
        township.code,
        random.date('2024-01-01', '2026-10-31'),
        30 * random.int(1, 6),
        method === 'CASE' ? 1 : random.int(3, 40),
        method === 'HOME_VISIT' ? 1 : 0,
      ]);
    }
  });
  return world;
}
