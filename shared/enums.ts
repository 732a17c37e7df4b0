import { registerEnumType } from 'type-graphql';
import { DEPARTMENT_CODES, DEPARTMENT_REGISTRY, type DepartmentCode } from './departments.js';

// Enums used by more than one subgraph live here so that every subgraph declares them
// identically, as composition requires.

/** The departments that buy social services through the stations (values of the registry). */
export const Department = Object.fromEntries(DEPARTMENT_CODES.map((code) => [code, code])) as {
  readonly [Code in DepartmentCode]: Code;
};
export type Department = DepartmentCode;
registerEnumType(Department, {
  name: 'Department',
  description: 'Department that buys or delivers services (部门)',
  valuesConfig: Object.fromEntries(
    DEPARTMENT_REGISTRY.map((entry) => [entry.code, { description: entry.description }]),
  ),
});

/** Level of an administrative division, derived from its code. */
export enum RegionLevel {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Level of an administrative division (行政区划层级)',
  valuesConfig: {
    NATIONAL: {
      description: 'The whole country (全国), the root above the provinces: code 100000',
    },
    PROVINCE: { description: 'Province-level (省级)' },
    CITY: { description: 'Prefecture-level city (地级)' },
    COUNTY: { description: 'County-level (县级)' },
    TOWNSHIP: { description: 'Township, town or street (乡镇/街道)' },
    VILLAGE: { description: 'Village or community (村/社区)' },
  },
});

/** The four levels of the station system. */
export enum StationLevel {
  CITY_CENTRE = 'CITY_CENTRE',
  COUNTY_STATION = 'COUNTY_STATION',
  TOWNSHIP_STATION = 'TOWNSHIP_STATION',
  VILLAGE_ROOM = 'VILLAGE_ROOM',
}
registerEnumType(StationLevel, {
  name: 'StationLevel',
  description: 'Level in the four-level station system (四级服务体系)',
  valuesConfig: {
    CITY_CENTRE: { description: 'City social work support centre (市级社工支持中心)' },
    COUNTY_STATION: { description: 'County general station (县级社工总站)' },
    TOWNSHIP_STATION: { description: 'Township or street station (乡镇（街道）社工站)' },
    VILLAGE_ROOM: { description: 'Village or community room (村（社区）社工室)' },
  },
});

/** How a service was delivered. */
export enum ServiceMethod {
  CASE = 'CASE',
  GROUP = 'GROUP',
  COMMUNITY_ACTIVITY = 'COMMUNITY_ACTIVITY',
  HOME_VISIT = 'HOME_VISIT',
  NEEDS_SURVEY = 'NEEDS_SURVEY',
  TRAINING = 'TRAINING',
}
registerEnumType(ServiceMethod, {
  name: 'ServiceMethod',
  description: 'Social work method (服务方法)',
  valuesConfig: {
    CASE: { description: 'Case work (个案)' },
    GROUP: { description: 'Group work (小组)' },
    COMMUNITY_ACTIVITY: { description: 'Community activity (社区活动)' },
    HOME_VISIT: { description: 'Home visit (入户走访)' },
    NEEDS_SURVEY: { description: 'Needs survey (需求调查)' },
    TRAINING: { description: 'Training (培训)' },
  },
});

/** Field of service a project works in. */
export enum ServiceArea {
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILD_WELFARE = 'CHILD_WELFARE',
  COMMUNITY_GOVERNANCE = 'COMMUNITY_GOVERNANCE',
  SOCIAL_AFFAIRS = 'SOCIAL_AFFAIRS',
  NEEDS_ASSESSMENT = 'NEEDS_ASSESSMENT',
  RESOURCE_LINKAGE = 'RESOURCE_LINKAGE',
  INDUSTRY_DEVELOPMENT = 'INDUSTRY_DEVELOPMENT',
}
registerEnumType(ServiceArea, {
  name: 'ServiceArea',
  description: 'Service area (服务领域)',
  valuesConfig: {
    SOCIAL_ASSISTANCE: { description: 'Social assistance (社会救助)' },
    ELDERLY_CARE: { description: 'Elderly care (养老服务)' },
    CHILD_WELFARE: { description: 'Child welfare and protection (儿童福利/关爱保护)' },
    COMMUNITY_GOVERNANCE: { description: 'Community governance (社区治理)' },
    SOCIAL_AFFAIRS: { description: 'Social affairs (社会事务)' },
    NEEDS_ASSESSMENT: { description: 'Needs assessment (需求评估)' },
    RESOURCE_LINKAGE: { description: 'Resource linkage (资源链接)' },
    INDUSTRY_DEVELOPMENT: { description: 'Industry development (产业发展)' },
  },
});

/** Where money (or what is given in kind) put into a project comes from. */
export enum FundSource {
  GOVERNMENT_BUDGET = 'GOVERNMENT_BUDGET',
  HIGHER_LEVEL_SUBSIDY = 'HIGHER_LEVEL_SUBSIDY',
  INTEGRATED_PURCHASE_FUNDS = 'INTEGRATED_PURCHASE_FUNDS',
  SOCIAL_ASSISTANCE_FUNDS = 'SOCIAL_ASSISTANCE_FUNDS',
  EAST_WEST_COLLABORATION = 'EAST_WEST_COLLABORATION',
  UNION_FUNDS = 'UNION_FUNDS',
  LEAGUE_FUNDS = 'LEAGUE_FUNDS',
  WOMEN_FEDERATION_FUNDS = 'WOMEN_FEDERATION_FUNDS',
  DISABILITY_EMPLOYMENT_SECURITY_FUND = 'DISABILITY_EMPLOYMENT_SECURITY_FUND',
  WELFARE_LOTTERY = 'WELFARE_LOTTERY',
  CHARITY_DONATIONS = 'CHARITY_DONATIONS',
  COMMUNITY_FUND = 'COMMUNITY_FUND',
  PUBLIC_ASSETS = 'PUBLIC_ASSETS',
  LINKED_RESOURCES = 'LINKED_RESOURCES',
}
registerEnumType(FundSource, {
  name: 'FundSource',
  description: 'Source of funds (资金来源); with a FundLevel it says whose money it is',
  valuesConfig: {
    GOVERNMENT_BUDGET: {
      description:
        "The paying government's own budget (本级财政预算): at CITY or COUNTY level, 市县财政",
    },
    HIGHER_LEVEL_SUBSIDY: {
      description:
        'Subsidy passed down by a higher government (上级补助, e.g. 省级奖补 at PROVINCE level)',
    },
    INTEGRATED_PURCHASE_FUNDS: {
      description:
        "A department's existing purchase-of-service funds brought into the station (整合部门购买服务资金)",
    },
    SOCIAL_ASSISTANCE_FUNDS: { description: 'Social assistance funds (社会救助资金)' },
    EAST_WEST_COLLABORATION: { description: 'East–west collaboration funds (东西部协作资金)' },
    UNION_FUNDS: { description: 'Trade union funds (工会经费)' },
    LEAGUE_FUNDS: { description: 'Youth League funds (团费及共青团专项经费)' },
    WOMEN_FEDERATION_FUNDS: { description: "Women's federation funds (妇联专项经费)" },
    DISABILITY_EMPLOYMENT_SECURITY_FUND: {
      description: 'Disability employment security fund (残疾人就业保障金)',
    },
    WELFARE_LOTTERY: { description: 'Welfare-lottery public-welfare funds (福彩公益金)' },
    CHARITY_DONATIONS: { description: 'Charity donations (慈善捐赠)' },
    COMMUNITY_FUND: { description: 'Community governance special fund (社区治理专项基金)' },
    PUBLIC_ASSETS: {
      description:
        "A government's or community's own premises or equipment lent (公共资产, e.g. 乡镇出场地)",
    },
    LINKED_RESOURCES: {
      description: 'Resources linked from society: premises, goods, volunteers (链接社会资源)',
    },
  },
});

/** Which government's money it is, or none (资金层级). */
export enum FundLevel {
  CENTRAL = 'CENTRAL',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  NON_GOVERNMENT = 'NON_GOVERNMENT',
}
registerEnumType(FundLevel, {
  name: 'FundLevel',
  description: 'Level of government whose money it is (资金层级)',
  valuesConfig: {
    CENTRAL: { description: 'Central government (中央)' },
    PROVINCE: { description: 'Province or autonomous region (省级)' },
    CITY: { description: 'City or prefecture (市州级)' },
    COUNTY: { description: 'County or district (县级)' },
    TOWNSHIP: { description: 'Township or street (乡镇街道)' },
    NON_GOVERNMENT: { description: 'Not government money: charity, society (社会资金)' },
  },
});

/** What a contribution to a project is: money, or something given in kind. */
export enum ContributionKind {
  MONEY = 'MONEY',
  PREMISES = 'PREMISES',
  GOODS = 'GOODS',
  VOLUNTEER_HOURS = 'VOLUNTEER_HOURS',
}
registerEnumType(ContributionKind, {
  name: 'ContributionKind',
  description: 'What a contribution is (投入形式)',
  valuesConfig: {
    MONEY: { description: 'Money (资金)' },
    PREMISES: { description: 'Premises lent, in square metres (场地)' },
    GOODS: { description: 'Goods, with their value in yuan or their count (物资)' },
    VOLUNTEER_HOURS: { description: "Volunteers' hours (志愿服务时长)" },
  },
});
