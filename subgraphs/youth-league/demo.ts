import type { EntityManager } from '@mikro-orm/postgresql';
import { buildYouthLeagueSlice } from '../../shared/demo/youth-league.js';
import { buildDemoWorld } from '../../shared/demo/world.js';
import { insertInBatches } from '../../shared/demo/insert.js';
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
    await insertInBatches(tx, VolunteerTeam, slice.teams);
    await insertInBatches(tx, Volunteer, slice.volunteers);
    await insertInBatches(tx, VolunteerService, slice.services);
    await insertInBatches(tx, YouthProgramme, slice.programmes);
    await insertInBatches(tx, ProgrammeEnrolment, slice.enrolments);
    await insertInBatches(tx, ProjectContribution, slice.contributions);
  });
  logger.info(
    { teams: slice.teams.length, volunteers: slice.volunteers.length },
    'demo world loaded',
  );
  return true;
}
