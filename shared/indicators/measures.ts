import type { DepartmentCode } from '../departments.js';

// The catalogue of indicators (指标目录): every measure a department reports, with its Chinese
// name, unit, how it adds up over time and what it can be split by. Each department feeds the
// measures registered for it from its own tables (its `indicators.ts`); the hub's rollups only sum
// what the departments wrote, so a figure means the same at every level and in every period.

/** How a measure adds up over a period. */
export type MeasureKind =
  /** Summed over the period (服务次数, 金额). */
  | 'FLOW'
  /** The value at the period's last month-end (期末数: stations, workers, volunteers). */
  | 'STOCK'
  /** Distinct people in the period (人数, counted once however often helped). */
  | 'DISTINCT';

/** What a measure can be split by, besides the department that reports it. */
export const INDICATOR_DIMENSIONS = [
  'SERVICE_AREA',
  'METHOD',
  'TARGET_GROUP',
  'STATION_LEVEL',
  'STATION_STATUS',
  'PROGRAMME',
  'FUND_SOURCE',
  'FUND_LEVEL',
  'EMPLOYMENT',
  'CERTIFICATION',
] as const;
export type RecordDimension = (typeof INDICATOR_DIMENSIONS)[number];

/** A dimension a query may split by: the reporting department, or one of the records'. */
export type IndicatorDimension = 'DEPARTMENT' | RecordDimension;

/** One measure of the catalogue. */
export interface MeasureDefinition {
  name: string;
  unit: string;
  description: string;
  kind: MeasureKind;
  /** The departments that report it. */
  departments: readonly DepartmentCode[];
  /** What its records can be split by (the department always). */
  dimensions: readonly RecordDimension[];
  /**
   * Counts of things, not of people (stations, townships): never suppressed. Every other measure
   * is about people or what was given to them, and its small cells are hidden from analysts.
   */
  public?: boolean;
}

const SERVICE_DIMENSIONS = ['METHOD', 'SERVICE_AREA', 'TARGET_GROUP'] as const;
const EVERY_DEPARTMENT = [
  'CIVIL_AFFAIRS',
  'TRADE_UNION',
  'YOUTH_LEAGUE',
  'WOMEN_FEDERATION',
  'DISABLED_PERSONS_FEDERATION',
  'CHARITY',
] as const;
const CONTRIBUTORS = [
  'CIVIL_AFFAIRS',
  'TRADE_UNION',
  'YOUTH_LEAGUE',
  'WOMEN_FEDERATION',
  'DISABLED_PERSONS_FEDERATION',
] as const;

/** Every measure, by its code. */
export const MEASURES = {
  services: {
    name: '服务次数',
    unit: '次',
    description: 'Services recorded at stations: cases, group sessions, activities, visits',
    kind: 'FLOW',
    departments: ['CIVIL_AFFAIRS'],
    dimensions: SERVICE_DIMENSIONS,
  },
  person_times: {
    name: '服务人次',
    unit: '人次',
    description: 'People served, counted once per service',
    kind: 'FLOW',
    departments: ['CIVIL_AFFAIRS'],
    dimensions: SERVICE_DIMENSIONS,
  },
  service_hours: {
    name: '服务时长',
    unit: '小时',
    description: 'Hours of service recorded',
    kind: 'FLOW',
    departments: ['CIVIL_AFFAIRS'],
    dimensions: SERVICE_DIMENSIONS,
  },
  households_visited: {
    name: '入户探访户次',
    unit: '户次',
    description: 'Households visited at home',
    kind: 'FLOW',
    departments: ['CIVIL_AFFAIRS'],
    dimensions: SERVICE_DIMENSIONS,
  },
  cases_opened: {
    name: '新开个案',
    unit: '件',
    description: 'Cases opened by a lead department',
    kind: 'FLOW',
    departments: ['CIVIL_AFFAIRS'],
    dimensions: [],
  },
  referrals_sent: {
    name: '转介数',
    unit: '件',
    description: 'Referrals sent, by the sending department',
    kind: 'FLOW',
    departments: EVERY_DEPARTMENT,
    dimensions: ['SERVICE_AREA'],
  },
  benefits_given: {
    name: '帮扶次数',
    unit: '次',
    description:
      'Help given through every programme of the benefit ledger, reversed entries left out',
    kind: 'FLOW',
    departments: EVERY_DEPARTMENT,
    dimensions: ['PROGRAMME'],
  },
  benefit_amount: {
    name: '救助金额',
    unit: '元',
    description: 'Cash given to people, reversed entries left out',
    kind: 'FLOW',
    departments: ['CIVIL_AFFAIRS', 'TRADE_UNION', 'CHARITY'],
    dimensions: ['PROGRAMME'],
  },
  benefit_recipients: {
    name: '受助人数',
    unit: '人',
    description: 'People helped in the period, each counted once',
    kind: 'DISTINCT',
    departments: EVERY_DEPARTMENT,
    dimensions: ['PROGRAMME'],
  },
  contribution_amount: {
    name: '项目出资',
    unit: '元',
    description:
      'Money departments put into purchased-service projects, reversals netted; gifts in kind are not money',
    kind: 'FLOW',
    departments: CONTRIBUTORS,
    dimensions: ['FUND_SOURCE', 'FUND_LEVEL'],
  },
  volunteer_services: {
    name: '志愿服务次数',
    unit: '次',
    description: 'Volunteer services recorded',
    kind: 'FLOW',
    departments: ['YOUTH_LEAGUE'],
    dimensions: [],
  },
  volunteer_hours: {
    name: '志愿服务时长',
    unit: '小时',
    description: 'Hours of volunteer service',
    kind: 'FLOW',
    departments: ['YOUTH_LEAGUE'],
    dimensions: [],
  },
  family_services: {
    name: '家庭服务次数',
    unit: '次',
    description: 'Family services of the women’s federation',
    kind: 'FLOW',
    departments: ['WOMEN_FEDERATION'],
    dimensions: [],
  },
  women_child_cases_opened: {
    name: '妇女儿童案件',
    unit: '件',
    description: 'Women and children cases opened',
    kind: 'FLOW',
    departments: ['WOMEN_FEDERATION'],
    dimensions: [],
  },
  donation_amount: {
    name: '慈善捐赠',
    unit: '元',
    description: 'Donations received by charity funds, counted where the fund is',
    kind: 'FLOW',
    departments: ['CHARITY'],
    dimensions: [],
  },
  stations: {
    name: '社工站点数',
    unit: '个',
    description: 'Stations registered at month-end, by level and current status',
    kind: 'STOCK',
    departments: ['CIVIL_AFFAIRS'],
    dimensions: ['STATION_LEVEL', 'STATION_STATUS'],
    public: true,
  },
  townships: {
    name: '乡镇（街道）数',
    unit: '个',
    description: 'Townships and streets in the register of divisions (counted at every month-end)',
    kind: 'STOCK',
    departments: ['CIVIL_AFFAIRS'],
    dimensions: [],
    public: true,
  },
  social_workers: {
    name: '社会工作者',
    unit: '人',
    description: 'Social workers registered at month-end',
    kind: 'STOCK',
    departments: ['CIVIL_AFFAIRS'],
    dimensions: ['EMPLOYMENT', 'CERTIFICATION'],
  },
  volunteers: {
    name: '志愿者',
    unit: '人',
    description: 'Volunteers registered at month-end, from the day they joined',
    kind: 'STOCK',
    departments: ['YOUTH_LEAGUE', 'CHARITY'],
    dimensions: [],
  },
  worker_files_open: {
    name: '困难职工建档',
    unit: '户',
    description: 'Files of workers in difficulty open at month-end',
    kind: 'STOCK',
    departments: ['TRADE_UNION'],
    dimensions: [],
  },
  union_service_points: {
    name: '工会服务站点',
    unit: '个',
    description: 'Union service points at month-end',
    kind: 'STOCK',
    departments: ['TRADE_UNION'],
    dimensions: [],
    public: true,
  },
  children_homes: {
    name: '儿童之家',
    unit: '个',
    description: 'Children’s homes at month-end',
    kind: 'STOCK',
    departments: ['WOMEN_FEDERATION'],
    dimensions: [],
    public: true,
  },
  disability_certificates: {
    name: '持证残疾人',
    unit: '人',
    description: 'Disability certificates valid at month-end',
    kind: 'STOCK',
    departments: ['DISABLED_PERSONS_FEDERATION'],
    dimensions: [],
  },
} as const satisfies Record<string, MeasureDefinition>;

export type MeasureCode = keyof typeof MEASURES;

/** The measure of a code, or undefined for a code not in the catalogue. */
export function measureOf(code: string): MeasureDefinition | undefined {
  return Object.hasOwn(MEASURES, code) ? MEASURES[code as MeasureCode] : undefined;
}

/** The measures a department reports. */
export type MeasureOf<D extends DepartmentCode> = {
  [M in MeasureCode]: D extends (typeof MEASURES)[M]['departments'][number] ? M : never;
}[MeasureCode];
