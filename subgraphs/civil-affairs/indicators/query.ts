import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsOf } from '../../../shared/db/statements.js';
import type { DepartmentCode } from '../../../shared/departments.js';
import { badInput } from '../../../shared/errors.js';
import type {
  IndicatorDimension,
  MeasureDefinition,
  RecordDimension,
} from '../../../shared/indicators/measures.js';
import { EVERY_DIMENSION, NO_SPLIT } from './rollups.js';

// Reading the rollups: one statement per measure over the few rows of the asked regions and
// months, then the table made dense (every period × region × dimension values seen, zeros filled)
// so that a chart library takes it without reshaping.

export type PeriodGrain = 'MONTH' | 'QUARTER' | 'YEAR';

/** One period of a table: its code, first day and last day. */
export interface Period {
  code: string;
  start: string;
  end: string;
  /** First day of its last month: a stock is read at that month's end. */
  lastMonth: string;
}

/** A division a table has rows for. */
export interface TableRegion {
  code: string;
  name: string;
  level: string;
}

/** A cell of the table before the caller's suppression. */
export interface Cell {
  measure: string;
  period: string;
  regionCode: string;
  department: DepartmentCode | null;
  dims: Partial<Record<RecordDimension, string | null>>;
  value: number;
  /** Records (or people, for DISTINCT) behind the value. */
  facts: number;
}

/** A PostgreSQL array literal of texts, each quoted: the driver would spread a JS array. */
function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

const MONTHS_PER: Record<PeriodGrain, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };
/** Most periods one table may have: ten years of months. */
export const MAX_PERIODS = 120;
/** Most rows one table may have. */
export const MAX_ROWS = 100_000;

const monthIndex = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

function lastDay(index: number): string {
  const year = Math.floor(index / 12);
  const month = index % 12;
  return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
}

function readMonth(value: string, field: string): number {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (!match) throw badInput(field, 'a month is written YYYY-MM');
  return monthIndex(value);
}

/** The periods from `from` to `to` (months, inclusive) by `grain`, checked. */
export function periodsOf(from: string, to: string, grain: PeriodGrain): Period[] {
  const first = readMonth(from, 'period.from');
  const last = readMonth(to, 'period.to');
  if (last < first) throw badInput('period.to', 'the period ends before it starts');
  const size = MONTHS_PER[grain];
  if (first % size !== 0) {
    throw badInput(
      'period.from',
      `a ${grain.toLowerCase()} starts in month ${size === 3 ? '1, 4, 7 or 10' : '1'}`,
    );
  }
  if ((last + 1) % size !== 0) {
    throw badInput(
      'period.to',
      `a ${grain.toLowerCase()} ends in month ${size === 3 ? '3, 6, 9 or 12' : '12'}`,
    );
  }
  const count = (last - first + 1) / size;
  if (count > MAX_PERIODS) throw badInput('period', `at most ${MAX_PERIODS} periods, not ${count}`);
  return Array.from({ length: count }, (_, i) => {
    const start = first + i * size;
    const end = start + size - 1;
    const year = monthOf(start).slice(0, 4);
    const code =
      grain === 'MONTH'
        ? monthOf(start)
        : grain === 'QUARTER'
          ? `${year}-Q${(start % 12) / 3 + 1}`
          : year;
    return {
      code,
      start: `${monthOf(start)}-01`,
      end: lastDay(end),
      lastMonth: `${monthOf(end)}-01`,
    };
  });
}

/** What a table is asked for, its regions resolved and checked. */
export interface TableRequest {
  periods: Period[];
  grain: PeriodGrain;
  regions: TableRegion[];
  by: IndicatorDimension[];
  departments: DepartmentCode[] | null;
}

/** The grouping a measure is read under for the asked dimensions it has. */
function groupingOf(dimensions: RecordDimension[], regions: TableRegion[]): string {
  if (dimensions.length === 0) return NO_SPLIT;
  if (dimensions.length === 1) return dimensions[0]!;
  if (regions.some((region) => region.code.length > 6)) {
    throw badInput('by', 'a split by two dimensions or more is kept for counties and above');
  }
  return EVERY_DIMENSION;
}

/** The cells of one measure, before suppression. */
export async function measureCells(
  em: EntityManager,
  code: string,
  measure: MeasureDefinition,
  request: TableRequest,
): Promise<Cell[]> {
  const dimensions = measure.dimensions.filter((d) => request.by.includes(d));
  const grouping = groupingOf(dimensions, request.regions);
  const byDepartment = request.by.includes('DEPARTMENT');
  const distinct = measure.kind === 'DISTINCT';
  const stock = measure.kind === 'STOCK';
  const dimension = (d: RecordDimension) =>
    grouping === EVERY_DIMENSION && d === 'TARGET_GROUP' ? 'tg.value' : `u.dims->>'${d}'`;
  const selected = [
    'u.region_code',
    'p.code',
    ...(byDepartment ? ['u.department'] : []),
    ...dimensions.map(dimension),
  ];
  const targetGroups =
    grouping === EVERY_DIMENSION && dimensions.includes('TARGET_GROUP')
      ? `CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(u.dims->'TARGET_GROUP') = 'array'
           THEN u.dims->'TARGET_GROUP' ELSE '[null]'::jsonb END) AS tg(value)`
      : '';
  const table = distinct ? 'indicator_members' : 'indicator_rollups';
  const amount = distinct
    ? 'count(DISTINCT u.member) AS value, count(DISTINCT u.member) AS facts'
    : 'sum(u.value) AS value, sum(u.facts) AS facts';
  // A stock is the sum of its changes up to the period's last month; the others, of its months.
  const inPeriod = stock
    ? 'u.month <= p.last_month'
    : 'u.month BETWEEN p.first_month AND p.last_month';
  const rows = await rowsOf<Record<string, string | null>>(
    em,
    `SELECT ${selected.map((expression, i) => `${expression} AS k${i}`).join(', ')}, ${amount}
       FROM ${table} u ${targetGroups}
       JOIN unnest(?::text[], ?::date[], ?::date[]) AS p(code, first_month, last_month) ON ${inPeriod}
      WHERE u.measure = ? AND u.grouping = ? AND u.region_code = ANY(?::text[])
        AND u.month <= ?::date ${stock ? '' : 'AND u.month >= ?::date'}
        ${request.departments ? 'AND u.department = ANY(?::text[])' : ''}
      GROUP BY ${selected.map((_, i) => `k${i}`).join(', ')}`,
    [
      textArray(request.periods.map((p) => p.code)),
      textArray(request.periods.map((p) => p.start)),
      textArray(request.periods.map((p) => p.lastMonth)),
      code,
      grouping,
      textArray(request.regions.map((r) => r.code)),
      request.periods.at(-1)!.lastMonth,
      ...(stock ? [] : [request.periods[0]!.start]),
      ...(request.departments ? [textArray(request.departments)] : []),
    ],
  );
  return rows.map((row) => {
    const dims: Cell['dims'] = {};
    dimensions.forEach((d, i) => {
      dims[d] = row[`k${i + (byDepartment ? 3 : 2)}`] ?? null;
    });
    return {
      measure: code,
      regionCode: row.k0!,
      period: row.k1!,
      department: byDepartment ? (row.k2 as DepartmentCode) : null,
      dims,
      value: Number(row.value),
      facts: Number(row.facts),
    };
  });
}

/**
 * Cells made dense: for every period and region, every combination of department and dimension
 * values that occurs anywhere in the measure's cells (the one empty combination without a split),
 * zero where nothing was recorded. A stock at zero with no change behind it is zero too.
 */
export function denseCells(code: string, cells: Cell[], request: TableRequest): Cell[] {
  const keyOf = (cell: Pick<Cell, 'department' | 'dims'>) =>
    JSON.stringify([cell.department, cell.dims]);
  const combinations = new Map<string, Pick<Cell, 'department' | 'dims'>>();
  const found = new Map<string, Cell>();
  for (const cell of cells) {
    combinations.set(keyOf(cell), { department: cell.department, dims: cell.dims });
    found.set(`${cell.period}|${cell.regionCode}|${keyOf(cell)}`, cell);
  }
  const splits = request.by.length > 0;
  if (!splits && combinations.size === 0)
    combinations.set(keyOf({ department: null, dims: {} }), { department: null, dims: {} });
  // In one order whatever order the statement gave: by department, then dimension values.
  const ordered = [...combinations].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const dense: Cell[] = [];
  for (const period of request.periods) {
    for (const region of request.regions) {
      for (const [key, combination] of ordered) {
        dense.push(
          found.get(`${period.code}|${region.code}|${key}`) ?? {
            measure: code,
            period: period.code,
            regionCode: region.code,
            ...combination,
            value: 0,
            facts: 0,
          },
        );
      }
    }
  }
  return dense;
}
