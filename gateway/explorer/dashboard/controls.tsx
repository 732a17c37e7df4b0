import { snapPeriod, type Grain, type Period } from './indicators.js';
import { DEPARTMENTS, label } from './labels.js';

const GRAINS: Array<[Grain, string]> = [
  ['MONTH', '月'],
  ['QUARTER', '季'],
  ['YEAR', '年'],
];

/** From January of this year to this month, by month. */
export function defaultPeriod(today = new Date()): Period {
  const year = today.getFullYear();
  const month = String(today.getMonth() + 1).padStart(2, '0');
  return { from: `${year}-01`, to: `${year}-${month}`, grain: 'MONTH' };
}

/**
 * The period (first and last month, and the grain of the periods in it) and the departments
 * whose measures are shown. Months are moved to the start and end of their quarter or year
 * for those grains, which the API requires.
 */
export function Controls({
  period,
  onPeriod,
  departments,
  onDepartments,
}: {
  period: Period;
  onPeriod: (period: Period) => void;
  departments: string[];
  onDepartments: (departments: string[]) => void;
}) {
  const change = (next: Partial<Period>) => {
    const merged = { ...period, ...next };
    onPeriod({ ...merged, ...snapPeriod(merged.from, merged.to, merged.grain) });
  };
  const toggle = (department: string, on: boolean) =>
    onDepartments(
      DEPARTMENTS.filter((code) => (code === department ? on : departments.includes(code))),
    );
  return (
    <div className="hub-controls">
      <fieldset>
        <legend>统计期</legend>
        <label>
          起始月份
          <input
            type="month"
            name="from"
            required
            value={period.from}
            onChange={(event) => event.target.value && change({ from: event.target.value })}
          />
        </label>
        <label>
          截止月份
          <input
            type="month"
            name="to"
            required
            value={period.to}
            onChange={(event) => event.target.value && change({ to: event.target.value })}
          />
        </label>
        <label>
          粒度
          <select
            name="grain"
            value={period.grain}
            onChange={(event) => change({ grain: event.target.value as Grain })}
          >
            {GRAINS.map(([grain, name]) => (
              <option key={grain} value={grain}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>部门</legend>
        {DEPARTMENTS.map((department) => (
          <label key={department} className="hub-controls__department">
            <input
              type="checkbox"
              name="department"
              value={department}
              checked={departments.includes(department)}
              onChange={(event) => toggle(department, event.target.checked)}
            />
            {label('Department', department)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
