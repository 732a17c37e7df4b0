import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Sql } from '../../../shared/subtree.js';

/** Which help a search of the ledger looks at: a subtree, a period, some programmes. */
export interface HelpSearched {
  prefix: string;
  from: string | null;
  to: string | null;
  programmes: string[] | null;
}

/** What an overlap search asks. */
export interface OverlapQuery extends HelpSearched {
  minDepartments: number;
  windowDays: number;
  limit: number;
}

/**
 * The help a search looks at, to a person and not reversed, as the body of a `given` CTE:
 * person_id, department, given_on.
 */
export function givenHelp(query: HelpSearched): Sql {
  return sql`
      SELECT person_id, department, given_on FROM benefits
       WHERE person_id IS NOT NULL AND NOT reversed
         AND region_code ~>=~ ${query.prefix} AND region_code ~<~ ${`${query.prefix}:`}
         AND (${query.from}::date IS NULL OR given_on >= ${query.from}::date)
         AND (${query.to}::date IS NULL OR given_on <= ${query.to}::date)
         AND (${query.programmes}::text[] IS NULL OR programme = ANY(${query.programmes}::text[]))`;
}

/** A person helped by several departments within one window. */
export interface Overlap {
  personId: string;
  departments: number;
  windowStart: string;
  windowEnd: string;
}

/**
 * People in a subtree helped by at least `minDepartments` departments within `windowDays` of one
 * another, in the period, from the ledger's read model in one statement; reversed help does not
 * count. For each person, the earliest window with the most departments. Only people helped by
 * that many departments in the whole period can have such a window, so the windows are counted
 * for them alone: at province scale most people had help from one department, and pairing all of
 * their help with itself was most of the work.
 */
export async function benefitOverlaps(em: EntityManager, query: OverlapQuery): Promise<Overlap[]> {
  const statement = sql`
    WITH given AS (${givenHelp(query)}),
    candidates AS (
      SELECT person_id FROM (SELECT DISTINCT person_id, department FROM given) helped
       GROUP BY person_id HAVING count(*) >= ${query.minDepartments}::int),
    several AS (
      SELECT given.* FROM given JOIN candidates USING (person_id)),
    windows AS (
      SELECT a.person_id, a.given_on AS start, count(DISTINCT b.department) AS departments
        FROM several a JOIN several b ON b.person_id = a.person_id
         AND b.given_on >= a.given_on AND b.given_on <= a.given_on + ${query.windowDays}::int
       GROUP BY a.person_id, a.given_on),
    best AS (
      SELECT DISTINCT ON (person_id) person_id, departments, start FROM windows
       ORDER BY person_id, departments DESC, start)
    SELECT person_id::text, departments::int, start::text AS window_start,
           (start + ${query.windowDays}::int)::text AS window_end
      FROM best WHERE departments >= ${query.minDepartments}::int
     ORDER BY person_id LIMIT ${query.limit}::int`;
  const rows = await em
    .getConnection()
    .execute<
      Array<{ person_id: string; departments: number; window_start: string; window_end: string }>
    >(statement.text, [...statement.params]);
  return rows.map((row) => ({
    personId: row.person_id,
    departments: row.departments,
    windowStart: row.window_start,
    windowEnd: row.window_end,
  }));
}
