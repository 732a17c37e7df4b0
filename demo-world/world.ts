import { makeCreditCode } from '../shared/validators/credit-code.js';
import { makeIdentityNumber } from '../shared/validators/identity-number.js';
import {
  LINZE,
  LINZE_NEW_STATIONS_YUAN,
  MULAN,
  PINGCHUAN_OUTPUT,
  type DemoCounty,
} from './places.js';
import { addPublishedPlace, type PlaceBuilder } from './published.js';
import {
  CEHENG,
  DALI,
  HONGHE,
  MEISHAN_TIANFU,
  QIJIANG,
  SHIYAN,
  ULANQAB,
} from './published-places.js';
import { DemoIds, SeededRandom, syntheticName } from './random.js';
import { inTurn, servingPeople } from './service-areas.js';
import { SHANGRAO, TAICANG } from './shangrao-taicang.js';
import { addSichuanServices, SICHUAN_CITIES } from './sichuan.js';
import { addStationStandards } from './station-standards.js';
import type {
  DemoWorld,
  WorldPerson,
  WorldProject,
  WorldRecord,
  WorldStation,
  WorldWorker,
} from './types.js';

// One deterministic world that every department loads its own slice of. Published figures are
// placed exactly; everything beneath them (names, numbers, dates, who got which service) is
// synthetic, with valid check characters.

const CATEGORY_MIX: string[][] = [
  ['MINIMUM_LIVING'],
  ['MINIMUM_LIVING', 'EMPTY_NEST_ELDERLY'],
  ['EXTREME_POVERTY'],
  ['LOW_INCOME'],
  ['LEFT_BEHIND_ELDERLY'],
  ['LEFT_BEHIND_CHILD'],
  ['CHILD_IN_DIFFICULTY'],
  ['EMPTY_NEST_ELDERLY'],
];
const CHILD_CATEGORIES = new Set(['LEFT_BEHIND_CHILD', 'CHILD_IN_DIFFICULTY', 'ORPHAN']);

/** Builds the demo world step by step; the generator of published places works through it. */
class WorldBuilder implements PlaceBuilder {
  readonly random = new SeededRandom(20231122);
  readonly ids = new DemoIds(this.random);
  readonly world: DemoWorld = {
    regions: [],
    agencies: [],
    stations: [],
    workers: [],
    people: [],
    duplicates: [],
    projects: [],
    records: [],
    assistance: [],
    standards: {
      designations: [],
      supervisionEvents: [],
      trainings: [],
      allowances: [],
      rewards: [],
    },
    published: [],
  };
  private readonly usedIdentity = new Set<string>();
  private agencySerial = 0;

  identity(countyCode: string, birthDate: string): string {
    for (let sequence = this.random.int(1, 990); ; sequence = (sequence % 999) + 1) {
      const value = makeIdentityNumber(countyCode, birthDate, sequence);
      if (!this.usedIdentity.has(value)) {
        this.usedIdentity.add(value);
        return value;
      }
    }
  }

  person(county: DemoCounty, regionCode: string): WorldPerson {
    const categories = this.random.pick(CATEGORY_MIX);
    const child = categories.some((category) => CHILD_CATEGORIES.has(category));
    const birthDate = child
      ? this.random.date('2010-01-01', '2019-12-31')
      : this.random.date('1938-01-01', '1975-12-31');
    const identityNumber = this.identity(county.code, birthDate);
    const person: WorldPerson = {
      id: this.ids.next(),
      name: syntheticName(this.random),
      identityNumber,
      sex: Number(identityNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
      birthDate,
      regionCode,
      categories,
    };
    this.world.people.push(person);
    return person;
  }

  /**
   * The same person entered again (by another desk, without categories) in `regionCode`, under
   * the number with its sequence digits shifted by `shift` — even, so that the sex digit keeps
   * its parity — and the check character that goes with it.
   */
  duplicate(original: WorldPerson, regionCode: string, shift: number): WorldPerson {
    const sequence = (Number(original.identityNumber.slice(14, 17)) + shift) % 1000;
    const identityNumber = makeIdentityNumber(
      original.identityNumber.slice(0, 6),
      original.birthDate,
      sequence,
    );
    if (this.usedIdentity.has(identityNumber)) throw new Error(`${identityNumber} is taken`);
    this.usedIdentity.add(identityNumber);
    const person = { ...original, id: this.ids.next(), identityNumber, regionCode, categories: [] };
    this.world.duplicates.push(person);
    return person;
  }

  county(county: DemoCounty, villagesPerTownship = 4): Map<string, WorldStation> {
    const { regions } = this.world;
    if (!regions.some((region) => region.code === county.province.code)) {
      regions.push({ ...county.province, level: 'PROVINCE', parentCode: null });
    }
    if (!regions.some((region) => region.code === county.city.code)) {
      regions.push({ ...county.city, level: 'CITY', parentCode: county.province.code });
    }
    regions.push({
      code: county.code,
      name: county.name,
      level: 'COUNTY',
      parentCode: county.city.code,
    });

    const agencyIds = new Map<string, string>();
    for (const [key, name] of Object.entries(county.agencies)) {
      this.agencySerial += 1;
      const agency = {
        id: this.ids.next(),
        name,
        creditCode: makeCreditCode(county.code, this.agencySerial),
        regionCode: county.code,
      };
      this.world.agencies.push(agency);
      agencyIds.set(key, agency.id);
    }

    const stations = new Map<string, WorldStation>();
    for (const township of county.townships) {
      regions.push({
        code: township.code,
        name: township.name,
        level: 'TOWNSHIP',
        parentCode: county.code,
      });
      // Communities and villages (half each) give people a place to live and rooms a home.
      const half = Math.ceil(villagesPerTownship / 2);
      const units = Array.from({ length: villagesPerTownship }, (_, index) =>
        index < half
          ? ([String(index + 1).padStart(3, '0'), '社区'] as const)
          : ([String(201 + index - half), '村'] as const),
      );
      for (const [suffix, name] of units) {
        const village = `${township.name.replace(/[镇乡]$/, '')}${suffix.startsWith('0') ? `第${Number(suffix)}` : `${Number(suffix) - 200}`}${name}`;
        regions.push({
          code: `${township.code}${suffix}`,
          name: village,
          level: 'VILLAGE',
          parentCode: township.code,
        });
      }
      if (!township.station) continue;
      const station: WorldStation = {
        id: this.ids.next(),
        name: township.station.name,
        level: 'TOWNSHIP_STATION',
        status: township.station.status,
        regionCode: township.code,
        parentId: null,
        operatorId: agencyIds.get(township.station.agency) as string,
        openedOn: township.station.openedOn,
      };
      this.world.stations.push(station);
      stations.set(township.code, station);
    }
    return stations;
  }

  workers(county: DemoCounty, station: WorldStation): WorldWorker[] {
    const workers = [0, 1].map((index): WorldWorker => ({
      id: this.ids.next(),
      name: syntheticName(this.random),
      identityNumber: this.identity(county.code, this.random.date('1985-01-01', '2000-12-31')),
      regionCode: county.code,
      stationId: station.id,
      agencyId: station.operatorId,
      employment: index === 0 ? 'FULL_TIME' : 'PART_TIME',
      certification: index === 0 ? 'ASSISTANT_SOCIAL_WORKER' : 'NONE',
    }));
    this.world.workers.push(...workers);
    return workers;
  }

  record(
    station: WorldStation,
    project: WorldProject,
    workers: WorldWorker[],
    people: WorldPerson[],
    method: WorldRecord['method'],
    personTimes: number,
    households = 0,
  ): void {
    this.world.records.push({
      id: this.ids.next(),
      method,
      ...(people.length
        ? servingPeople(people)
        : inTurn(project, this.world.records.length, method)),
      stationId: station.id,
      projectId: project.id,
      regionCode: station.regionCode,
      servedOn: this.random.date(
        project.startsOn > '2023-06-01' ? project.startsOn : '2023-06-01',
        '2023-12-20',
      ),
      durationMinutes: method === 'CASE' ? 90 : method === 'HOME_VISIT' ? 60 : 120,
      personTimes,
      households,
      workerIds: workers.map((worker) => worker.id),
      personIds: people.map((person) => person.id),
      summary: {
        CASE: '个案跟进',
        GROUP: '小组活动',
        COMMUNITY_ACTIVITY: '社区活动',
        HOME_VISIT: '入户走访',
        TRAINING: '培训',
      }[method],
    });
  }
}

/** Builds the demo world; the same call always returns the same world. */
export function buildDemoWorld(): DemoWorld {
  const builder = new WorldBuilder();
  const { world, random, ids } = builder;

  const project = (
    name: string,
    county: DemoCounty,
    stations: WorldStation[],
    startsOn: string,
    endsOn: string,
    yuan: number,
  ): WorldProject => {
    const created: WorldProject = {
      id: ids.next(),
      name,
      leadDepartment: 'CIVIL_AFFAIRS',
      agencyId: stations[0]?.operatorId as string,
      regionCode: county.code,
      stationIds: stations.map((station) => station.id),
      serviceAreas: ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE', 'CHILD_WELFARE'],
      targetGroups: ['ASSISTANCE_RECIPIENTS', 'ELDERLY', 'CHILDREN'],
      startsOn,
      endsOn,
      contractAmountFen: BigInt(yuan) * 100n,
      status: endsOn < '2024-01-01' ? 'COMPLETED' : 'ACTIVE',
    };
    world.projects.push(created);
    return created;
  };

  // Mulan: stations and a county-wide project for the five that run.
  const mulan = builder.county(MULAN);
  const mulanRunning = [...mulan.values()].filter((station) => station.status === 'OPERATING');
  const mulanProject = project(
    '木兰县乡镇社工站运营项目（2023）',
    MULAN,
    mulanRunning,
    '2023-05-01',
    '2024-04-30',
    400_000,
  );
  for (const station of mulanRunning) {
    const workers = builder.workers(MULAN, station);
    const villages = world.regions.filter((region) => region.parentCode === station.regionCode);
    const people = Array.from({ length: 24 }, () =>
      builder.person(MULAN, random.pick(villages).code),
    );
    for (const person of people.slice(0, 8))
      builder.record(station, mulanProject, workers.slice(0, 1), [person], 'HOME_VISIT', 1, 1);
    builder.record(station, mulanProject, workers, people.slice(8, 16), 'GROUP', 8);
    for (const person of people.slice(0, 3)) {
      world.assistance.push({
        id: ids.next(),
        personId: person.id,
        regionCode: person.regionCode,
        stationId: station.id,
        amountFen: BigInt(random.int(5, 30)) * 10_000n,
        grantedOn: random.date('2023-06-01', '2023-12-20'),
        reason: '突发困难临时救助',
      });
    }
  }

  // Linze: key recipients per station exactly as published; Pingchuan's output exactly.
  const linze = builder.county(LINZE);
  const [shahe, pingchuan, yanuan] = ['620723100', '620723103', '620723105'].map(
    (code) => linze.get(code) as WorldStation,
  ) as [WorldStation, WorldStation, WorldStation];
  const halfOfNew = LINZE_NEW_STATIONS_YUAN / 2;
  const projects = new Map([
    [
      shahe.id,
      project('沙河镇社工站试点项目', LINZE, [shahe], '2021-09-01', '2024-08-31', 120_000),
    ],
    [
      pingchuan.id,
      project('平川镇社工站运营项目', LINZE, [pingchuan], '2022-04-15', '2024-04-14', halfOfNew),
    ],
    [
      yanuan.id,
      project('鸭暖镇社工站运营项目', LINZE, [yanuan], '2022-04-15', '2024-04-14', halfOfNew),
    ],
  ]);
  for (const township of LINZE.townships) {
    const station = linze.get(township.code);
    if (!station || !township.station?.keyRecipients) continue;
    const villages = world.regions.filter((region) => region.parentCode === township.code);
    const people = Array.from({ length: township.station.keyRecipients }, () =>
      builder.person(LINZE, random.pick(villages).code),
    );
    const workers = builder.workers(LINZE, station);
    const stationProject = projects.get(station.id) as WorldProject;
    if (station === pingchuan) {
      // 60 case person-times: 15 cases followed four times each.
      for (const person of people.slice(0, 15))
        builder.record(
          station,
          stationProject,
          workers.slice(0, 1),
          [person],
          'CASE',
          PINGCHUAN_OUTPUT.casePersonTimes / 15,
        );
      for (let i = 0; i < PINGCHUAN_OUTPUT.groupSessions; i += 1)
        builder.record(
          station,
          stationProject,
          workers,
          people.slice(20 + i * 8, 28 + i * 8),
          'GROUP',
          8,
        );
      for (let i = 0; i < PINGCHUAN_OUTPUT.communityActivities; i += 1)
        builder.record(station, stationProject, workers, [], 'COMMUNITY_ACTIVITY', 35 + i * 5);
    } else {
      for (const person of people.slice(0, 10))
        builder.record(station, stationProject, workers.slice(0, 1), [person], 'HOME_VISIT', 1, 1);
      builder.record(station, stationProject, workers, [], 'COMMUNITY_ACTIVITY', 50);
    }
  }
  // Places whose figures were published: generated to reproduce them exactly.
  addPublishedPlace(builder, CEHENG, '册亨');
  addPublishedPlace(builder, ULANQAB, '乌兰察布');
  addPublishedPlace(builder, DALI, '大理');
  addPublishedPlace(builder, HONGHE, '红河');
  addPublishedPlace(builder, SHIYAN, '十堰');
  addPublishedPlace(builder, MEISHAN_TIANFU, '天府');
  addPublishedPlace(builder, QIJIANG, '綦江');
  for (const [index, city] of SICHUAN_CITIES.entries())
    addPublishedPlace(builder, city, `四川${index + 1}`);
  // Last, so that nothing generated before changes: three Mulan people registered twice.
  addDuplicateRegistrations(builder);
  // Later still: Sichuan's services by area, which count everything generated in the province.
  addSichuanServices(builder);
  // Added after everything else, so that no earlier id or date changes.
  addPublishedPlace(builder, SHANGRAO, '上饶');
  addPublishedPlace(builder, TAICANG, '太仓');
  // Last of all, with a generator of its own: station standards and workers' files.
  addStationStandards(world);
  return world;
}

/**
 * Three people of Mulan entered twice, as `duplicatePeople` should find them: in the same village
 * with one digit of the number mistyped (both reasons), in the next village with a mistyped digit
 * (a near number only), and in the same village under a number far from the first (the same
 * name, birth date and village only).
 */
function addDuplicateRegistrations(builder: WorldBuilder): void {
  const { world } = builder;
  const mulan = world.people.filter(
    (person) =>
      person.regionCode.startsWith(MULAN.code) &&
      !person.categories.some((category) => CHILD_CATEGORIES.has(category)),
  );
  const nextVillage = (code: string) =>
    world.regions.find(
      (region) =>
        region.level === 'VILLAGE' &&
        region.parentCode === code.slice(0, 9) &&
        region.code !== code,
    )?.code ?? code;
  const [first, second, third] = [mulan[1], mulan[30], mulan[60]] as [
    WorldPerson,
    WorldPerson,
    WorldPerson,
  ];
  builder.duplicate(first, first.regionCode, 100);
  builder.duplicate(second, nextVillage(second.regionCode), 10);
  builder.duplicate(third, third.regionCode, 222);
}
