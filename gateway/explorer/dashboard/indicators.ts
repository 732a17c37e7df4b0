import { DEPARTMENTS } from './labels.js';

/**
 * The shapes of the `measures` and `indicators` answers as the dashboard asks for them, and the
 * pure rules it reads them by: which cell is which, how a cell is written, which measures each
 * panel shows. No figure is computed here: every number on the page is one cell of an answer.
 */

export type Grain = 'MONTH' | 'QUARTER' | 'YEAR';
export type MeasureKind = 'FLOW' | 'STOCK' | 'DISTINCT';

/** A measure (指标) as `measures` describes it. */
export interface Measure {
  code: string;
  name: string;
  unit: string;
  description: string;
  kind: MeasureKind;
  departments: string[];
  dimensions: string[];
  /** A count of things, never suppressed. */
  public?: boolean;
}

export interface IndicatorPeriod {
  code: string;
  start: string;
  end: string;
}

export interface IndicatorRegion {
  code: string;
  name: string;
  level: string;
}

/** One cell; the dimension fields are there only when the table was split by them. */
export interface IndicatorRow {
  measure: string;
  period: string;
  regionCode: string;
  regionName: string;
  department?: string | null;
  serviceArea?: string | null;
  method?: string | null;
  value: number | null;
  suppressed: boolean;
}

export interface IndicatorTable {
  measures: Measure[];
  periods: IndicatorPeriod[];
  regions: IndicatorRegion[];
  rows: IndicatorRow[];
  suppressionK: number | null;
}

/** The period picked: first and last month ("YYYY-MM", inclusive) and the grain in between. */
export interface Period {
  from: string;
  to: string;
  grain: Grain;
}

/** The arguments of one `indicators` query. */
export interface IndicatorArgs {
  measures: string[];
  period: Period;
  regions: { codes: string[] } | { under: string };
  by?: string[];
  /** Only what these departments report; left out when every department is picked. */
  departments?: string[];
}

/** The split of a table and the row field that carries it. */
export const DIMENSION_FIELDS = {
  DEPARTMENT: 'department',
  METHOD: 'method',
  SERVICE_AREA: 'serviceArea',
} as const;
export type Dimension = keyof typeof DIMENSION_FIELDS;

/**
 * The arguments of a panel's query: its measures over the region, or with `under` over the
 * divisions directly below it, counting what the departments picked report; `monthly` asks for
 * months whatever the grain picked. Null when there is nothing to ask.
 */
export function indicatorArgs(
  scope: { region: { code: string }; period: Period; departments: readonly string[] },
  measures: ReadonlyArray<Pick<Measure, 'code'>>,
  options: { by?: Dimension[]; monthly?: boolean; under?: boolean } = {},
): IndicatorArgs | null {
  if (measures.length === 0 || scope.departments.length === 0) return null;
  const every = DEPARTMENTS.every((department) => scope.departments.includes(department));
  return {
    measures: measures.map((measure) => measure.code),
    period: options.monthly ? { ...scope.period, grain: 'MONTH' } : scope.period,
    regions: options.under ? { under: scope.region.code } : { codes: [scope.region.code] },
    ...(options.by ? { by: options.by } : {}),
    ...(every ? {} : { departments: [...scope.departments] }),
  };
}

/** The cells of a table for one measure, period and region, in the answer's order. */
export function cells(
  table: IndicatorTable,
  measure: string,
  period: string,
  regionCode: string,
): IndicatorRow[] {
  return table.rows.filter(
    (row) => row.measure === measure && row.period === period && row.regionCode === regionCode,
  );
}

/** The one cell of an unsplit table for a measure, period and region. */
export function cell(
  table: IndicatorTable,
  measure: string,
  period: string,
  regionCode: string,
): IndicatorRow | undefined {
  return cells(table, measure, period, regionCode)[0];
}

const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * How a cell is written: the number, or for a small cell hidden from this caller "<k" (the
 * count is between 1 and k − 1), never a number; "—" where the answer has no such cell.
 */
export function formatCell(row: IndicatorRow | undefined, suppressionK: number | null): string {
  if (!row) return '—';
  if (row.suppressed || row.value === null) return suppressionK ? `<${suppressionK}` : '<k';
  return NUMBER.format(row.value);
}

/** The period focused on: the one asked for when the table has it, else the last. */
export function focusPeriod(table: IndicatorTable, wanted: string | null): string | undefined {
  if (wanted && table.periods.some((period) => period.code === wanted)) return wanted;
  return table.periods.at(-1)?.code;
}

// Which measures each panel shows, by code, in the order shown. A code the API does not
// register is left out, so the page follows the catalogue rather than assuming it.
const HEADLINE = [
  'townships',
  'stations',
  'social_workers',
  'services',
  'person_times',
  'service_hours',
  'households_visited',
  'benefit_recipients',
  'benefit_amount',
  'contribution_amount',
  'volunteers',
  'volunteer_hours',
];
const CHILD_TABLE = [
  'townships',
  'stations',
  'social_workers',
  'services',
  'person_times',
  'benefit_recipients',
  'benefit_amount',
  'contribution_amount',
];
/** The measures the monthly line draws: the first on the left axis, the second on the right. */
const MONTHLY = ['services', 'person_times'];
/** What the method and service-area bars count. */
const SPLIT_SERVICES = 'services';
const FUNDING = 'contribution_amount';

/** Measures the page may show: those reported by at least one of the departments picked. */
export function forDepartments(catalogue: Measure[], departments: readonly string[]): Measure[] {
  return catalogue.filter((measure) =>
    measure.departments.some((department) => departments.includes(department)),
  );
}

function pick(available: Measure[], codes: readonly string[]): Measure[] {
  return codes.flatMap((code) => available.filter((measure) => measure.code === code));
}

/** The measures of each panel among those available; an empty list hides the panel. */
export function panelMeasures(available: Measure[]) {
  const splitBy = (dimension: Dimension) =>
    available.filter(
      (measure) => measure.code === SPLIT_SERVICES && measure.dimensions.includes(dimension),
    );
  return {
    headline: pick(available, HEADLINE),
    monthly: pick(available, MONTHLY),
    byMethod: splitBy('METHOD'),
    byServiceArea: splitBy('SERVICE_AREA'),
    funding: available.filter(
      (measure) => measure.code === FUNDING && measure.dimensions.includes('DEPARTMENT'),
    ),
    referrals: available.filter((measure) => measure.code.startsWith('referrals')),
    overlaps: available.filter((measure) => measure.code.includes('overlap')),
    childTable: pick(available, CHILD_TABLE),
  };
}

/** First and last month of a quarter or year containing a month, for the grains that need them. */
export function snapPeriod(from: string, to: string, grain: Grain): { from: string; to: string } {
  if (grain === 'MONTH') return { from, to };
  const span = grain === 'QUARTER' ? 3 : 12;
  const start = (month: string) => {
    const [year, m] = month.split('-').map(Number) as [number, number];
    return { year, first: Math.floor((m - 1) / span) * span + 1 };
  };
  const pad = (m: number) => String(m).padStart(2, '0');
  const a = start(from);
  const b = start(to);
  return { from: `${a.year}-${pad(a.first)}`, to: `${b.year}-${pad(b.first + span - 1)}` };
}
