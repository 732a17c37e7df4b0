/**
 * Chinese labels of the enum values the dashboard shows (a measure's kind under its name), in the schema's order (the order of
 * the bars). Each is the Chinese term of the value's description in the supergraph, which
 * test/gateway/dashboard.test.ts checks, so a renamed or added value fails there, not here.
 * Measures need none: their `name` and `unit` come from the API.
 */
export const LABELS = {
  Department: {
    CIVIL_AFFAIRS: '民政',
    TRADE_UNION: '工会',
    YOUTH_LEAGUE: '共青团/团委',
    WOMEN_FEDERATION: '妇联',
    DISABLED_PERSONS_FEDERATION: '残联',
    CHARITY: '慈善',
  },
  ServiceMethod: {
    CASE: '个案',
    GROUP: '小组',
    COMMUNITY_ACTIVITY: '社区活动',
    HOME_VISIT: '入户走访',
    NEEDS_SURVEY: '需求调查',
    TRAINING: '培训',
  },
  ServiceArea: {
    SOCIAL_ASSISTANCE: '社会救助',
    ELDERLY_CARE: '养老服务',
    CHILD_WELFARE: '儿童福利/关爱保护',
    COMMUNITY_GOVERNANCE: '社区治理',
    SOCIAL_AFFAIRS: '社会事务',
    NEEDS_ASSESSMENT: '需求评估',
    RESOURCE_LINKAGE: '资源链接',
    INDUSTRY_DEVELOPMENT: '产业发展',
  },
  MeasureKind: {
    FLOW: '期间累计',
    STOCK: '期末数',
    DISTINCT: '去重人数',
  },
  RegionLevel: {
    NATIONAL: '全国',
    PROVINCE: '省级',
    CITY: '地级',
    COUNTY: '县级',
    TOWNSHIP: '乡镇/街道',
    VILLAGE: '村/社区',
  },
} as const satisfies Record<string, Record<string, string>>;

export type Department = keyof typeof LABELS.Department;
export const DEPARTMENTS = Object.keys(LABELS.Department) as Department[];

/** The label of an enum value; the code itself for one the page does not know yet. */
export function label(kind: keyof typeof LABELS, value: string | null | undefined): string {
  if (value === null || value === undefined) return '未分类';
  return (LABELS[kind] as Record<string, string>)[value] ?? value;
}

/** Position of a value in its enum, for ordering bars; unknown values and null go last. */
export function order(kind: keyof typeof LABELS, value: string | null | undefined): number {
  const index = value ? Object.keys(LABELS[kind]).indexOf(value) : -1;
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
