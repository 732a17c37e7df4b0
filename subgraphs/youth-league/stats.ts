import type { EntityManager } from '@mikro-orm/postgresql';
import {
  aggregateSubtrees,
  idArray,
  inSubtree,
  rowOfEach,
  sql,
  type Sql,
  type SubtreeBody,
} from '../../shared/subtree.js';

/** The League's figures over a region's subtree. */
export interface RegionFigures {
  volunteerTeams: number;
  volunteers: number;
  volunteerServices: number;
  volunteerHours: number;
  programmes: number;
  enrolments: number;
}

const n = (value: unknown) => Number(value ?? 0);

/** Teams, volunteers, hours, programmes and enrolments over each region's subtree. */
export async function regionFigures(
  em: EntityManager,
  codes: readonly string[],
): Promise<RegionFigures[]> {
  const perTable =
    (table: Sql, column: string, select: Sql): SubtreeBody =>
    (batch) =>
      sql`SELECT p.code, ${select} FROM ${batch} LEFT JOIN ${table} t ON ${inSubtree(`t.${column}`)} GROUP BY p.code`;
  const [teams, volunteers, services, programmes, enrolments] = await aggregateSubtrees(em, codes, [
    perTable(sql`volunteer_teams`, 'region_code', sql`count(t.id) AS n`),
    perTable(sql`volunteers`, 'region_code', sql`count(t.id) AS n`),
    perTable(
      sql`volunteer_services`,
      'region_code',
      sql`count(t.id) AS n, coalesce(sum(t.duration_minutes), 0) AS minutes`,
    ),
    perTable(sql`youth_programmes`, 'region_code', sql`count(t.id) AS n`),
    perTable(sql`programme_enrolments`, 'person_region_code', sql`count(t.id) AS n`),
  ]);
  return codes.map((code) => ({
    volunteerTeams: n(teams.of(code)?.n),
    volunteers: n(volunteers.of(code)?.n),
    volunteerServices: n(services.of(code)?.n),
    volunteerHours: n(services.of(code)?.minutes) / 60,
    programmes: n(programmes.of(code)?.n),
    enrolments: n(enrolments.of(code)?.n),
  }));
}

/** A team's volunteers in the caller's region and their minutes of service. */
export interface TeamTotals {
  volunteers: number;
  minutes: number;
}

/** {@link TeamTotals} of each team; zeros for a team without volunteers in the region. */
export async function teamTotals(
  em: EntityManager,
  teamIds: readonly string[],
  scopePattern: string,
): Promise<TeamTotals[]> {
  const rows = await rowOfEach(
    em,
    teamIds,
    sql`SELECT v.team_id::text AS code, count(DISTINCT v.id) AS volunteers, coalesce(sum(s.duration_minutes), 0) AS minutes
         FROM volunteers v LEFT JOIN volunteer_services s ON s.volunteer_id = v.id
        WHERE v.team_id = ANY(${idArray(teamIds)}::uuid[]) AND v.region_code LIKE ${scopePattern} GROUP BY v.team_id`,
  );
  return rows.map((row) => ({ volunteers: n(row?.volunteers), minutes: n(row?.minutes) }));
}

/** People of the caller's region enrolled in each programme; 0 for a programme without any. */
export async function programmeTotals(
  em: EntityManager,
  programmeIds: readonly string[],
  scopePattern: string,
): Promise<number[]> {
  const rows = await rowOfEach(
    em,
    programmeIds,
    sql`SELECT programme_id::text AS code, count(*) AS enrolled FROM programme_enrolments
        WHERE programme_id = ANY(${idArray(programmeIds)}::uuid[]) AND person_region_code LIKE ${scopePattern} GROUP BY programme_id`,
  );
  return rows.map((row) => n(row?.enrolled));
}
