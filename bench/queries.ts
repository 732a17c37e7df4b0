// The operations the benchmark measures through the gateway, and the hand-written SQL that
// answers the same question straight from the databases, as the floor.

export const PROVINCE = '330000';

export const DASHBOARD = `query RegionDashboard($code: ID!) { region(code: $code) {
  name coverage { townships townshipsWithStation rate stationsByLevel { level count } }
  serviceStats { services personTimes hours householdsVisited byMethod { method count personTimes } }
  workforce { socialWorkers certified fullTime } assistance { households amount }
  tradeUnion { workersInDifficulty servicePoints contributed }
  youthLeague { volunteerTeams volunteers volunteerHours enrolments contributed }
  womenFederation { childrenHomes openCases familyServices contributed }
  disabilityFederation { certificateHolders rehabilitationServices contributed }
  charity { funds raised granted }
} }`;

export const STATION_VIEW = `query StationView($id: ID!) { station(id: $id) {
  name status region { name parent { name } } operator { name }
  projects { name contractAmount tradeUnionContribution { amount } youthLeagueContribution { amount } disabilityFederationContribution { amount } charityContribution { amount } }
  volunteerTeams { name volunteers } womenFederation { familyServices } tradeUnion { servicePoints { name } } disabilityFederation { rehabilitationServices }
} serviceRecords(filter: { stationId: $id }, first: 0) { totalCount } }`;

export const PERSON_VIEW = `query PersonView($id: ID!) { person(id: $id) {
  name age categories region { name } disabilityCertificate { category grade } unionFile { level }
  womenFederationCases { kind } youthProgrammes { kind } charityAid { amount }
} }`;

export const PROJECT_FUNDING = `query ProjectFunding($code: String!) { serviceProjects(filter: { regionCode: $code }, first: 100) {
  edges { node { name contractAmount funding { contributedByOthers paidByLead shares { department amount } } } }
} }`;

export const STATION_LIST = `query StationList($code: String!) { stations(filter: { regionCode: $code, level: TOWNSHIP_STATION }, first: 100) {
  totalCount edges { node { name region { name } operator { name }
    projects { name contractAmount tradeUnionContribution { amount } youthLeagueContribution { amount } womenFederationContribution { amount } disabilityFederationContribution { amount } charityContribution { amount } } } }
} }`;

/** The floor: the same figures by hand-written SQL on the civil-affairs database. */
export const DASHBOARD_SQL = [
  `SELECT (SELECT count(*) FROM regions WHERE level = 'TOWNSHIP' AND code LIKE $1) AS townships,
          (SELECT count(DISTINCT region_code) FROM stations WHERE level = 'TOWNSHIP_STATION' AND status = 'OPERATING' AND region_code LIKE $1) AS covered`,
  `SELECT level, count(*) FROM stations WHERE region_code LIKE $1 AND status <> 'CLOSED' GROUP BY level`,
  `SELECT method, count(*), sum(person_times), sum(duration_minutes), sum(households) FROM service_records WHERE region_code LIKE $1 GROUP BY method`,
  `SELECT count(*), count(*) FILTER (WHERE certification <> 'NONE'), count(*) FILTER (WHERE employment = 'FULL_TIME') FROM social_workers WHERE region_code LIKE $1`,
  `SELECT count(DISTINCT person_id), coalesce(sum(amount_fen), 0) FROM temporary_assistance WHERE region_code LIKE $1`,
];
export const STATION_SQL = [
  `SELECT s.name, s.status, r.name, a.name FROM stations s JOIN regions r ON r.code = s.region_code LEFT JOIN agencies a ON a.id = s.operator_id WHERE s.id = $1`,
  `SELECT p.name, p.contract_amount_fen FROM project_stations ps JOIN service_projects p ON p.id = ps.project_id WHERE ps.station_id = $1`,
  `SELECT count(*) FROM service_records WHERE station_id = $1`,
];
export const PERSON_SQL = [
  `SELECT p.name, p.birth_date, p.categories, r.name FROM people p JOIN regions r ON r.code = p.region_code WHERE p.id = $1`,
];
export const FUNDING_SQL = [
  `SELECT name, contract_amount_fen FROM service_projects WHERE region_code LIKE $1 ORDER BY id LIMIT 100`,
];
export const STATION_LIST_SQL = [
  `SELECT s.id, s.name, r.name, a.name FROM stations s JOIN regions r ON r.code = s.region_code LEFT JOIN agencies a ON a.id = s.operator_id
    WHERE s.region_code LIKE $1 AND s.level = 'TOWNSHIP_STATION' ORDER BY s.id LIMIT 100`,
  `SELECT ps.station_id, p.name, p.contract_amount_fen FROM project_stations ps JOIN service_projects p ON p.id = ps.project_id
    WHERE ps.station_id IN (SELECT id FROM stations WHERE region_code LIKE $1 AND level = 'TOWNSHIP_STATION' ORDER BY id LIMIT 100)`,
];

/** A county of the province, and the year the overlap search looks at. */
export const COUNTY = '330121';
export const YEAR = { from: '2025-11-01', to: '2026-10-31' };

export const BENEFIT_OVERLAPS = `query BenefitOverlaps($code: String!, $from: Date, $to: Date, $min: Int!) {
  benefitOverlaps(regionCode: $code, from: $from, to: $to, minDepartments: $min, windowDays: 30, first: 100) {
    departments windowStart windowEnd person { name } benefits { department programme givenOn amount }
} }`;

/**
 * The floor of the overlap search: the same page in one statement on the civil-affairs database
 * ($1 the division's prefix pattern, $2 and $3 the period, $4 the least departments), with the
 * people's names and the help in each window.
 */
export const BENEFIT_OVERLAPS_SQL = `
WITH given AS (
  SELECT person_id, department, given_on FROM benefits
   WHERE person_id IS NOT NULL AND NOT reversed AND region_code LIKE $1
     AND given_on BETWEEN $2::date AND $3::date),
several AS (
  SELECT * FROM given WHERE person_id IN (
    SELECT person_id FROM (SELECT DISTINCT person_id, department FROM given) d
     GROUP BY person_id HAVING count(*) >= $4::int)),
windows AS (
  SELECT a.person_id, a.given_on AS start, count(DISTINCT b.department) AS departments
    FROM several a JOIN several b ON b.person_id = a.person_id
     AND b.given_on BETWEEN a.given_on AND a.given_on + 30
   GROUP BY a.person_id, a.given_on),
page AS (
  SELECT * FROM (SELECT DISTINCT ON (person_id) person_id, departments, start FROM windows
                  ORDER BY person_id, departments DESC, start) best
   WHERE departments >= $4::int ORDER BY person_id LIMIT 100)
SELECT page.person_id, page.departments, page.start, p.name, b.department, b.programme, b.given_on, b.amount_fen
  FROM page JOIN people p ON p.id = page.person_id
  JOIN benefits b ON b.person_id = page.person_id AND NOT b.reversed
   AND b.given_on BETWEEN page.start AND page.start + 30
 ORDER BY page.person_id, b.given_on`;

/** A year of the province's months as a dashboard asks it: output by method, stations and workers at month-end. */
export const INDICATOR_DASHBOARD = `query ProvinceDashboard($code: String!) {
  indicators(measures: ["services", "person_times", "service_hours", "households_visited", "stations", "social_workers"],
    period: { from: "2025-11", to: "2026-10", grain: MONTH }, regions: { codes: [$code] }, by: [METHOD]) {
    rows { measure period regionCode method value suppressed }
} }`;
/** Two years of months of ten counties: the series a line chart of counties takes. */
export const INDICATOR_SERIES = `query CountySeries($codes: [String!]!) {
  indicators(measures: ["services"], period: { from: "2024-11", to: "2026-10", grain: MONTH }, regions: { codes: $codes }) {
    rows { period regionCode value suppressed }
} }`;
/** The floor of the indicator dashboard, read from the rollups ($1 the division's code). */
export const INDICATOR_DASHBOARD_SQL = [
  `SELECT measure, month, dims->>'METHOD', sum(value), sum(facts) FROM indicator_rollups
    WHERE measure = ANY('{services,person_times,service_hours,households_visited}') AND grouping = 'METHOD'
      AND region_code = $1 AND month BETWEEN '2025-11-01' AND '2026-10-01' GROUP BY 1, 2, 3`,
  `SELECT measure, m.month, sum(value) FROM indicator_rollups
     JOIN generate_series('2025-11-01'::date, '2026-10-01'::date, '1 month') AS m(month) ON indicator_rollups.month <= m.month
    WHERE measure = ANY('{stations,social_workers}') AND grouping = '' AND region_code = $1 GROUP BY 1, 2`,
];
/** The floor of the county series, read from the rollups ($1 the counties' codes). */
export const INDICATOR_SERIES_SQL = [
  `SELECT region_code, month, sum(value), sum(facts) FROM indicator_rollups
    WHERE measure = 'services' AND grouping = '' AND region_code = ANY($1::text[])
      AND month BETWEEN '2024-11-01' AND '2026-10-01' GROUP BY 1, 2`,
];
/** The same year of output counted from the service records themselves, for comparison ($1 a prefix pattern). */
export const INDICATOR_DASHBOARD_FROM_RECORDS_SQL = [
  `SELECT date_trunc('month', served_on), method, count(*), sum(person_times), sum(duration_minutes), sum(households)
     FROM service_records WHERE region_code LIKE $1 AND served_on BETWEEN '2025-11-01' AND '2026-10-31' GROUP BY 1, 2`,
];

/**
 * Asks a gateway an operation as the caller of `token` and answers the data; throws with the
 * errors when the answer has any, so that a benchmark never times a refusal.
 */
export async function askGateway(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}
