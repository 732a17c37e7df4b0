import type { PublishedPlace } from './published.js';

// What was published about each place (docs/demo-world.md lists the figures and the article,
// seed 00N, each comes from). Figures given as "N+" are used as N exactly.

/** Ceheng County (册亨县), Guizhou, seed 000. */
export const CEHENG: PublishedPlace = {
  province: { code: '520000', name: '贵州省' },
  city: { code: '522300', name: '黔西南布依族苗族自治州' },
  counties: [
    {
      code: '522327',
      name: '册亨县',
      townships: ['者楼镇', '坡妹镇', '冗渡镇', '丫他镇', '巧马镇', '秧坝镇', '岩架镇', '双江镇'],
    },
  ],
  agencies: 2,
  // 127 social work talents, 6 of them certified; 15 full-time social workers recruited.
  workers: { total: 127, certified: 6, fullTime: 15 },
  investedYuan: 3_150_000,
  // 512 activities, 480+ care visits, 280+ training person-times.
  services: {
    COMMUNITY_ACTIVITY: { count: 512, personTimes: 10_240 },
    HOME_VISIT: { count: 480, personTimes: 480, households: 480 },
    TRAINING: { count: 14, personTimes: 280 },
  },
  // Temporary assistance to 743 households, 1.9105 M yuan.
  assistance: { households: 743, amountYuan: 1_910_500 },
  // 45,000 volunteer person-times; the number of volunteers is not published.
  departments: { youthVolunteers: 900, youthVolunteerServices: 45_000 },
};

/** Ulanqab (乌兰察布市), Inner Mongolia, seed 002: ten stations, one million yuan of welfare-lottery funds. */
export const ULANQAB: PublishedPlace = {
  province: { code: '150000', name: '内蒙古自治区' },
  city: { code: '150900', name: '乌兰察布市' },
  counties: [
    { code: '150902', name: '集宁区', townships: ['白海子镇'] },
    { code: '150921', name: '卓资县', townships: ['卓资山镇'] },
    { code: '150922', name: '化德县', townships: ['长顺镇'] },
    { code: '150923', name: '商都县', townships: ['七台镇'] },
    { code: '150924', name: '兴和县', townships: ['城关镇'] },
    { code: '150925', name: '凉城县', townships: ['岱海镇'] },
    { code: '150926', name: '察哈尔右翼前旗', townships: ['土贵乌拉镇'] },
    { code: '150927', name: '察哈尔右翼中旗', townships: ['科布尔镇'] },
    { code: '150928', name: '察哈尔右翼后旗', townships: ['白音察干镇'] },
    { code: '150929', name: '四子王旗', townships: ['乌兰花镇'] },
  ],
  agencies: 10,
  workers: { total: 30, certified: 10, fullTime: 10 },
  investedYuan: 1_000_000,
  // 300+ households visited, 10 cases, 8 groups, 8 community events.
  services: {
    HOME_VISIT: { count: 100, personTimes: 300, households: 300 },
    CASE: { count: 10, personTimes: 40 },
    GROUP: { count: 8, personTimes: 160 },
    COMMUNITY_ACTIVITY: { count: 8, personTimes: 700 },
  },
};

const DALI_COUNTIES: Array<[string, string, number]> = [
  ['532901', '大理市', 11],
  ['532922', '漾濞彝族自治县', 9],
  ['532923', '祥云县', 10],
  ['532924', '宾川县', 10],
  ['532925', '弥渡县', 8],
  ['532926', '南涧彝族自治县', 8],
  ['532927', '巍山彝族回族自治县', 10],
  ['532928', '永平县', 7],
  ['532929', '云龙县', 11],
  ['532930', '洱源县', 9],
  ['532931', '剑川县', 8],
  ['532932', '鹤庆县', 11],
];

/** Dali Prefecture (大理白族自治州), Yunnan, seed 001: 112 township stations, full coverage. */
export const DALI: PublishedPlace = {
  province: { code: '530000', name: '云南省' },
  city: { code: '532900', name: '大理白族自治州' },
  counties: DALI_COUNTIES.map(([code, name, townships]) => ({
    code,
    name,
    townships: Array.from(
      { length: townships },
      (_, index) => `${name.slice(0, 2)}第${index + 1}镇`,
    ),
  })),
  agencies: 27,
  // 4,330 social work talents, 477 certified.
  workers: { total: 4_330, certified: 477, fullTime: 112 },
  investedYuan: 3_840_000,
  // 26,800+ person-times, 2,100+ households visited, 133 community activities, 65 groups, 150 cases.
  services: {
    CASE: { count: 150, personTimes: 150 },
    GROUP: { count: 65, personTimes: 1_300 },
    COMMUNITY_ACTIVITY: { count: 133, personTimes: 23_250 },
    HOME_VISIT: { count: 700, personTimes: 2_100, households: 2_100 },
  },
  // 7,800+ service hours.
  hours: 7_800,
};

/** Township names for a county whose townships are not named in the articles. */
function numbered(county: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${county.slice(0, 2)}第${index + 1}镇`);
}

const HONGHE_COUNTIES: Array<[string, string, number, number]> = [
  ['532501', '个旧市', 10, 0],
  ['532502', '开远市', 7, 1],
  ['532503', '蒙自市', 11, 1],
  ['532504', '弥勒市', 12, 1],
  ['532523', '屏边苗族自治县', 7, 0],
  ['532524', '建水县', 14, 1],
  ['532525', '石屏县', 9, 1],
  ['532527', '泸西县', 8, 0],
  ['532528', '元阳县', 14, 0],
  ['532529', '红河县', 13, 0],
  ['532530', '金平苗族瑶族傣族自治县', 13, 1],
  ['532531', '绿春县', 9, 0],
  ['532532', '河口瑶族自治县', 8, 0],
];

/** Honghe Prefecture (红河哈尼族彝族自治州), Yunnan, seed 004. */
export const HONGHE: PublishedPlace = {
  province: { code: '530000', name: '云南省' },
  city: { code: '532500', name: '红河哈尼族彝族自治州' },
  // 135 township stations and 6 community (farm) stations.
  counties: HONGHE_COUNTIES.map(([code, name, townships, farms]) => ({
    code,
    name,
    townships: numbered(name, townships),
    others: Array.from({ length: farms }, (_, index) => `${name.slice(0, 2)}农场社区${index + 1}`),
  })),
  // 40 agencies; 378 certified social workers.
  agencies: 40,
  workers: { total: 560, certified: 378, fullTime: 141 },
  investedYuan: 2_820_000,
  services: {},
};

const SHIYAN_COUNTIES: Array<[string, string, number, number, number]> = [
  // code, name, townships, development zones, person-times served (published for four counties)
  ['420302', '茅箭区', 8, 1, 40_000],
  ['420303', '张湾区', 10, 2, 16_000],
  ['420304', '郧阳区', 19, 1, 42_000],
  ['420322', '郧西县', 17, 0, 55_000],
  ['420323', '竹山县', 17, 0, 17_000],
  ['420324', '竹溪县', 15, 0, 98_000],
  ['420325', '房县', 20, 0, 16_000],
  ['420381', '丹江口市', 13, 1, 16_000],
];

/** Shiyan (十堰市), Hubei, seed 004. */
export const SHIYAN: PublishedPlace = {
  province: { code: '420000', name: '湖北省' },
  city: { code: '420300', name: '十堰市' },
  // Stations in all 119 townships and 5 development zones; 716 village rooms.
  counties: SHIYAN_COUNTIES.map(([code, name, townships, zones, personTimes], index) => ({
    code,
    name,
    townships: numbered(name, townships),
    others: Array.from({ length: zones }, (_, zone) => `${name.slice(0, 2)}经济开发区${zone + 1}`),
    villageRooms: [54, 72, 115, 98, 98, 87, 117, 75][index],
    personTimes,
  })),
  villagesPerTownship: 6,
  agencies: 8,
  // 248 professional social workers.
  workers: { total: 248, certified: 124, fullTime: 124 },
  // 14.78 M yuan invested.
  investedYuan: 14_780_000,
  services: {},
};

/**
 * Meishan Tianfu New Area (眉山天府新区), Sichuan, seed 000. It has no county code of its own in
 * GB/T 2260; 511471 is given here in the range used for functional zones.
 */
export const MEISHAN_TIANFU: PublishedPlace = {
  province: { code: '510000', name: '四川省' },
  city: { code: '511400', name: '眉山市' },
  // 1 district general station, 4 town stations, 11 village rooms.
  counties: [
    {
      code: '511471',
      name: '眉山天府新区',
      townships: ['视高镇', '彭山青龙镇', '仁寿龙正镇', '仁寿北斗镇'],
      villageRooms: 11,
    },
  ],
  countyStations: true,
  // 4 agencies; 10 full-time social workers.
  agencies: 4,
  workers: { total: 14, certified: 5, fullTime: 10 },
  // About 1 M yuan of integrated purchase funds.
  investedYuan: 1_000_000,
  // 1,000+ home-visit person-times; 150+ activities; 6,000+ beneficiary person-times in all.
  services: {
    HOME_VISIT: { count: 250, personTimes: 1_000, households: 250 },
    COMMUNITY_ACTIVITY: { count: 150, personTimes: 5_000 },
  },
  // 200+ volunteers; 0.6 M yuan raised.
  departments: { youthVolunteers: 200, charityRaisedYuan: 600_000 },
};

/** Qijiang District (綦江区), Chongqing, seed 001: "1+21+N", every town and street with a station. */
export const QIJIANG: PublishedPlace = {
  province: { code: '500000', name: '重庆市' },
  city: { code: '500100', name: '重庆市市辖区' },
  counties: [{ code: '500110', name: '綦江区', townships: numbered('綦江区', 21) }],
  countyStations: true,
  villagesPerTownship: 8,
  agencies: 6,
  // 810+ certified social workers.
  workers: { total: 1_200, certified: 810, fullTime: 42 },
  // 12 linked projects; 78,000 person-times served.
  projectsPerCounty: 12,
  investedYuan: 2_400_000,
  services: {
    COMMUNITY_ACTIVITY: { count: 420, personTimes: 70_000 },
    HOME_VISIT: { count: 2_000, personTimes: 8_000, households: 2_000 },
  },
  departments: {
    // 180,000+ registered volunteers in 793 volunteer organisations.
    youthVolunteers: 180_000,
    youthTeams: 793,
    // Community governance funds in 79 urban communities, 1.2 M+ yuan raised, 7 pilot communities
    // granted 10,000 yuan each, 39,000+ charity social workers and volunteers.
    charityRaisedYuan: 1_200_000,
    charityCommunityFunds: 79,
    charityPilotGrants: { communities: 7, yuan: 10_000 },
    charityVolunteers: 39_000,
  },
};
