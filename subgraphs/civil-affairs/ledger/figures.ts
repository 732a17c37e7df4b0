import type { EntityManager } from '@mikro-orm/postgresql';
import type { DepartmentCode } from '../../../shared/departments.js';
import { sql } from '../../../shared/subtree.js';
import { givenHelp, type HelpSearched } from './overlaps.js';

// Figures of the ledger for dashboards: how many people two departments both helped within a
// window, for every pair of departments, and how many several departments helped at all. Counts
// of people, never who; small cells are suppressed for analysts by the resolver.

export interface PairCount {
  first: DepartmentCode;
  second: DepartmentCode;
  people: number;
}

export interface OverlapFigures {
  /** People helped by at least two departments within the window. */
  people: number;
  /** People helped by any department in the period. */
  helped: number;
  pairs: PairCount[];
}

/**
 * For a subtree and a period: people helped at all, people helped by two or more departments
 * within `windowDays` of one another, and the same for each pair of departments (a person helped
 * by three counts in three pairs), in one statement; reversed help does not count.
 */
export async function overlapFigures(
  em: EntityManager,
  query: HelpSearched & { windowDays: number },
): Promise<OverlapFigures> {
  const statement = sql`
    WITH given AS (${givenHelp(query)}),
    pairs AS (
      SELECT DISTINCT a.person_id, a.department AS first, b.department AS second
        FROM given a JOIN given b ON b.person_id = a.person_id AND a.department < b.department
         AND abs(b.given_on - a.given_on) <= ${query.windowDays}::int)
    SELECT 'pair' AS row, first, second, count(*)::int AS people FROM pairs GROUP BY first, second
    UNION ALL
    SELECT 'overlap', NULL, NULL, count(DISTINCT person_id)::int FROM pairs
    UNION ALL
    SELECT 'helped', NULL, NULL, count(DISTINCT person_id)::int FROM given`;
  const rows = await em.getConnection().execute<
    Array<{
      row: 'pair' | 'overlap' | 'helped';
      first: DepartmentCode;
      second: DepartmentCode;
      people: number;
    }>
  >(statement.text, [...statement.params]);
  const total = (kind: string) => rows.find((row) => row.row === kind)?.people ?? 0;
  return {
    people: total('overlap'),
    helped: total('helped'),
    pairs: rows
      .filter((row) => row.row === 'pair')
      .map(({ first, second, people }) => ({ first, second, people }))
      .sort(
        (a, b) =>
          b.people - a.people || a.first.localeCompare(b.first) || a.second.localeCompare(b.second),
      ),
  };
}
