import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InternalGrant } from '../../shared/auth.js';
import { createRevealLogger } from '../../shared/audit/reveal-logger.js';
import type { HubContext } from '../../shared/context.js';
import { contributedIn, contributionLoader } from '../../shared/department/contribution.js';
import { Department } from '../../shared/enums.js';
import { entityLoader, groupLoader } from '../../shared/loaders.js';
import { scopeWhere } from '../../shared/scope.js';
import { ProgrammeEnrolment, Volunteer, VolunteerTeam, YouthProgramme } from './entities/index.js';
import { programmeTotals, regionFigures, teamTotals } from './stats.js';

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
    teamTotals: new DataLoader((ids: readonly string[]) => teamTotals(em, ids, pattern)),
    programmeTotals: new DataLoader((ids: readonly string[]) => programmeTotals(em, ids, pattern)),
    regionFigures: new DataLoader((codes: readonly string[]) => regionFigures(em, codes)),
    contributedIn: new DataLoader((codes: readonly string[]) => contributedIn(em, codes)),
    contribution: contributionLoader(em, grant.principal, Department.YOUTH_LEAGUE),
    reveal: createRevealLogger(em, grant.principal, grant.requestId, grant.purpose),
  };
}

export type YouthLeagueContext = HubContext<ReturnType<typeof createYouthLeagueLoaders>>;
