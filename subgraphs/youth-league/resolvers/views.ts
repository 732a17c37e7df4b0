import type { RecordHolder } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import type { Volunteer, VolunteerTeam, YouthProgramme } from '../entities/index.js';
import type { YouthLeagueContext } from '../loaders.js';
import type { VolunteerTeamView, YouthProgrammeView, YouthVolunteerView } from './types.js';

/** A team with its volunteers and hours, counted in SQL through the request's loader. */
export async function teamView(
  team: VolunteerTeam,
  ctx: YouthLeagueContext,
): Promise<VolunteerTeamView> {
  const totals = await ctx.loaders.teamTotals.load(team.id);
  return {
    id: team.id,
    name: team.name,
    regionCode: team.regionCode,
    foundedOn: team.foundedOn,
    volunteers: Number(totals?.volunteers ?? 0),
    hours: Number(totals?.minutes ?? 0) / 60,
    station: team.stationId ? { id: team.stationId } : null,
  };
}

/** A programme with the number of people enrolled in the caller's region. */
export async function programmeView(
  programme: YouthProgramme,
  ctx: YouthLeagueContext,
): Promise<YouthProgrammeView> {
  const totals = await ctx.loaders.programmeTotals.load(programme.id);
  return {
    id: programme.id,
    name: programme.name,
    kind: programme.kind,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    enrolled: Number(totals?.enrolled ?? 0),
    station: programme.stationId ? { id: programme.stationId } : null,
  };
}

/** The League's records of people served: enrolments in programmes (mostly of minors). */
export const ENROLMENTS: RecordHolder = { owner: 'YOUTH_LEAGUE' };
/** The League's volunteers, whom its admins register too. */
export const VOLUNTEERS: RecordHolder = { owner: 'YOUTH_LEAGUE', managedByAdmins: true };

/** A volunteer as the masking rule lets the caller see them. */
export function volunteerView(volunteer: Volunteer, ctx: YouthLeagueContext): YouthVolunteerView {
  const { principal, purpose } = ctx;
  return {
    id: volunteer.id,
    name: maskPersonal('name', volunteer.name, principal, purpose, VOLUNTEERS),
    joinedOn: maskPersonal('eventDate', volunteer.joinedOn, principal, purpose, VOLUNTEERS),
    teamId: volunteer.teamId,
  };
}
