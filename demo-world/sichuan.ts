import { distribute, type PublishedPlace } from './published.js';

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

/** The other departments' 10.66 M yuan, all in the first county's project. */
const CONTRIBUTIONS = {
  TRADE_UNION: 3_000_000,
  YOUTH_LEAGUE: 2_500_000,
  WOMEN_FEDERATION: 2_160_000,
  DISABLED_PERSONS_FEDERATION: 3_000_000,
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
      city === 0 && index === 0
        ? { youthVolunteers: volunteers[place]!, contributionsYuan: CONTRIBUTIONS }
        : { youthVolunteers: volunteers[place]! },
    ),
  };
});
