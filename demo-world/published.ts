import type { DemoCounty } from './places.js';
import type { DemoIds, SeededRandom } from './random.js';
import { inTurn } from './service-areas.js';
import type {
  DemoWorld,
  WorldPerson,
  WorldProject,
  WorldPublishedFigures,
  WorldRecord,
  WorldStation,
} from './types.js';

// Places whose figures were published (docs/demo-world.md), generated so that the hub's
// aggregates give those figures exactly. Township codes and names, agencies, people and dates
// are synthetic; the county and prefecture codes are real (GB/T 2260).

type Method = WorldRecord['method'];

/** A published county or prefecture, as the generator needs it. */
export interface PublishedPlace {
  province: { code: string; name: string };
  city: { code: string; name: string };
  /**
   * Counties with the names of their townships; every township has an operating station.
   * `others` are farms or development zones (statistical range 400–599) with stations too;
   * `villageRooms` village rooms are opened in the county's villages; `personTimes` is the
   * county's own published output, delivered as community activities.
   */
  counties: Array<{
    code: string;
    name: string;
    townships: string[];
    others?: string[];
    villageRooms?: number;
    personTimes?: number;
  }>;
  /** Villages and communities generated under each township (4 by default). */
  villagesPerTownship?: number;
  /** Each county has a general station (县级社工总站) supervising its township stations. */
  countyStations?: boolean;
  /** The city has a support centre (市级社工支持中心) supervising the county stations. */
  cityCentre?: boolean;
  /** Projects bought in each county (1 by default), sharing its stations. */
  projectsPerCounty?: number;
  /** Figures of other departments, reproduced by their slices of the world. */
  departments?: Omit<WorldPublishedFigures, 'code'>;
  /** Department figures per county, in the order of `counties`, instead of `departments`. */
  countyDepartments?: Array<Omit<WorldPublishedFigures, 'code'>>;
  agencies: number;
  workers: { total: number; certified: number; fullTime: number };
  /** Contract amounts of the stations' projects together, in yuan. */
  investedYuan: number;
  /** Services by method: how many, and their person-times and households together. */
  services: Partial<Record<Method, { count: number; personTimes: number; households?: number }>>;
  /** Service hours together, when published. */
  hours?: number;
  assistance?: { households: number; amountYuan: number };
}

/** Splits `total` into `parts` whole numbers that differ by at most one and add up exactly. */
export function distribute(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, index) => base + (index < total - base * parts ? 1 : 0));
}

/** What generating a published place needs of the world being built. */
export interface PlaceBuilder {
  readonly world: DemoWorld;
  readonly random: SeededRandom;
  readonly ids: DemoIds;
  /** A new identity number of someone born in the county on that date. */
  identity(countyCode: string, birthDate: string): string;
  /** A new person of the county living in that region. */
  person(county: DemoCounty, regionCode: string): WorldPerson;
  /** The county's regions, agencies and township stations, by township code. */
  county(county: DemoCounty, villagesPerTownship?: number): Map<string, WorldStation>;
}

type PlaceCounty = PublishedPlace['counties'][number];

/**
 * Adds one published place to the world being built, step by step. Every step draws ids and
 * random numbers from the builder, so their order is part of the world: changing it changes
 * every id and date generated after it.
 */
export function addPublishedPlace(
  builder: PlaceBuilder,
  place: PublishedPlace,
  label: string,
): void {
  if (place.agencies < place.counties.length)
    throw new Error(`${label}: fewer agencies than counties`);
  const stations = addStations(builder, place);
  addWorkers(builder, place, label, stations);
  const projects = addProjects(builder, place, stations);
  fundFirstProjects(builder.world, projects);
  addServiceRecords(builder, place, stations, projects);
  if (place.assistance) addAssistance(builder, place, place.assistance, stations);
}

/**
 * The counties with their township stations, and above and beside them the city centre, the
 * county stations and the village rooms. Returns the township stations, which do the work.
 */
function addStations(builder: PlaceBuilder, place: PublishedPlace): WorldStation[] {
  const { world, ids } = builder;
  let centre: WorldStation | undefined;
  const stations: WorldStation[] = [];
  const rooms: WorldStation[] = [];
  const agencyShares = distribute(place.agencies, place.counties.length);
  place.counties.forEach((county, countyIndex) => {
    const opened = [
      ...builder
        .county(countySpec(place, county, agencyShares[countyIndex]!), place.villagesPerTownship)
        .values(),
    ];
    stations.push(...opened);
    if (place.cityCentre && !centre) {
      centre = {
        ...opened[0]!,
        id: ids.next(),
        name: `${place.city.name}社会工作支持中心`,
        level: 'CITY_CENTRE',
        regionCode: place.city.code,
        parentId: null,
      };
      rooms.push(centre);
    }
    if (place.countyStations) {
      const general: WorldStation = {
        ...opened[0]!,
        id: ids.next(),
        name: `${county.name}社工总站`,
        level: 'COUNTY_STATION',
        regionCode: county.code,
        parentId: centre?.id ?? null,
      };
      for (const station of opened) station.parentId = general.id;
      rooms.push(general);
    }
    const figures = place.countyDepartments?.[countyIndex] ?? place.departments;
    if (figures && Object.keys(figures).length)
      world.published.push({ code: county.code, ...figures });
    rooms.push(...villageRooms(builder, county, opened));
  });
  world.stations.push(...rooms);
  return stations;
}

/** A published county as the world builder takes it: every township with a running station. */
function countySpec(place: PublishedPlace, county: PlaceCounty, agencies: number): DemoCounty {
  return {
    province: place.province,
    city: place.city,
    code: county.code,
    name: county.name,
    // Agencies are spread over the counties; each county's stations are run by its first one.
    agencies: Object.fromEntries(
      Array.from({ length: agencies }, (_, index) => [
        index === 0 ? 'main' : `agency${index}`,
        `${county.name}${['启明', '同行', '暖心', '阳光', '益众', '和美', '善行'][index % 7]}社会工作服务中心${index >= 7 ? index : ''}`,
      ]),
    ),
    townships: [
      ...county.townships.map((name, index) => ({ code: `${county.code}${100 + index}`, name })),
      ...(county.others ?? []).map((name, index) => ({
        code: `${county.code}${400 + index}`,
        name,
      })),
    ].map((unit) => ({
      ...unit,
      station: {
        name: `${unit.name}社工站`,
        status: 'OPERATING' as const,
        openedOn: '2022-03-01',
        agency: 'main',
      },
    })),
  };
}

/** Village rooms go to the villages of the county in turn, under their township's station. */
function villageRooms(
  builder: PlaceBuilder,
  county: PlaceCounty,
  opened: WorldStation[],
): WorldStation[] {
  const villages = builder.world.regions.filter(
    (region) => region.level === 'VILLAGE' && region.code.startsWith(county.code),
  );
  if ((county.villageRooms ?? 0) > villages.length)
    throw new Error(`${county.name}: more village rooms than villages`);
  return villages.slice(0, county.villageRooms ?? 0).map((village) => {
    const parent = opened.find((station) => village.code.startsWith(station.regionCode))!;
    return {
      ...parent,
      id: builder.ids.next(),
      name: `${village.name}社工室`,
      level: 'VILLAGE_ROOM',
      regionCode: village.code,
      parentId: parent.id,
    };
  });
}

/** The place's social workers, spread over its township stations. */
function addWorkers(
  builder: PlaceBuilder,
  place: PublishedPlace,
  label: string,
  stations: WorldStation[],
): void {
  const { world, random, ids } = builder;
  const perStation = (total: number) => distribute(total, stations.length);
  const certified = perStation(place.workers.certified);
  const fullTime = perStation(place.workers.fullTime);
  perStation(place.workers.total).forEach((count, index) => {
    const station = stations[index]!;
    const county = station.regionCode.slice(0, 6);
    for (let n = 0; n < count; n += 1) {
      world.workers.push({
        id: ids.next(),
        name: `${label}社工${world.workers.length + 1}`,
        identityNumber: builder.identity(county, random.date('1970-01-01', '2000-12-31')),
        regionCode: county,
        stationId: station.id,
        agencyId: station.operatorId,
        employment: n < (fullTime[index] ?? 0) ? 'FULL_TIME' : 'PART_TIME',
        certification: n < (certified[index] ?? 0) ? 'ASSISTANT_SOCIAL_WORKER' : 'NONE',
      });
    }
  });
}

/** The projects bought in each county, sharing the investment and the county's stations. */
function addProjects(
  builder: PlaceBuilder,
  place: PublishedPlace,
  stations: WorldStation[],
): WorldProject[] {
  const perCounty = place.projectsPerCounty ?? 1;
  const amounts = distribute(place.investedYuan, place.counties.length * perCounty);
  return place.counties.flatMap(({ code, name }, countyIndex) => {
    const own = stations.filter((station) => station.regionCode.startsWith(code));
    return Array.from({ length: perCounty }, (_, part) => {
      const served = own.filter((_, index) => index % perCounty === part);
      const project: WorldProject = {
        id: builder.ids.next(),
        name:
          perCounty > 1
            ? `${name}社会工作服务项目（2023）之${part + 1}`
            : `${name}乡镇社工站服务项目（2023）`,
        leadDepartment: 'CIVIL_AFFAIRS',
        agencyId: served[0]!.operatorId,
        regionCode: code,
        stationIds: served.map((station) => station.id),
        serviceAreas: ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE', 'CHILD_WELFARE'],
        targetGroups: ['ASSISTANCE_RECIPIENTS', 'ELDERLY', 'CHILDREN'],
        startsOn: '2023-01-01',
        endsOn: '2023-12-31',
        contractAmountFen: BigInt(amounts[countyIndex * perCounty + part]!) * 100n,
        status: 'COMPLETED',
      };
      builder.world.projects.push(project);
      return project;
    });
  });
}

/** Other departments' money for the place goes to its first project. */
function fundFirstProjects(world: DemoWorld, projects: WorldProject[]): void {
  for (const entry of world.published.filter((candidate) => !candidate.projectId)) {
    entry.projectId = projects.find((project) => project.regionCode === entry.code)?.id;
  }
}

const SERVICE_SUMMARIES: Record<Method, string> = {
  CASE: '个案服务',
  GROUP: '小组活动',
  COMMUNITY_ACTIVITY: '社区活动',
  HOME_VISIT: '入户走访',
  TRAINING: '培训',
};

/**
 * The published services by method, taken in turn by the stations; then each county's own
 * published output as community activities; then the published hours spread over them all.
 */
function addServiceRecords(
  builder: PlaceBuilder,
  place: PublishedPlace,
  stations: WorldStation[],
  projects: WorldProject[],
): void {
  const records: WorldRecord[] = [];
  const record = (
    station: WorldStation,
    project: WorldProject,
    fields: Pick<WorldRecord, 'method' | 'durationMinutes' | 'personTimes' | 'households'>,
    summary: string,
  ) =>
    records.push({
      id: builder.ids.next(),
      method: fields.method,
      ...inTurn(project, records.length, fields.method),
      stationId: station.id,
      projectId: project.id,
      regionCode: station.regionCode,
      servedOn: builder.random.date('2023-02-01', '2023-12-20'),
      durationMinutes: fields.durationMinutes,
      personTimes: fields.personTimes,
      households: fields.households,
      workerIds: [],
      personIds: [],
      summary,
    });
  for (const [method, figures] of Object.entries(place.services) as Array<
    [Method, NonNullable<PublishedPlace['services'][Method]>]
  >) {
    const personTimes = distribute(figures.personTimes, figures.count);
    const households = distribute(figures.households ?? 0, figures.count);
    for (let index = 0; index < figures.count; index += 1) {
      const station = stations[records.length % stations.length]!;
      const project = projects.find((candidate) => candidate.stationIds.includes(station.id))!;
      record(
        station,
        project,
        {
          method,
          durationMinutes: 60,
          personTimes: personTimes[index]!,
          households: households[index]!,
        },
        SERVICE_SUMMARIES[method],
      );
    }
  }
  for (const county of place.counties.filter((candidate) => candidate.personTimes)) {
    const own = stations.filter((station) => station.regionCode.startsWith(county.code));
    const project = projects.find((candidate) => candidate.regionCode === county.code)!;
    distribute(county.personTimes!, own.length * 2).forEach((personTimes, index) => {
      record(
        own[index % own.length]!,
        project,
        { method: 'COMMUNITY_ACTIVITY', durationMinutes: 120, personTimes, households: 0 },
        '社区活动',
      );
    });
  }
  if (place.hours !== undefined) {
    distribute(place.hours * 60, records.length).forEach(
      (minutes, index) => (records[index]!.durationMinutes = minutes),
    );
  }
  builder.world.records.push(...records);
}

/** The households given temporary assistance: one new person each, by the stations in turn. */
function addAssistance(
  builder: PlaceBuilder,
  place: PublishedPlace,
  assistance: NonNullable<PublishedPlace['assistance']>,
  stations: WorldStation[],
): void {
  const amounts = distribute(assistance.amountYuan, assistance.households);
  for (let index = 0; index < assistance.households; index += 1) {
    const station = stations[index % stations.length]!;
    const county = place.counties.find((candidate) =>
      station.regionCode.startsWith(candidate.code),
    )!;
    const person = builder.person(
      { ...county, province: place.province, city: place.city, agencies: {}, townships: [] },
      station.regionCode,
    );
    builder.world.assistance.push({
      id: builder.ids.next(),
      personId: person.id,
      regionCode: person.regionCode,
      stationId: station.id,
      amountFen: BigInt(amounts[index]!) * 100n,
      grantedOn: builder.random.date('2023-01-05', '2023-12-20'),
      reason: '临时救助',
    });
  }
}
