import type { EntityManager } from '@mikro-orm/postgresql';
import { buildYouthLeagueSlice } from '../../shared/demo/youth-league.js';
import { buildDemoWorld } from '../../shared/demo/world.js';
import type { Logger } from '../../shared/logger.js';
import {
  ProgrammeEnrolment,
  ProjectContribution,
  Volunteer,
  VolunteerService,
  VolunteerTeam,
  YouthProgramme,
} from './entities/index.js';

/** Loads the League's slice of the demo world into an empty database, in one transaction. */
export async function loadYouthLeagueDemo(em: EntityManager, logger: Logger): Promise<boolean> {
  if ((await em.count(VolunteerTeam, {})) > 0) return false;
  const slice = buildYouthLeagueSlice(buildDemoWorld());
  await em.transactional(async (tx) => {
    await tx.insertMany(VolunteerTeam, slice.teams);
    await tx.insertMany(Volunteer, slice.volunteers);
    await tx.insertMany(VolunteerService, slice.services);
    await tx.insertMany(YouthProgramme, slice.programmes as never[]);
    await tx.insertMany(ProgrammeEnrolment, slice.enrolments);
    await tx.insertMany(ProjectContribution, slice.contributions as never[]);
  });
  logger.info(
    { teams: slice.teams.length, volunteers: slice.volunteers.length },
    'demo world loaded',
  );
  return true;
}
