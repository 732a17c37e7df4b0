import { useMemo, type ReactNode } from 'react';
import type { Session } from '../sign-in/session.js';
import { Chart, type ChartOption } from './chart.js';
import { QueryFailure } from './failure.js';
import {
  cell,
  cells,
  DIMENSION_FIELDS,
  focusPeriod,
  formatCell,
  indicatorArgs,
  type Dimension,
  type IndicatorArgs,
  type IndicatorRegion,
  type IndicatorRow,
  type Period,
  type IndicatorTable,
  type Measure,
} from './indicators.js';
import { label, order, type LABELS } from './labels.js';
import { INDICATORS } from './queries.js';
import { useQuery, type QueryState } from './use-query.js';

/**
 * What every panel shows figures of: the caller, the region, the period and its focus, and the
 * departments whose reports count.
 */
export interface Scope {
  session: Session;
  region: IndicatorRegion;
  period: Period;
  departments: string[];
  /** The period of the grain the cards, bars and table show; the last when null. */
  focus: string | null;
}

type Answer = { indicators: IndicatorTable };

function useIndicators(session: Session, args: IndicatorArgs | null): QueryState<Answer> {
  return useQuery<Answer>(session, INDICATORS, args as Record<string, unknown> | null);
}

function Panel({
  args,
  id,
  title,
  caption,
  state,
  wide,
  children,
}: {
  id: string;
  title: ReactNode;
  caption?: ReactNode;
  state: QueryState<Answer>;
  /** The panel's question, shown beside its figures for those who build dashboards. */
  args: IndicatorArgs | null;
  wide?: boolean;
  children: (table: IndicatorTable) => ReactNode;
}) {
  return (
    <section
      className={`hub-panel${wide ? ' hub-panel--wide' : ''}`}
      data-panel={id}
      data-state={state.status}
      aria-busy={state.status === 'loading'}
    >
      <header className="hub-panel__header">
        <h2>{title}</h2>
        {caption}
      </header>
      {state.status === 'loading' && <p className="hub-panel__loading">加载中…</p>}
      {state.status === 'error' && <QueryFailure error={state.error} />}
      {state.status === 'ready' && children(state.data.indicators)}
      {args && (
        <details className="hub-query">
          <summary>查询</summary>
          <pre>{INDICATORS}</pre>
          <pre>{JSON.stringify(args, null, 2)}</pre>
        </details>
      )}
    </section>
  );
}

/** The figures a chart draws, as a table for those who read them (and for screen readers). */
function DataTable({
  columns,
  rows,
}: {
  /** Each column's key (a measure's code or a department) and heading. */
  columns: Array<{ key: string; label: string }>;
  rows: Array<{ key: string; label: string; cells: string[] }>;
}) {
  return (
    <details className="hub-data">
      <summary>数据表</summary>
      <table>
        <thead>
          <tr>
            <th />
            {columns.map((column) => (
              <th key={column.key} scope="col" data-key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((text, index) => (
                <td key={index}>{text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Said instead of an empty chart: nothing of the kind was recorded in the period. */
function NoRecords() {
  return <p className="hub-panel__empty">此期间无记录</p>;
}

const SUPPRESSED_COLOUR = '#c0c4cc';

/** A bar's datum: the value, or an empty grey bar labelled "<k" for a suppressed cell. */
function barDatum(row: IndicatorRow | undefined, k: number | null) {
  if (row && !row.suppressed && row.value !== null) return row.value;
  return {
    value: 0,
    itemStyle: { color: SUPPRESSED_COLOUR },
    label: { show: true, formatter: formatCell(row, k) },
  };
}

/** The name and unit of a measure as the answer gives them. */
function measureOf(table: IndicatorTable, code: string, fallback: Measure): Measure {
  return { ...fallback, ...table.measures.find((measure) => measure.code === code) };
}

const heading = (measure: Measure) => `${measure.name}（${measure.unit}）`;
const measureColumn = (measure: Measure) => ({ key: measure.code, label: heading(measure) });
const departmentColumn = (department: string) => ({
  key: department,
  label: label('Department', department),
});

/** The headline figures of the region in the focused period, one card each. */
export function Overview({
  scope,
  measures,
  onFocus,
}: {
  scope: Scope;
  measures: Measure[];
  onFocus: (period: string) => void;
}) {
  const args = indicatorArgs(scope, measures);
  const state = useIndicators(scope.session, args);
  const table = state.status === 'ready' ? state.data.indicators : null;
  const focus = table ? focusPeriod(table, scope.focus) : undefined;
  const caption = table && focus && (
    <label className="hub-panel__focus">
      统计期
      <select name="focus" value={focus} onChange={(event) => onFocus(event.target.value)}>
        {table.periods.map((period) => (
          <option key={period.code} value={period.code}>
            {period.code}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Panel
      args={args}
      id="overview"
      title={`${scope.region.name} · 概览`}
      caption={caption}
      state={state}
      wide
    >
      {(table) => (
        <ul className="hub-cards">
          {measures.map((known) => {
            const measure = measureOf(table, known.code, known);
            const row = focus ? cell(table, measure.code, focus, scope.region.code) : undefined;
            return (
              <li
                key={measure.code}
                className="hub-card"
                data-measure={measure.code}
                title={known.description}
              >
                <span className="hub-card__name">{measure.name}</span>
                <span className="hub-card__figure">
                  <span className="hub-card__value" data-suppressed={row?.suppressed ?? false}>
                    {formatCell(row, table.suppressionK)}
                  </span>
                  <span className="hub-card__unit">{measure.unit}</span>
                </span>
                <span className="hub-card__kind">{label('MeasureKind', measure.kind)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

/** Services (and person-times, on the right axis) month by month over the whole period. */
export function MonthlyLine({ scope, measures }: { scope: Scope; measures: Measure[] }) {
  const args = indicatorArgs(scope, measures, { monthly: true });
  const state = useIndicators(scope.session, args);
  const table = state.status === 'ready' ? state.data.indicators : null;
  const shown = table ? measures.map((known) => measureOf(table, known.code, known)) : [];
  const option = useMemo<ChartOption | null>(() => {
    if (!table) return null;
    const months = table.periods.map((period) => period.code);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 56, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months, boundaryGap: false },
      yAxis: shown.map((measure, index) => ({
        type: 'value' as const,
        name: measure.unit,
        position: index === 0 ? ('left' as const) : ('right' as const),
        splitLine: { show: index === 0 },
      })),
      series: shown.map((measure, index) => ({
        type: 'line' as const,
        name: measure.name,
        yAxisIndex: index,
        // A suppressed month is a gap in the line, not a point at some made-up height.
        data: months.map((month) => {
          const row = cell(table, measure.code, month, scope.region.code);
          return row && !row.suppressed ? row.value : null;
        }),
        connectNulls: false,
      })),
    };
  }, [table]);
  return (
    <Panel
      args={args}
      id="monthly"
      title={`${shown[0]?.name ?? measures[0]?.name ?? '服务'} · 按月`}
      state={state}
      wide
    >
      {(table) => (
        <>
          {option && <Chart option={option} label={`${scope.region.name}逐月服务`} />}
          <DataTable
            columns={shown.map(measureColumn)}
            rows={table.periods.map((period) => ({
              key: period.code,
              label: period.code,
              cells: shown.map((measure) =>
                formatCell(
                  cell(table, measure.code, period.code, scope.region.code),
                  table.suppressionK,
                ),
              ),
            }))}
          />
        </>
      )}
    </Panel>
  );
}

/** Which enum the values of a dimension belong to, for their labels and order. */
const DIMENSION_ENUMS: Record<Dimension, keyof typeof LABELS> = {
  DEPARTMENT: 'Department',
  METHOD: 'ServiceMethod',
  SERVICE_AREA: 'ServiceArea',
};

/** One measure in the focused period, a bar for each value of one dimension. */
export function SplitBars({
  scope,
  measure: known,
  by,
  title,
}: {
  scope: Scope;
  measure: Measure;
  by: Exclude<Dimension, 'DEPARTMENT'>;
  title: string;
}) {
  const args = indicatorArgs(scope, [known], { by: [by] });
  const state = useIndicators(scope.session, args);
  const table = state.status === 'ready' ? state.data.indicators : null;
  const focus = table ? focusPeriod(table, scope.focus) : undefined;
  const kind = DIMENSION_ENUMS[by];
  const field = DIMENSION_FIELDS[by];
  const rows = useMemo(
    () =>
      table && focus
        ? cells(table, known.code, focus, scope.region.code).sort(
            (a, b) => order(kind, a[field]) - order(kind, b[field]),
          )
        : [],
    [table, focus],
  );
  const measure = table ? measureOf(table, known.code, known) : known;
  const option = useMemo<ChartOption | null>(() => {
    if (!table) return null;
    // Bars from the top down in the enum's order.
    const ordered = [...rows].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: measure.unit },
      yAxis: { type: 'category', data: ordered.map((row) => label(kind, row[field])) },
      series: [
        {
          type: 'bar',
          name: measure.name,
          label: { show: true, position: 'right' },
          data: ordered.map((row) => barDatum(row, table.suppressionK)),
        },
      ],
    };
  }, [rows]);
  return (
    <Panel
      args={args}
      id={`by-${by.toLowerCase().replace('_', '-')}`}
      title={`${measure.name} · ${title}`}
      caption={focus && <span className="hub-panel__period">{focus}</span>}
      state={state}
    >
      {(table) =>
        rows.length === 0 ? (
          <NoRecords />
        ) : (
          <>
            {option && <Chart option={option} label={`${measure.name}${title}`} />}
            <DataTable
              columns={[measureColumn(measure)]}
              rows={rows.map((row) => ({
                key: row[field] ?? 'NONE',
                label: label(kind, row[field]),
                cells: [formatCell(row, table.suppressionK)],
              }))}
            />
          </>
        )
      }
    </Panel>
  );
}

/** The departments present in a table split by department, of those picked, in enum order. */
function departmentsIn(table: IndicatorTable, picked: readonly string[]): string[] {
  const present = new Set(table.rows.map((row) => row.department ?? ''));
  return picked
    .filter((department) => present.has(department))
    .sort((a, b) => order('Department', a) - order('Department', b));
}

/** Money put in by each department, period by period, stacked. */
export function Funding({
  scope,
  measure: known,
  departments,
}: {
  scope: Scope;
  measure: Measure;
  departments: string[];
}) {
  const args = indicatorArgs(scope, [known], { by: ['DEPARTMENT'] });
  const state = useIndicators(scope.session, args);
  const table = state.status === 'ready' ? state.data.indicators : null;
  const measure = table ? measureOf(table, known.code, known) : known;
  const shown = table ? departmentsIn(table, departments) : [];
  const find = (table: IndicatorTable, period: string, department: string) =>
    cells(table, known.code, period, scope.region.code).find(
      (row) => row.department === department,
    );
  const option = useMemo<ChartOption | null>(() => {
    if (!table) return null;
    const periods = table.periods.map((period) => period.code);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: measure.unit },
      series: shown.map((department) => ({
        type: 'bar' as const,
        stack: 'funding',
        name: label('Department', department),
        data: periods.map((period) =>
          barDatum(find(table, period, department), table.suppressionK),
        ),
      })),
    };
  }, [table, shown.join()]);
  return (
    <Panel args={args} id="funding" title={`${measure.name} · 按部门`} state={state}>
      {(table) =>
        shown.length === 0 ? (
          <NoRecords />
        ) : (
          <>
            {option && <Chart option={option} label={`${measure.name}按部门`} />}
            <DataTable
              columns={shown.map(departmentColumn)}
              rows={table.periods.map((period) => ({
                key: period.code,
                label: period.code,
                cells: shown.map((department) =>
                  formatCell(find(table, period.code, department), table.suppressionK),
                ),
              }))}
            />
          </>
        )
      }
    </Panel>
  );
}

/** Referrals and overlapping help in the focused period, a group of bars per department. */
export function ByDepartment({
  scope,
  measures,
  departments,
  title,
  id,
}: {
  scope: Scope;
  measures: Measure[];
  departments: string[];
  title: string;
  id: string;
}) {
  const args = indicatorArgs(scope, measures, { by: ['DEPARTMENT'] });
  const state = useIndicators(scope.session, args);
  const table = state.status === 'ready' ? state.data.indicators : null;
  const focus = table ? focusPeriod(table, scope.focus) : undefined;
  const shownMeasures = table ? measures.map((known) => measureOf(table, known.code, known)) : [];
  const shown = table ? departmentsIn(table, departments) : [];
  const find = (table: IndicatorTable, measure: string, department: string) =>
    focus
      ? cells(table, measure, focus, scope.region.code).find((row) => row.department === department)
      : undefined;
  const option = useMemo<ChartOption | null>(() => {
    if (!table) return null;
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: shown.map((department) => label('Department', department)) },
      yAxis: { type: 'value' },
      series: shownMeasures.map((measure) => ({
        type: 'bar' as const,
        name: `${measure.name}（${measure.unit}）`,
        label: { show: true, position: 'top' as const },
        data: shown.map((department) =>
          barDatum(find(table, measure.code, department), table.suppressionK),
        ),
      })),
    };
  }, [table, focus, shown.join()]);
  return (
    <Panel
      args={args}
      id={id}
      title={title}
      caption={focus && <span className="hub-panel__period">{focus}</span>}
      state={state}
    >
      {(table) =>
        shown.length === 0 ? (
          <NoRecords />
        ) : (
          <>
            {option && <Chart option={option} label={title} />}
            <DataTable
              columns={shownMeasures.map(measureColumn)}
              rows={shown.map((department) => ({
                key: department,
                label: label('Department', department),
                cells: shownMeasures.map((measure) =>
                  formatCell(find(table, measure.code, department), table.suppressionK),
                ),
              }))}
            />
          </>
        )
      }
    </Panel>
  );
}

/** The divisions directly below the region, a row each, in the focused period. */
export function ChildTable({
  scope,
  measures,
  onSelect,
}: {
  scope: Scope;
  measures: Measure[];
  onSelect: (region: IndicatorRegion) => void;
}) {
  const args = indicatorArgs(scope, measures, { under: true });
  const state = useIndicators(scope.session, args);
  const table = state.status === 'ready' ? state.data.indicators : null;
  const focus = table ? focusPeriod(table, scope.focus) : undefined;
  return (
    <Panel
      args={args}
      id="children"
      title={`${scope.region.name} · 下级区划`}
      caption={focus && <span className="hub-panel__period">{focus}</span>}
      state={state}
      wide
    >
      {(table) =>
        table.regions.length === 0 ? (
          <p className="hub-panel__empty">无下级区划</p>
        ) : (
          <div className="hub-table-scroll">
            <table className="hub-table" data-table="children">
              <thead>
                <tr>
                  <th scope="col">地区</th>
                  {measures.map((known) => {
                    const measure = measureOf(table, known.code, known);
                    return (
                      <th key={measure.code} scope="col" data-measure={measure.code}>
                        {heading(measure)}
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {table.regions.map((region) => (
                  <tr key={region.code} data-region={region.code}>
                    <th scope="row">
                      <button type="button" onClick={() => onSelect(region)}>
                        {region.name}
                      </button>
                    </th>
                    {measures.map((measure) => (
                      <td key={measure.code} data-measure={measure.code}>
                        {formatCell(
                          focus ? cell(table, measure.code, focus, region.code) : undefined,
                          table.suppressionK,
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </Panel>
  );
}
