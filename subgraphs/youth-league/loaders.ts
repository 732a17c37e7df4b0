import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import { contributedIn, contributionLoader } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { entityLoader, groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import {
  inSubtree,
  rowOf,
  runAggregate,
  SUBTREE_BATCH,
  subtreeBatch,
} from '../../shared/subtree.js';
import { ProgrammeEnrolment, Volunteer, VolunteerTeam, YouthProgramme } from './entities/index.js';

const count = (value: unknown) => Number(value ?? 0);

/** Teams, volunteers, hours, programmes and enrolments over each region's subtree. */
async function regionFigures(em: EntityManager, codes: readonly string[]) {
  const batch = subtreeBatch(codes);
  const one = (table: string, column: string, select: string) =>
    runAggregate(
      em,
      `SELECT p.code, ${select} FROM ${SUBTREE_BATCH} LEFT JOIN ${table} t ON ${inSubtree(`t.${column}`)} GROUP BY p.code`,
      [batch],
    );
  const [teams, volunteers, services, programmes, enrolments] = await Promise.all([
    one('volunteer_teams', 'region_code', 'count(t.id) AS n'),
    one('volunteers', 'region_code', 'count(t.id) AS n'),
    one(
      'volunteer_services',
      'region_code',
      'count(t.id) AS n, coalesce(sum(t.duration_minutes), 0) AS minutes',
    ),
    one('youth_programmes', 'region_code', 'count(t.id) AS n'),
    one('programme_enrolments', 'person_region_code', 'count(t.id) AS n'),
  ]);
  return codes.map((code) => ({
    volunteerTeams: count(rowOf(teams, code)?.n),
    volunteers: count(rowOf(volunteers, code)?.n),
    volunteerServices: count(rowOf(services, code)?.n),
    volunteerHours: count(rowOf(services, code)?.minutes) / 60,
    programmes: count(rowOf(programmes, code)?.n),
    enrolments: count(rowOf(enrolments, code)?.n),
  }));
}

/** Volunteers and hours of each team, and enrolments of each programme, over the caller's region. */
function perKey(em: EntityManager, sql: string, pattern: string) {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await runAggregate(em, sql, [`{${ids.join(',')}}`, pattern]);
    return ids.map((id) => rowOf(rows, id));
  });
}

/** Every loader of the Youth League subgraph, built fresh for each request. */
export function createYouthLeagueLoaders(em: EntityManager, grant: InternalGrant) {
  const scope = scopeWhere(grant.principal);
  const pattern = scope.regionCode.$like;
  return {
    teamsByStation: groupLoader(em, VolunteerTeam, 'stationId', { id: 'asc' }, scope),
    programmesByStation: groupLoader(em, YouthProgramme, 'stationId', { id: 'asc' }, scope),
    volunteerByPerson: entityLoader(em, Volunteer, 'personId', scope),
    enrolmentsByPerson: groupLoader(
      em,
      ProgrammeEnrolment,
      'personId',
      { enrolledOn: 'asc' },
      { personRegionCode: scope.regionCode },
    ),
    programme: entityLoader(em, YouthProgramme, 'id'),
    teamTotals: perKey(
      em,
      `SELECT v.team_id::text AS code, count(DISTINCT v.id) AS volunteers, coalesce(sum(s.duration_minutes), 0) AS minutes
         FROM volunteers v LEFT JOIN volunteer_services s ON s.volunteer_id = v.id
        WHERE v.team_id = ANY(?::uuid[]) AND v.region_code LIKE ? GROUP BY v.team_id`,
      pattern,
    ),
    programmeTotals: perKey(
      em,
      `SELECT programme_id::text AS code, count(*) AS enrolled FROM programme_enrolments
        WHERE programme_id = ANY(?::uuid[]) AND person_region_code LIKE ? GROUP BY programme_id`,
      pattern,
    ),
    regionFigures: new DataLoader((codes: readonly string[]) => regionFigures(em, codes)),
    contributedIn: new DataLoader((codes: readonly string[]) => contributedIn(em, codes)),
    contribution: contributionLoader(em, grant.principal, Department.YOUTH_LEAGUE),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type YouthLeagueContext = HubContext<ReturnType<typeof createYouthLeagueLoaders>>;
