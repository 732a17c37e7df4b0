import { readOnlyHub, type ReadOnlyHub } from '../support/hub.js';

// The published figures the demo world reproduces (docs/demo-world.md), one assertion per figure,
// each naming the article (seed 00N) and the query that answers it. Figures written
// "N+" in the articles are reproduced as N exactly.

let hub: ReadOnlyHub;
beforeAll(async () => {
  hub = await readOnlyHub();
});

const REGION = `query($code: ID!) { region(code: $code) {
  coverage { townships townshipsWithStation rate stationsByLevel { level count } }
  serviceStats { personTimes hours householdsVisited byMethod { method count personTimes } }
  workforce { socialWorkers certified fullTime }
  assistance { households amount }
} }`;

type Figures = {
  coverage: {
    townships: number;
    townshipsWithStation: number;
    rate: number | null;
    stationsByLevel: Array<{ level: string; count: number }>;
  };
  serviceStats: {
    personTimes: number;
    hours: number;
    householdsVisited: number;
    byMethod: Array<{ method: string; count: number; personTimes: number }>;
  };
  workforce: { socialWorkers: number; certified: number; fullTime: number };
  assistance: { households: number; amount: string };
};

async function region(code: string): Promise<Figures> {
  const { data, errors } = await hub.query<{ region: Figures }>(REGION, { code });
  expect(errors).toBeUndefined();
  return data!.region;
}
type Share = { source: string; level: string | null; amount: string };
type Funding = {
  amount: string;
  bySource: Share[];
  premisesSquareMetres: number;
  goodsValue: string;
  goodsCount: number;
};

/** A department's contributions over a region (region.<department>Funding). */
async function funding(code: string, field = 'civilAffairsFunding'): Promise<Funding> {
  const { data, errors } = await hub.query<{ region: Record<string, Funding> }>(
    `query($code: ID!) { region(code: $code) { ${field} { amount bySource { source level amount } premisesSquareMetres goodsValue goodsCount } } }`,
    { code },
  );
  expect(errors).toBeUndefined();
  return data!.region[field]!;
}
const yuanOf = (shares: Share[], keep: (share: Share) => boolean) =>
  shares.filter(keep).reduce((sum, share) => sum + Number(share.amount), 0);
const CONTRIBUTING = [
  'civilAffairsFunding',
  'tradeUnionFunding',
  'youthLeagueFunding',
  'womenFederationFunding',
  'disabilityFederationFunding',
];

const level = (figures: Figures, name: string) =>
  figures.coverage.stationsByLevel.find((entry) => entry.level === name)!.count;
const method = (figures: Figures, name: string) =>
  figures.serviceStats.byMethod.find((entry) => entry.method === name)!;

async function invested(code: string): Promise<number> {
  const { data } = await hub.query<{
    serviceProjects: { edges: Array<{ node: { contractAmount: string } }> };
  }>(
    `query($code: String!) { serviceProjects(filter: { regionCode: $code }, first: 500) { edges { node { contractAmount } } } }`,
    { code },
  );
  return data!.serviceProjects.edges.reduce(
    (sum, edge) => sum + Number(edge.node.contractAmount),
    0,
  );
}

async function agencies(code: string): Promise<number> {
  const { data } = await hub.query<{ agencies: { totalCount: number } }>(
    `query($code: String!) { agencies(filter: { regionCode: $code }) { totalCount } }`,
    { code },
  );
  return data!.agencies.totalCount;
}

describe('Mulan County 木兰县 230127 (seed 001)', () => {
  it('8 township stations (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('230127'), 'TOWNSHIP_STATION')).toBe(8));
  it('Mulan town running since 2022 and four more since May 2023: 5 townships covered (region.coverage.townshipsWithStation)', async () =>
    expect((await region('230127')).coverage.townshipsWithStation).toBe(5));
  // "以木兰镇社工站为总督导站，协调管理全县八个乡镇社工站"
  it('Mulan town station the general supervising station over the eight township stations: itself and seven (stations.supervisedStations)', async () => {
    const { data } = await hub.query<{
      stations: {
        edges: Array<{ node: { name: string; level: string; supervisedStations: unknown[] } }>;
      };
    }>(
      `{ stations(filter: { regionCode: "230127", level: TOWNSHIP_STATION }, first: 20) { edges { node { name level supervisedStations { id } } } } }`,
    );
    const head = data!.stations.edges.find((edge) => edge.node.name === '木兰镇社工站')!.node;
    expect(head.level).toBe('TOWNSHIP_STATION');
    expect(1 + head.supervisedStations.length).toBe(8);
  });
});

describe('Linze County 临泽县 620723 (seed 002)', () => {
  it('stations in Shahe, Pingchuan and Yanuan (region.coverage.townshipsWithStation)', async () =>
    expect((await region('620723')).coverage.townshipsWithStation).toBe(3));
  it('300,000 yuan for the Pingchuan and Yanuan stations (serviceProjects.contractAmount of their projects)', async () => {
    const { data } = await hub.query<{
      serviceProjects: {
        edges: Array<{ node: { contractAmount: string; stations: Array<{ regionCode: string }> } }>;
      };
    }>(
      '{ serviceProjects(filter: { regionCode: "620723" }) { edges { node { contractAmount stations { regionCode } } } } }',
    );
    const theirs = data!.serviceProjects.edges.filter((edge) =>
      edge.node.stations.some((station) => ['620723103', '620723105'].includes(station.regionCode)),
    );
    expect(theirs.reduce((sum, edge) => sum + Number(edge.node.contractAmount), 0)).toBe(300_000);
  });
  for (const [code, name, count] of [
    ['620723100', 'Shahe', 178],
    ['620723105', 'Yanuan', 295],
    ['620723103', 'Pingchuan', 290],
  ] as const) {
    it(`${name}: ${count} key service recipients (people.totalCount)`, async () => {
      const { data } = await hub.query<{ people: { totalCount: number } }>(
        `query($code: String!) { people(filter: { regionCode: $code }, first: 0) { totalCount } }`,
        { code },
      );
      expect(data!.people.totalCount).toBe(count);
    });
  }
  it('Pingchuan: 60 case person-times, 6 group sessions, 4 community activities (region.serviceStats.byMethod)', async () => {
    const figures = await region('620723103');
    expect([
      method(figures, 'CASE').personTimes,
      method(figures, 'GROUP').count,
      method(figures, 'COMMUNITY_ACTIVITY').count,
    ]).toEqual([60, 6, 4]);
  });
  // "链接社会资源计 11 万元图书，在颐和社区建立“阅亮姐姐”儿童阅读空间"
  it('Pingchuan: 110,000 yuan of books linked, in kind (region.civilAffairsFunding.goodsValue)', async () =>
    expect((await funding('620723')).goodsValue).toBe('110000.00'));
});

describe('Ceheng County 册亨县 522327 (seed 000)', () => {
  it('8 township stations (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('522327'), 'TOWNSHIP_STATION')).toBe(8));
  it('127 social work talents (region.workforce.socialWorkers)', async () =>
    expect((await region('522327')).workforce.socialWorkers).toBe(127));
  it('6 certified (region.workforce.certified)', async () =>
    expect((await region('522327')).workforce.certified).toBe(6));
  it('15 full-time social workers (region.workforce.fullTime)', async () =>
    expect((await region('522327')).workforce.fullTime).toBe(15));
  it('3.15 M yuan invested (serviceProjects.contractAmount)', async () =>
    expect(await invested('522327')).toBe(3_150_000));
  it('512 activities (region.serviceStats.byMethod COMMUNITY_ACTIVITY)', async () =>
    expect(method(await region('522327'), 'COMMUNITY_ACTIVITY').count).toBe(512));
  it('480+ care visits (region.serviceStats.byMethod HOME_VISIT)', async () =>
    expect(method(await region('522327'), 'HOME_VISIT').count).toBe(480));
  it('280+ training person-times (region.serviceStats.byMethod TRAINING)', async () =>
    expect(method(await region('522327'), 'TRAINING').personTimes).toBe(280));
  it('45,000 volunteer person-times (region.youthLeague.volunteerServices)', async () => {
    const { data } = await hub.query<{ region: { youthLeague: { volunteerServices: number } } }>(
      '{ region(code: "522327") { youthLeague { volunteerServices } } }',
    );
    expect(data!.region.youthLeague.volunteerServices).toBe(45_000);
  });
  it('temporary assistance to 743 households (region.assistance.households)', async () =>
    expect((await region('522327')).assistance.households).toBe(743));
  it('1.9105 M yuan of temporary assistance (region.assistance.amount)', async () =>
    expect((await region('522327')).assistance.amount).toBe('1910500.00'));
});

describe('Ulanqab 乌兰察布市 150900 (seed 002)', () => {
  it('10 stations (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('150900'), 'TOWNSHIP_STATION')).toBe(10));
  it('1 M yuan of welfare-lottery funds (serviceProjects.contractAmount)', async () =>
    expect(await invested('150900')).toBe(1_000_000));
  // "下拨了自治区福彩公益金 100 万元，用于支持“五社联动”社会工作服务试点项目建设"
  it('1 M yuan of the autonomous region’s welfare-lottery funds (region.civilAffairsFunding.bySource)', async () =>
    expect((await funding('150900')).bySource).toEqual([
      { source: 'WELFARE_LOTTERY', level: 'PROVINCE', amount: '1000000.00' },
    ]));
  it('300+ households visited (region.serviceStats.householdsVisited)', async () =>
    expect((await region('150900')).serviceStats.householdsVisited).toBe(300));
  it('10 cases (region.serviceStats.byMethod CASE)', async () =>
    expect(method(await region('150900'), 'CASE').count).toBe(10));
  it('8 groups (region.serviceStats.byMethod GROUP)', async () =>
    expect(method(await region('150900'), 'GROUP').count).toBe(8));
  it('8 community events (region.serviceStats.byMethod COMMUNITY_ACTIVITY)', async () =>
    expect(method(await region('150900'), 'COMMUNITY_ACTIVITY').count).toBe(8));
});

describe('Dali Prefecture 大理白族自治州 532900 (seed 001)', () => {
  it('112 township stations (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('532900'), 'TOWNSHIP_STATION')).toBe(112));
  it('100% coverage (region.coverage.rate)', async () =>
    expect((await region('532900')).coverage.rate).toBe(1));
  it('3.84 M yuan since 2021 (serviceProjects.contractAmount)', async () =>
    expect(await invested('532900')).toBe(3_840_000));
  it('4,330 social work talents (region.workforce.socialWorkers)', async () =>
    expect((await region('532900')).workforce.socialWorkers).toBe(4_330));
  it('477 certified (region.workforce.certified)', async () =>
    expect((await region('532900')).workforce.certified).toBe(477));
  it('27 agencies (agencies.totalCount)', async () => expect(await agencies('532900')).toBe(27));
  it('26,800+ person-times served (region.serviceStats.personTimes)', async () =>
    expect((await region('532900')).serviceStats.personTimes).toBe(26_800));
  it('2,100+ households visited (region.serviceStats.householdsVisited)', async () =>
    expect((await region('532900')).serviceStats.householdsVisited).toBe(2_100));
  it('133 community activities (region.serviceStats.byMethod COMMUNITY_ACTIVITY)', async () =>
    expect(method(await region('532900'), 'COMMUNITY_ACTIVITY').count).toBe(133));
  it('65 group activities (region.serviceStats.byMethod GROUP)', async () =>
    expect(method(await region('532900'), 'GROUP').count).toBe(65));
  it('150 cases (region.serviceStats.byMethod CASE)', async () =>
    expect(method(await region('532900'), 'CASE').count).toBe(150));
  it('7,800+ service hours (region.serviceStats.hours)', async () =>
    expect((await region('532900')).serviceStats.hours).toBe(7_800));
  // "建成 1 个省级社工示范站、2 个省级社工站示范点"
  it('1 provincial demonstration station and 2 demonstration points (region.stationFacilities.designations)', async () => {
    const { data } = await hub.query<{
      region: {
        stationFacilities: {
          designations: Array<{ kind: string; level: string; stations: number }>;
        };
      };
    }>(`{ region(code: "532900") { stationFacilities { designations { kind level stations } } } }`);
    expect(data!.region.stationFacilities.designations).toEqual([
      { kind: 'DEMONSTRATION', level: 'PROVINCIAL', stations: 3 },
    ]);
  });
});

describe('Honghe Prefecture 红河哈尼族彝族自治州 532500 (seed 004)', () => {
  it('135 township stations and 6 community (farm) stations: 141 at township level (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('532500'), 'TOWNSHIP_STATION')).toBe(141));
  it('40 agencies (agencies.totalCount)', async () => expect(await agencies('532500')).toBe(40));
  it('378 certified social workers (region.workforce.certified)', async () =>
    expect((await region('532500')).workforce.certified).toBe(378));
  // "378 人通过全国社会工作者职业水平考试、相较 2021 年增幅达 460.97%": no whole number of workers
  // certified in 2021 gives +460.97% exactly; 67 gives the nearest, +464.18%.
  it('+460.97% certified against 2021: 67 by the end of 2021, the nearest whole base (region.certifiedGrowth)', async () => {
    const { data } = await hub.query<{
      region: {
        certifiedGrowth: { certifiedSince: number; certifiedAsOf: number; growth: number };
      };
    }>(
      `{ region(code: "532500") { certifiedGrowth(since: "2021-12-31") { certifiedSince certifiedAsOf growth } } }`,
    );
    const { certifiedSince, certifiedAsOf, growth } = data!.region.certifiedGrowth;
    expect([certifiedSince, certifiedAsOf]).toEqual([67, 378]);
    const miss = (base: number) => Math.abs(378 / base - 1 - 4.6097);
    expect(miss(certifiedSince)).toBeLessThan(Math.min(miss(66), miss(68)));
    expect(growth).toBeCloseTo(311 / 67, 10);
  });
  // "95%乡镇（街道）社工站场所均为独立办公，5%乡镇（街道）社工站分别与民政所（站）合用办公场地"
  it('95% of township stations with an office of their own, 5% sharing (region.stationFacilities)', async () => {
    const { data } = await hub.query<{
      region: {
        stationFacilities: {
          independentOffice: number;
          sharedOffice: number;
          independentOfficeRate: number;
        };
      };
    }>(
      `{ region(code: "532500") { stationFacilities { independentOffice sharedOffice independentOfficeRate } } }`,
    );
    const facilities = data!.region.stationFacilities;
    expect(facilities.independentOffice + facilities.sharedOffice).toBe(135);
    expect(Math.round(facilities.independentOfficeRate * 100)).toBe(95);
    expect(Math.round((facilities.sharedOffice / 135) * 100)).toBe(5);
  });
});

describe('Shiyan 十堰市 420300 (seed 004)', () => {
  it('stations in all 119 townships and 5 development zones (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('420300'), 'TOWNSHIP_STATION')).toBe(124));
  it('716 village rooms (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('420300'), 'VILLAGE_ROOM')).toBe(716));
  it('14.78 M yuan invested (serviceProjects.contractAmount)', async () =>
    expect(await invested('420300')).toBe(14_780_000));
  it('248 professional social workers (region.workforce.socialWorkers)', async () =>
    expect((await region('420300')).workforce.socialWorkers).toBe(248));
  it('300,000+ person-times served (region.serviceStats.personTimes)', async () =>
    expect((await region('420300')).serviceStats.personTimes).toBe(300_000));
  for (const [code, name, personTimes] of [
    ['420324', 'Zhuxi 竹溪县', 98_000],
    ['420322', 'Yunxi 郧西县', 55_000],
    ['420304', 'Yunyang 郧阳区', 42_000],
    ['420302', 'Maojian 茅箭区', 40_000],
  ] as const) {
    it(`${name}: ${personTimes} person-times (region.serviceStats.personTimes)`, async () =>
      expect((await region(code)).serviceStats.personTimes).toBe(personTimes));
  }
});

describe('Meishan Tianfu New Area 眉山天府新区 511471 (seed 000)', () => {
  it('1 district general station (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('511471'), 'COUNTY_STATION')).toBe(1));
  it('4 town stations (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('511471'), 'TOWNSHIP_STATION')).toBe(4));
  it('11 village rooms (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('511471'), 'VILLAGE_ROOM')).toBe(11));
  it('4 agencies (agencies.totalCount)', async () => expect(await agencies('511471')).toBe(4));
  it('10 full-time social workers (region.workforce.fullTime)', async () =>
    expect((await region('511471')).workforce.fullTime).toBe(10));
  it('200+ volunteers (region.youthLeague.volunteers)', async () => {
    const { data } = await hub.query<{ region: { youthLeague: { volunteers: number } } }>(
      '{ region(code: "511471") { youthLeague { volunteers } } }',
    );
    expect(data!.region.youthLeague.volunteers).toBe(200);
  });
  it('0.6 M yuan raised (region.charity.raised)', async () => {
    const { data } = await hub.query<{ region: { charity: { raised: string } } }>(
      '{ region(code: "511471") { charity { raised } } }',
    );
    expect(data!.region.charity.raised).toBe('600000.00');
  });
  it('about 1 M yuan of integrated purchase funds (serviceProjects.contractAmount)', async () =>
    expect(await invested('511471')).toBe(1_000_000));
  // "统筹内部社会救助、养老服务、儿童关爱、社区治理等政府购买服务资金近 100万元"
  it('about 1 M yuan of integrated purchase funds, civil affairs’ own (region.civilAffairsFunding.bySource)', async () =>
    expect((await funding('511471')).bySource).toEqual([
      { source: 'INTEGRATED_PURCHASE_FUNDS', level: 'COUNTY', amount: '1000000.00' },
    ]));
  // "新区现已协调社区为民服务场所 1000 多平方米"
  it('1,000+ square metres of community premises, in kind (region.civilAffairsFunding.premisesSquareMetres)', async () =>
    expect((await funding('511471')).premisesSquareMetres).toBe(1_000));
  // "整合爱心资源 100余个"
  it('100+ loving resources brought together, in kind (region.civilAffairsFunding.goodsCount)', async () =>
    expect((await funding('511471')).goodsCount).toBe(100));
  it('1,000+ home-visit person-times (region.serviceStats.byMethod HOME_VISIT)', async () =>
    expect(method(await region('511471'), 'HOME_VISIT').personTimes).toBe(1_000));
  it('150+ activities (region.serviceStats.byMethod COMMUNITY_ACTIVITY)', async () =>
    expect(method(await region('511471'), 'COMMUNITY_ACTIVITY').count).toBe(150));
  it('6,000+ beneficiary person-times (region.serviceStats.personTimes)', async () =>
    expect((await region('511471')).serviceStats.personTimes).toBe(6_000));
});

describe('Qijiang District 綦江区 500110 (seed 001)', () => {
  it('21 towns and streets, all with stations (region.coverage)', async () =>
    expect((await region('500110')).coverage).toMatchObject({
      townships: 21,
      townshipsWithStation: 21,
      rate: 1,
    }));
  it('"1+21+N": 1 district general station (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('500110'), 'COUNTY_STATION')).toBe(1));
  // "182 名城乡社区工作者持有社工证，每年发放社工职业津贴 12万元"
  it('182 community workers certified, and 120,000 yuan of allowance a year (region.workforceDetail)', async () => {
    const { data } = await hub.query<{
      region: {
        workforceDetail: {
          byEmployment: Array<{ employment: string; certified: number }>;
          annualAllowances: string;
        };
      };
    }>(
      `{ region(code: "500110") { workforceDetail(asOf: "2023-12-31") { byEmployment { employment certified } annualAllowances } } }`,
    );
    const detail = data!.region.workforceDetail;
    expect(
      detail.byEmployment.find((entry) => entry.employment === 'COMMUNITY_WORKER')!.certified,
    ).toBe(182);
    expect(detail.annualAllowances).toBe('120000.00');
  });
  it('810+ certified social workers (region.workforce.certified)', async () =>
    expect((await region('500110')).workforce.certified).toBe(810));
  it('12 linked projects (serviceProjects.totalCount)', async () => {
    const { data } = await hub.query<{ serviceProjects: { totalCount: number } }>(
      '{ serviceProjects(filter: { regionCode: "500110" }, first: 0) { totalCount } }',
    );
    expect(data!.serviceProjects.totalCount).toBe(12);
  });
  it('78,000 person-times served (region.serviceStats.personTimes)', async () =>
    expect((await region('500110')).serviceStats.personTimes).toBe(78_000));
  it('180,000+ registered volunteers in 793 organisations; 39,000+ charity volunteers; 1.2 M+ yuan raised; 79 community funds; 7 pilot communities (region.youthLeague, region.charity)', async () => {
    const { data, errors } = await hub.query<{
      region: {
        youthLeague: { volunteers: number; volunteerTeams: number };
        charity: {
          volunteers: number;
          raised: string;
          funds: number;
          communitiesGranted: number;
          grantedToCommunities: string;
        };
      };
    }>(
      '{ region(code: "500110") { youthLeague { volunteers volunteerTeams } charity { volunteers raised funds communitiesGranted grantedToCommunities } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.region.youthLeague).toEqual({ volunteers: 180_000, volunteerTeams: 793 });
    expect(data!.region.charity).toEqual({
      volunteers: 39_000,
      raised: '1200000.00',
      funds: 79,
      communitiesGranted: 7,
      grantedToCommunities: '70000.00',
    });
  });
});

describe('Sichuan 四川省 510000 (seed 003)', () => {
  for (const [name, count] of [
    ['CITY_CENTRE', 5],
    ['COUNTY_STATION', 96],
    ['TOWNSHIP_STATION', 843],
    ['VILLAGE_ROOM', 3_507],
  ] as const) {
    it(`${count} ${name} (region.coverage.stationsByLevel)`, async () =>
      expect(level(await region('510000'), name)).toBe(count));
  }
  it('4,451 station points in all (region.coverage.stationsByLevel)', async () =>
    expect(
      (await region('510000')).coverage.stationsByLevel.reduce(
        (sum, entry) => sum + entry.count,
        0,
      ),
    ).toBe(4_451));
  it('45.6 M yuan provincial subsidy and 289 M leveraged: 334.6 M yuan in projects (serviceProjects.contractAmount)', async () =>
    expect(await invested('510000')).toBe(334_600_000));
  // "2021 年，省级奖补投入 4560 万元，撬动市县投入资金 2.89 亿元，其中整合民政部门资金 1.1 亿元，
  // 整合其他部门资金 1066 万元。"
  const everyDepartment = async () =>
    (await Promise.all(CONTRIBUTING.map((field) => funding('510000', field)))).flatMap(
      (figures) => figures.bySource,
    );
  it('45.6 M yuan of provincial subsidy (region.<department>Funding.bySource at PROVINCE)', async () =>
    expect(
      yuanOf(
        await everyDepartment(),
        (share) => share.source === 'HIGHER_LEVEL_SUBSIDY' && share.level === 'PROVINCE',
      ),
    ).toBe(45_600_000));
  it('289 M yuan leveraged from cities and counties (region.<department>Funding.bySource at CITY or COUNTY)', async () =>
    expect(
      yuanOf(await everyDepartment(), (share) => ['CITY', 'COUNTY'].includes(share.level ?? '')),
    ).toBe(289_000_000));
  it('110 M yuan of it civil affairs’ funds (region.civilAffairsFunding.bySource)', async () =>
    expect(
      yuanOf(
        (await funding('510000')).bySource,
        (share) => share.source === 'INTEGRATED_PURCHASE_FUNDS',
      ),
    ).toBe(110_000_000));
  it('every project of the 334.6 M yuan has its sources recorded (serviceProjects.funding.unfunded)', async () => {
    const { data, errors } = await hub.query<{
      serviceProjects: {
        edges: Array<{ node: { funding: { unfunded: string; overfunded: string } } }>;
      };
    }>(
      '{ serviceProjects(filter: { regionCode: "510000" }, first: 500) { edges { node { funding { unfunded overfunded } } } } }',
    );
    expect(errors).toBeUndefined();
    const edges = data!.serviceProjects.edges;
    expect(edges.length).toBeGreaterThan(90);
    expect(edges.filter(({ node }) => node.funding.unfunded !== '0.00')).toEqual([]);
    expect(edges.filter(({ node }) => node.funding.overfunded !== '0.00')).toEqual([]);
  });
  // "社工站点围绕……“六项服务”，链接社会资源 2980 余万元"
  it('29.8 M yuan of social resources linked, in kind (region.civilAffairsFunding.goodsValue)', async () =>
    expect((await funding('510000')).goodsValue).toBe('29800000.00'));
  it('10.66 M yuan from other departments (region.tradeUnion/youthLeague/womenFederation/disabilityFederation.contributed)', async () => {
    const { data } = await hub.query<{ region: Record<string, { contributed: string }> }>(
      '{ region(code: "510000") { tradeUnion { contributed } youthLeague { contributed } womenFederation { contributed } disabilityFederation { contributed } } }',
    );
    expect(
      Object.values(data!.region).reduce((sum, figures) => sum + Number(figures.contributed), 0),
    ).toBe(10_660_000);
  });
  // "社工站点围绕需求评估、资源链接、社会救助、老幼关爱、社区治理、产业发展等“六项服务”，链接社会
  // 资源 2980 余万元，提供救助服务 7.85 万人次，开展老幼关爱 28.60 万人次，开展社区活动 1.04 万次，
  // 助推产业发展 3380 余次。"
  const byArea = async () => {
    const { data, errors } = await hub.query<{
      region: {
        serviceStats: {
          byServiceArea: Array<{
            serviceArea: string | null;
            services: number;
            personTimes: number;
          }>;
        };
      };
    }>(
      '{ region(code: "510000") { serviceStats { byServiceArea { serviceArea services personTimes } } } }',
    );
    expect(errors).toBeUndefined();
    const areas = data!.region.serviceStats.byServiceArea;
    return (name: string) => areas.find((entry) => entry.serviceArea === name)!;
  };
  it('提供救助服务 7.85 万人次: 78,500 assistance person-times (region.serviceStats.byServiceArea SOCIAL_ASSISTANCE)', async () =>
    expect((await byArea())('SOCIAL_ASSISTANCE').personTimes).toBe(78_500));
  it('开展老幼关爱 28.60 万人次: 286,000 person-times of care for the old and the young (region.serviceStats.byServiceArea ELDERLY_CARE + CHILD_WELFARE)', async () => {
    const area = await byArea();
    expect(area('ELDERLY_CARE').personTimes + area('CHILD_WELFARE').personTimes).toBe(286_000);
  });
  it('助推产业发展 3380 余次: 3,380 industry development services (region.serviceStats.byServiceArea INDUSTRY_DEVELOPMENT)', async () =>
    expect((await byArea())('INDUSTRY_DEVELOPMENT').services).toBe(3_380));
  it('100,900 registered volunteers (region.youthLeague.volunteers)', async () => {
    const { data } = await hub.query<{ region: { youthLeague: { volunteers: number } } }>(
      '{ region(code: "510000") { youthLeague { volunteers } } }',
    );
    expect(data!.region.youthLeague.volunteers).toBe(100_900);
  });
});

describe('Shangrao 上饶市 361100 (seed 002)', () => {
  // "12 个县（市、区）均已启动试点或完成“1+x”社会工作服务体系建设"
  it('12 counties, each with its county general station (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('361100'), 'COUNTY_STATION')).toBe(12));
  it('each with a township station started (region.coverage.stationsByLevel)', async () =>
    expect(level(await region('361100'), 'TOWNSHIP_STATION')).toBe(12));
});

describe('Taicang 太仓市 320585 (seed 004)', () => {
  // "太仓率先完成基层社工站（室）全覆盖"
  it('a station in every town and street (region.coverage.rate)', async () =>
    expect((await region('320585')).coverage).toMatchObject({
      townships: 8,
      townshipsWithStation: 8,
      rate: 1,
    }));
  it('a room in every village and community (region.coverage.stationsByLevel VILLAGE_ROOM)', async () => {
    const { data } = await hub.query<{ region: { children: Array<{ children: unknown[] }> } }>(
      '{ region(code: "320585") { children { children { code } } } }',
    );
    const villages = data!.region.children.reduce((sum, town) => sum + town.children.length, 0);
    expect(villages).toBeGreaterThan(0);
    expect(level(await region('320585'), 'VILLAGE_ROOM')).toBe(villages);
  });
});

describe('period figures, as a dashboard asks them (indicators)', () => {
  interface Row {
    period: string;
    method: string | null;
    serviceArea: string | null;
    stationLevel: string | null;
    stationStatus: string | null;
    value: number;
  }
  async function rows(variables: Record<string, unknown>): Promise<Row[]> {
    const { data, errors } = await hub.query<{ indicators: { rows: Row[] } }>(
      `query($measures: [String!]!, $period: PeriodInput!, $regions: IndicatorRegionsInput, $by: [IndicatorDimension!]) {
        indicators(measures: $measures, period: $period, regions: $regions, by: $by) {
          rows { period method serviceArea stationLevel stationStatus value }
        }
      }`,
      variables,
    );
    expect(errors).toBeUndefined();
    return data!.indicators.rows;
  }
  const sichuan2023 = (measure: string) =>
    rows({
      measures: [measure],
      period: { from: '2023-01', to: '2023-12', grain: 'YEAR' },
      regions: { codes: ['510000'] },
      by: ['SERVICE_AREA'],
    });
  const area = (found: Row[], name: string) =>
    found.find((row) => row.serviceArea === name)?.value ?? 0;

  it('Sichuan, 2023: 78,500 assistance person-times (person_times by SERVICE_AREA)', async () =>
    expect(area(await sichuan2023('person_times'), 'SOCIAL_ASSISTANCE')).toBe(78_500));
  it('Sichuan, 2023: 286,000 person-times of care for the old and the young (person_times by SERVICE_AREA)', async () => {
    const found = await sichuan2023('person_times');
    expect(area(found, 'ELDERLY_CARE') + area(found, 'CHILD_WELFARE')).toBe(286_000);
  });
  it('Sichuan, 2023: 3,380 industry development services (services by SERVICE_AREA)', async () =>
    expect(area(await sichuan2023('services'), 'INDUSTRY_DEVELOPMENT')).toBe(3_380));
  // Sichuan (seed 003): "省级奖补投入 4560 万元，撬动市县投入资金 2.89 亿元".
  it('Sichuan: 45.6 M yuan at province level and 289 M at county level (contribution_amount by FUND_LEVEL)', async () => {
    const { data, errors } = await hub.query<{
      indicators: { rows: Array<{ fundLevel: string | null; value: number }> };
    }>(
      `{ indicators(measures: ["contribution_amount"], period: { from: "2020-01", to: "2026-12", grain: YEAR },
          regions: { codes: ["510000"] }, by: [FUND_LEVEL]) { rows { fundLevel value } } }`,
    );
    expect(errors).toBeUndefined();
    const atLevel = (name: string) =>
      data!.indicators.rows
        .filter((row) => row.fundLevel === name)
        .reduce((sum, row) => sum + row.value, 0);
    expect([atLevel('PROVINCE'), atLevel('CITY') + atLevel('COUNTY')]).toEqual([
      45_600_000, 289_000_000,
    ]);
  });
  it('Mulan: one township station running at the end of 2022 and April 2023, five from May 2023 (stations at month-end)', async () => {
    const found = await rows({
      measures: ['stations'],
      period: { from: '2022-12', to: '2023-05', grain: 'MONTH' },
      regions: { codes: ['230127'] },
      by: ['STATION_LEVEL', 'STATION_STATUS'],
    });
    const operating = (period: string) =>
      found.find(
        (row) =>
          row.period === period &&
          row.stationLevel === 'TOWNSHIP_STATION' &&
          row.stationStatus === 'OPERATING',
      )?.value;
    expect([operating('2022-12'), operating('2023-04'), operating('2023-05')]).toEqual([1, 1, 5]);
  });
});
