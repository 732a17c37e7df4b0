import type { EntityManager } from '@mikro-orm/postgresql';
import {
  idArray,
  inSubtree,
  runAggregate,
  sql,
  subtreeAggregate,
  subtreesOf,
  type Sql,
  type SqlRow,
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

const count = (value: unknown) => Number(value ?? 0);

/** Teams, volunteers, hours, programmes and enrolments over each region's subtree. */
export async function regionFigures(
  em: EntityManager,
  codes: readonly string[],
): Promise<RegionFigures[]> {
  const subtrees = subtreesOf(codes);
  const one = (table: Sql, column: string, select: Sql) =>
    runAggregate(
      em,
      subtreeAggregate(
        subtrees,
        (batch) =>
          sql`SELECT p.code, ${select} FROM ${batch} LEFT JOIN ${table} t ON ${inSubtree(`t.${column}`)} GROUP BY p.code`,
      ),
    );
  const [teams, volunteers, services, programmes, enrolments] = await Promise.all([
    one(sql`volunteer_teams`, 'region_code', sql`count(t.id) AS n`),
    one(sql`volunteers`, 'region_code', sql`count(t.id) AS n`),
    one(
      sql`volunteer_services`,
      'region_code',
      sql`count(t.id) AS n, coalesce(sum(t.duration_minutes), 0) AS minutes`,
    ),
    one(sql`youth_programmes`, 'region_code', sql`count(t.id) AS n`),
    one(sql`programme_enrolments`, 'person_region_code', sql`count(t.id) AS n`),
  ]);
  return codes.map((code) => ({
    volunteerTeams: count(teams.of(code)?.n),
    volunteers: count(volunteers.of(code)?.n),
    volunteerServices: count(services.of(code)?.n),
    volunteerHours: count(services.of(code)?.minutes) / 60,
    programmes: count(programmes.of(code)?.n),
    enrolments: count(enrolments.of(code)?.n),
  }));
}

/**
 * Volunteers and minutes of service of each team (`volunteers`, `minutes`), over the caller's
 * region; undefined for a team without volunteers there.
 */
export async function teamTotals(
  em: EntityManager,
  teamIds: readonly string[],
  scopePattern: string,
): Promise<Array<SqlRow | undefined>> {
  const rows = await runAggregate(
    em,
    sql`SELECT v.team_id::text AS code, count(DISTINCT v.id) AS volunteers, coalesce(sum(s.duration_minutes), 0) AS minutes
         FROM volunteers v LEFT JOIN volunteer_services s ON s.volunteer_id = v.id
        WHERE v.team_id = ANY(${idArray(teamIds)}::uuid[]) AND v.region_code LIKE ${scopePattern} GROUP BY v.team_id`,
  );
  return teamIds.map((id) => rows.of(id));
}

/**
 * People of the caller's region enrolled in each programme (`enrolled`); undefined for a
 * programme without any.
 */
export async function programmeTotals(
  em: EntityManager,
  programmeIds: readonly string[],
  scopePattern: string,
): Promise<Array<SqlRow | undefined>> {
  const rows = await runAggregate(
    em,
    sql`SELECT programme_id::text AS code, count(*) AS enrolled FROM programme_enrolments
        WHERE programme_id = ANY(${idArray(programmeIds)}::uuid[]) AND person_region_code LIKE ${scopePattern} GROUP BY programme_id`,
  );
  return programmeIds.map((id) => rows.of(id));
}
