import { distribute, type PlaceBuilder, type PublishedPlace } from './published.js';
import { ofArea } from './service-areas.js';
import type { WorldPublishedFigures, WorldRecord } from './types.js';

// Sichuan province (seed 003): 4,451 station points (5 city centres, 96 county stations, 843
// township stations, 3,507 village rooms), 334.6 M yuan (45.6 M provincial subsidy and 289 M
// leveraged from cities and counties), 10.66 M of it from departments other than civil affairs,
// and 100,900 registered volunteers. The article gives province-wide totals only, so they are
// spread over five cities and their synthetic counties; the Meishan Tianfu New Area, published
// separately, is part of the totals and is subtracted here.

const TIANFU = {
  countyStations: 1,
  townshipStations: 4,
  villageRooms: 11,
  yuan: 1_000_000,
  volunteers: 200,
};
const CITIES: Array<[string, string]> = [
  ['510100', '成都市'],
  ['510300', '自贡市'],
  ['510500', '泸州市'],
  ['510700', '绵阳市'],
  ['511300', '南充市'],
];
const COUNTIES_PER_CITY = 19;
const counties = (96 - TIANFU.countyStations) / CITIES.length;
const townships = distribute(843 - TIANFU.townshipStations, CITIES.length * COUNTIES_PER_CITY);
const rooms = distribute(3_507 - TIANFU.villageRooms, CITIES.length * COUNTIES_PER_CITY);
const volunteers = distribute(100_900 - TIANFU.volunteers, CITIES.length * COUNTIES_PER_CITY);
const yuan = distribute(45_600_000 + 289_000_000 - TIANFU.yuan, CITIES.length);

/**
 * The other departments' 10.66 M yuan, one department in each of the first four counties'
 * projects: each fits under its project's contract amount, so no project is paid beyond it.
 */
const CONTRIBUTIONS: Array<NonNullable<WorldPublishedFigures['contributionsYuan']>> = [
  { TRADE_UNION: 3_000_000 },
  { YOUTH_LEAGUE: 2_500_000 },
  { WOMEN_FEDERATION: 2_160_000 },
  { DISABLED_PERSONS_FEDERATION: 3_000_000 },
];

/**
 * How the 334.6 M yuan were paid (seed 003): "2021 年，省级奖补投入 4560 万元，撬动市县投入资金
 * 2.89 亿元，其中整合民政部门资金 1.1 亿元，整合其他部门资金 1066 万元。" The provincial subsidy
 * is the province's; the 289 M are the cities' and counties', recorded at county level since the
 * projects are the counties': 110 M of civil affairs' existing purchases brought into the
 * stations (Tianfu's 1 M among them), the other departments' 10.66 M, and the rest new money
 * from the city and county budgets.
 */
export const SICHUAN_FUNDING = {
  provincialSubsidyYuan: 45_600_000,
  cityCountyYuan: 289_000_000,
  civilAffairsFundsYuan: 110_000_000,
  otherDepartmentsYuan: 10_660_000,
};

/** Sichuan's five cities with support centres, as published places. */
export const SICHUAN_CITIES: PublishedPlace[] = CITIES.map(([code, name], city) => {
  const places = Array.from({ length: counties }, (_, index) => city * COUNTIES_PER_CITY + index);
  return {
    province: { code: '510000', name: '四川省' },
    city: { code, name },
    cityCentre: true,
    countyStations: true,
    villagesPerTownship: 6,
    counties: places.map((place, index) => ({
      code: `${code.slice(0, 4)}${21 + index}`,
      name: `${name.slice(0, 2)}第${index + 1}县`,
      townships: Array.from(
        { length: townships[place]! },
        (_, township) => `${name.slice(0, 2)}${index + 1}县第${township + 1}镇`,
      ),
      villageRooms: rooms[place]!,
    })),
    agencies: counties,
    workers: {
      total: places.reduce((sum, place) => sum + townships[place]!, 0),
      certified: 0,
      fullTime: 0,
    },
    investedYuan: yuan[city]!,
    services: {},
    departments: {},
    countyDepartments: places.map((place, index) =>
      city === 0 && CONTRIBUTIONS[index]
        ? { youthVolunteers: volunteers[place]!, contributionsYuan: CONTRIBUTIONS[index] }
        : { youthVolunteers: volunteers[place]! },
    ),
  };
});

/**
 * Sichuan's stations by service area (seed 003): "社工站点围绕需求评估、资源链接、社会救助、老幼
 * 关爱、社区治理、产业发展等“六项服务”，链接社会资源 2980 余万元，提供救助服务 7.85 万人次，开展
 * 老幼关爱 28.60 万人次，开展社区活动 1.04 万次，助推产业发展 3380 余次。" Assistance (救助服务) is
 * social assistance; care of the old and the young (老幼关爱) is elderly care and child welfare
 * together; industry development (产业发展) is counted in services. The resources linked are civil
 * affairs' gifts in kind (`demo-world/funding.ts`); the community activities are not reproduced.
 */
export const SICHUAN_SERVICES = {
  linkedResourcesYuan: 29_800_000,
  assistancePersonTimes: 78_500,
  oldAndYoungPersonTimes: 286_000,
  industryServices: 3_380,
};

/**
 * Adds to the services of Sichuan's synthetic counties what its published areas need beyond the
 * services generated in the province before (the Tianfu New Area's among them), so that the
 * province's figures by area are the published ones exactly: at every township station one
 * assistance case record, one activity for the elderly and one for children, and the industry
 * trainings taken by the stations in turn.
 */
export function addSichuanServices(builder: PlaceBuilder): void {
  const { world, ids, random } = builder;
  const counties = SICHUAN_CITIES.flatMap((city) => city.counties.map((county) => county.code));
  const stations = world.stations.filter(
    (station) =>
      station.level === 'TOWNSHIP_STATION' &&
      counties.some((county) => station.regionCode.startsWith(county)),
  );
  const projects = stations.map((station) =>
    world.projects.find((project) => project.stationIds.includes(station.id))!,
  );
  for (const project of new Set(projects)) project.serviceAreas.push('INDUSTRY_DEVELOPMENT');
  const before = world.records.filter((record) => record.regionCode.startsWith('51'));
  const personTimesIn = (...areas: Array<WorldRecord['serviceArea']>) =>
    before
      .filter((record) => areas.includes(record.serviceArea))
      .reduce((sum, record) => sum + record.personTimes, 0);
  const add = (
    index: number,
    method: WorldRecord['method'],
    area: NonNullable<WorldRecord['serviceArea']>,
    personTimes: number,
    summary: string,
  ) => {
    const station = stations[index % stations.length]!;
    world.records.push({
      id: ids.next(),
      method,
      ...ofArea(area),
      stationId: station.id,
      projectId: projects[index % stations.length]!.id,
      regionCode: station.regionCode,
      servedOn: random.date('2023-01-05', '2023-12-20'),
      durationMinutes: method === 'CASE' ? 90 : 120,
      personTimes,
      households: 0,
      workerIds: [],
      personIds: [],
      summary,
    });
  };
  const assistance = distribute(
    SICHUAN_SERVICES.assistancePersonTimes - personTimesIn('SOCIAL_ASSISTANCE'),
    stations.length,
  );
  const care = distribute(
    SICHUAN_SERVICES.oldAndYoungPersonTimes - personTimesIn('ELDERLY_CARE', 'CHILD_WELFARE'),
    stations.length * 2,
  );
  stations.forEach((_, index) => {
    add(index, 'CASE', 'SOCIAL_ASSISTANCE', assistance[index]!, '救助帮扶');
    add(index, 'COMMUNITY_ACTIVITY', 'ELDERLY_CARE', care[index * 2]!, '老年关爱');
    add(index, 'COMMUNITY_ACTIVITY', 'CHILD_WELFARE', care[index * 2 + 1]!, '儿童关爱');
  });
  const industry =
    SICHUAN_SERVICES.industryServices -
    before.filter((record) => record.serviceArea === 'INDUSTRY_DEVELOPMENT').length;
  for (let index = 0; index < industry; index += 1)
    add(index, 'TRAINING', 'INDUSTRY_DEVELOPMENT', 10, '产业发展培训');
}
