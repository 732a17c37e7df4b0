import type { DemoCounty } from './places.js';
import type { WorldBuilder, WorldPublishedFigures, WorldRecord, WorldStation } from './world.js';

// Places whose figures were published (DOMAIN.md, seeds 000–002), generated so that the hub's
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

/** Adds one published place to the world being built. */
export function addPublishedPlace(
  builder: WorldBuilder,
  place: PublishedPlace,
  label: string,
): void {
  const { world, random, ids } = builder;
  let centre: WorldStation | undefined;
  if (place.agencies < place.counties.length)
    throw new Error(`${label}: fewer agencies than counties`);
  const stations: WorldStation[] = [];
  const rooms: WorldStation[] = [];
  const agencyShares = distribute(place.agencies, place.counties.length);
  place.counties.forEach((county, countyIndex) => {
    const spec: DemoCounty = {
      province: place.province,
      city: place.city,
      code: county.code,
      name: county.name,
      agencies: {},
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
    // Agencies are spread over the counties; each county's stations are run by its first one.
    spec.agencies = Object.fromEntries(
      Array.from({ length: agencyShares[countyIndex]! }, (_, index) => [
        index === 0 ? 'main' : `agency${index}`,
        `${county.name}${['启明', '同行', '暖心', '阳光', '益众', '和美', '善行'][index % 7]}社会工作服务中心${index >= 7 ? index : ''}`,
      ]),
    );
    const opened = [...builder.county(spec, place.villagesPerTownship).values()];
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
    // Village rooms go to the villages of the county in turn, under their township's station.
    const villages = world.regions.filter(
      (region) => region.level === 'VILLAGE' && region.code.startsWith(county.code),
    );
    if ((county.villageRooms ?? 0) > villages.length)
      throw new Error(`${county.name}: more village rooms than villages`);
    for (const village of villages.slice(0, county.villageRooms ?? 0)) {
      const parent = opened.find((station) => village.code.startsWith(station.regionCode))!;
      rooms.push({
        ...parent,
        id: ids.next(),
        name: `${village.name}社工室`,
        level: 'VILLAGE_ROOM',
        regionCode: village.code,
        parentId: parent.id,
      });
    }
  });
  world.stations.push(...rooms);

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

  const counties = place.counties.map((county) => county.code);
  const perCounty = place.projectsPerCounty ?? 1;
  const amounts = distribute(place.investedYuan, counties.length * perCounty);
  const projects = counties.flatMap((code, countyIndex) => {
    const own = stations.filter((station) => station.regionCode.startsWith(code));
    const name = place.counties[countyIndex]!.name;
    return Array.from({ length: perCounty }, (_, part) => {
      const served = own.filter((_, index) => index % perCounty === part);
      const project = {
        id: ids.next(),
        name:
          perCounty > 1
            ? `${name}社会工作服务项目（2023）之${part + 1}`
            : `${name}乡镇社工站服务项目（2023）`,
        leadDepartment: 'CIVIL_AFFAIRS' as const,
        agencyId: served[0]!.operatorId,
        regionCode: code,
        stationIds: served.map((station) => station.id),
        serviceAreas: ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE', 'CHILD_WELFARE'],
        targetGroups: ['ASSISTANCE_RECIPIENTS', 'ELDERLY', 'CHILDREN'],
        startsOn: '2023-01-01',
        endsOn: '2023-12-31',
        contractAmountFen: BigInt(amounts[countyIndex * perCounty + part]!) * 100n,
        status: 'COMPLETED' as const,
      };
      world.projects.push(project);
      return project;
    });
  });

  // Other departments' money for this place goes to its first project.
  for (const entry of world.published.filter((candidate) => !candidate.projectId)) {
    entry.projectId = projects.find((project) => project.regionCode === entry.code)?.id;
  }

  const records: WorldRecord[] = [];
  for (const [method, figures] of Object.entries(place.services) as Array<
    [Method, NonNullable<PublishedPlace['services'][Method]>]
  >) {
    const personTimes = distribute(figures.personTimes, figures.count);
    const households = distribute(figures.households ?? 0, figures.count);
    for (let index = 0; index < figures.count; index += 1) {
      const station = stations[records.length % stations.length]!;
      const project = projects.find((candidate) => candidate.stationIds.includes(station.id))!;
      records.push({
        id: ids.next(),
        method,
        stationId: station.id,
        projectId: project.id,
        regionCode: station.regionCode,
        servedOn: random.date('2023-02-01', '2023-12-20'),
        durationMinutes: 60,
        personTimes: personTimes[index]!,
        households: households[index]!,
        workerIds: [],
        personIds: [],
        summary: {
          CASE: '个案服务',
          GROUP: '小组活动',
          COMMUNITY_ACTIVITY: '社区活动',
          HOME_VISIT: '入户走访',
          TRAINING: '培训',
        }[method],
      });
    }
  }
  // A county's own published output, as community activities of its stations.
  for (const county of place.counties.filter((candidate) => candidate.personTimes)) {
    const own = stations.filter((station) => station.regionCode.startsWith(county.code));
    const project = projects.find((candidate) => candidate.regionCode === county.code)!;
    distribute(county.personTimes!, own.length * 2).forEach((personTimes, index) => {
      const station = own[index % own.length]!;
      records.push({
        id: ids.next(),
        method: 'COMMUNITY_ACTIVITY',
        stationId: station.id,
        projectId: project.id,
        regionCode: station.regionCode,
        servedOn: random.date('2023-02-01', '2023-12-20'),
        durationMinutes: 120,
        personTimes,
        households: 0,
        workerIds: [],
        personIds: [],
        summary: '社区活动',
      });
    });
  }
  if (place.hours !== undefined) {
    distribute(place.hours * 60, records.length).forEach(
      (minutes, index) => (records[index]!.durationMinutes = minutes),
    );
  }
  world.records.push(...records);

  if (place.assistance) {
    const amounts = distribute(place.assistance.amountYuan, place.assistance.households);
    for (let index = 0; index < place.assistance.households; index += 1) {
      const station = stations[index % stations.length]!;
      const county = place.counties.find((candidate) =>
        station.regionCode.startsWith(candidate.code),
      )!;
      const person = builder.person(
        { ...county, province: place.province, city: place.city, agencies: {}, townships: [] },
        station.regionCode,
      );
      world.assistance.push({
        id: ids.next(),
        personId: person.id,
        regionCode: person.regionCode,
        stationId: station.id,
        amountFen: BigInt(amounts[index]!) * 100n,
        grantedOn: random.date('2023-01-05', '2023-12-20'),
        reason: '临时救助',
      });
    }
  }
}
