import { makeCreditCode } from '../../shared/validators/credit-code.js';
import { makeIdentityNumber } from '../../shared/validators/identity-number.js';
import { DemoIds, SeededRandom, syntheticName } from '../../demo-world/random.js';
import { distribute } from '../../demo-world/published.js';
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
}

/** The province's township stations, which the other departments' teams and services sit at. */
export function townshipStations(world: ScaleWorld): WorldStation[] {
  return world.stations.filter((station) => station.level === 'TOWNSHIP_STATION');
}

const METHODS = ['CASE', 'GROUP', 'COMMUNITY_ACTIVITY', 'HOME_VISIT', 'NEEDS_SURVEY', 'TRAINING'];
const CATEGORIES = [
  'MINIMUM_LIVING',
  'LOW_INCOME',
  'EMPTY_NEST_ELDERLY',
  'LEFT_BEHIND_CHILD',
  'LEFT_BEHIND_ELDERLY',
];

/** Generates the province of a scale; the same scale always gives the same province. */
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
  return world;
}
