import { StationLevel } from '../../../shared/enums.js';
import { sql, type Sql } from '../../../shared/subtree.js';

// The standards a county holds its stations to, as data: each rule has a code, the requirement
// in Chinese as the sources state it, its parameters, the levels of station it applies to, and
// one query naming the stations that break it on a day, with the facts behind each breach. A new
// rule is one more entry in STATION_RULES; nothing else changes (standards/breaches.ts runs them
// all in one statement, the graph lists them from here).

/** A parameter's value: a number (a minimum, a number of days) or a list of codes. */
export type ParameterValue = number | readonly string[];

/** The facts of one breach, by name: counts, dates and codes; null where there is none. */
export type BreachFacts = Record<string, string | number | null>;

/** One standard a station is held to. */
export interface StationRule<
  P extends Record<string, ParameterValue> = Record<string, ParameterValue>,
> {
  /** Stable code, e.g. `FULL_TIME_WORKERS`. */
  readonly code: string;
  /** The requirement in the words of its source (要求). */
  readonly requirement: string;
  /** Where the requirement comes from. */
  readonly source: string;
  /** Levels of station held to it. */
  readonly levels: readonly StationLevel[];
  readonly parameters: P;
  /**
   * The breaching stations among `stations` (a relation of `id, region_code, level, opened_on`
   * of the stations held to the rule) on day `asOf` (a `date` parameter): one row per station,
   * `station_id` and `facts` (a JSON object of the facts, numbers and dates as text or numbers).
   */
  breaches(stations: Sql, asOf: string, parameters: P): Sql;
  /** The breach in one sentence, from its facts. */
  explain(facts: BreachFacts, parameters: P): string;
}

/** Declares a rule with its parameters' types checked against its query and explanation. */
function rule<P extends Record<string, ParameterValue>>(definition: StationRule<P>): StationRule {
  return definition;
}

/** A list of codes as one `text[]` parameter. */
export function textArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

const TOWNSHIP: readonly StationLevel[] = [StationLevel.TOWNSHIP_STATION];

/** Every standard, in the order a report lists breaches. */
export const STATION_RULES: readonly StationRule[] = [
  rule({
    code: 'FULL_TIME_WORKERS',
    requirement: '每个乡镇（街道）社工站至少配备两名专职社工',
    source:
      'Sichuan (四川), and Shiyan (十堰) "每个社工站至少配备两名全职社工", whose full-time workers are often sent by labour dispatch',
    levels: TOWNSHIP,
    parameters: { minimum: 2, employments: ['FULL_TIME', 'LABOUR_DISPATCH'] },
    breaches: (stations, _asOf, { minimum, employments }) => sql`
      SELECT c.id AS station_id,
             jsonb_build_object('fullTimeWorkers', count(w.id), 'required', ${minimum}::int) AS facts
        FROM ${stations} c
        LEFT JOIN social_workers w ON w.station_id = c.id AND w.employment = ANY(${textArray(employments)}::text[])
       GROUP BY c.id
      HAVING count(w.id) < ${minimum}::int`,
    explain: (facts) =>
      `${facts.fullTimeWorkers} full-time social worker(s) of ${facts.required} required`,
  }),
  rule({
    code: 'ACTIVE_PROJECT',
    requirement: '社工站由承接机构通过政府购买服务项目运营，须有在执行的服务项目',
    source: 'Ceheng (册亨) and Sichuan (四川): stations run through purchased-service projects',
    levels: TOWNSHIP,
    // Projects whose term covers the day count when delivered, being evaluated or since
    // completed; planned, still being purchased and terminated ones do not.
    parameters: { statuses: ['ACTIVE', 'EVALUATING', 'COMPLETED'] },
    breaches: (stations, asOf, { statuses }) => sql`
      SELECT c.id AS station_id,
             jsonb_build_object('lastProjectEndedOn', (
               SELECT max(p.ends_on)::text FROM project_stations ps
                 JOIN service_projects p ON p.id = ps.project_id
                WHERE ps.station_id = c.id AND p.status = ANY(${textArray(statuses)}::text[])
                  AND p.ends_on < ${asOf}::date)) AS facts
        FROM ${stations} c
       WHERE NOT EXISTS (
               SELECT 1 FROM project_stations ps
                 JOIN service_projects p ON p.id = ps.project_id
                WHERE ps.station_id = c.id AND p.status = ANY(${textArray(statuses)}::text[])
                  AND p.starts_on <= ${asOf}::date AND p.ends_on >= ${asOf}::date)`,
    explain: (facts) =>
      facts.lastProjectEndedOn
        ? `no service project in force; the last ended ${facts.lastProjectEndedOn}`
        : 'no service project in force, and none before',
  }),
  rule({
    code: 'RECENT_SUPERVISION',
    requirement: '每月召开一线社工人员会议一次，半年召开部门联席会议一次，定期督导检查',
    source: 'Ceheng (册亨) "一督两会" and Mulan (木兰) supervision system',
    levels: TOWNSHIP,
    parameters: { days: 90 },
    breaches: (stations, asOf, { days }) => sql`
      SELECT c.id AS station_id,
             jsonb_build_object('lastSupervisionOn', last.held_on::text, 'lastSupervisionKind', last.kind,
                                'days', ${days}::int) AS facts
        FROM ${stations} c
        LEFT JOIN LATERAL (
               SELECT e.held_on, e.kind FROM supervision_events e
                WHERE e.station_id = c.id AND e.held_on <= ${asOf}::date
                ORDER BY e.held_on DESC, e.kind LIMIT 1) last ON true
       WHERE last.held_on IS NULL OR last.held_on < ${asOf}::date - ${days}::int`,
    explain: (facts) =>
      facts.lastSupervisionOn
        ? `no supervision in the ${facts.days} days before; last supervision ${facts.lastSupervisionOn}`
        : `no supervision in the ${facts.days} days before, and none recorded`,
  }),
  rule({
    code: 'OVERDUE_RECTIFICATION',
    requirement: '评估发现的问题限期整改，逾期未整改的须督促落实',
    source: 'Meishan (眉山) "做实评估督导", mid-term and final evaluations with rectification',
    levels: TOWNSHIP,
    parameters: {},
    breaches: (stations, asOf) => sql`
      SELECT c.id AS station_id,
             jsonb_build_object('overdueItems', count(*)::int,
                                'earliestDueOn', min(r.due_on)::text) AS facts
        FROM ${stations} c
        JOIN project_stations ps ON ps.station_id = c.id
        JOIN project_rectifications r ON r.project_id = ps.project_id
       WHERE r.due_on < ${asOf}::date AND (r.closed_on IS NULL OR r.closed_on > ${asOf}::date)
       GROUP BY c.id`,
    explain: (facts) =>
      `${facts.overdueItems} rectification item(s) of its projects open past their due date; the earliest was due ${facts.earliestDueOn}`,
  }),
];

/** A rule by its code. */
export function ruleOf(code: string): StationRule | undefined {
  return STATION_RULES.find((candidate) => candidate.code === code);
}
