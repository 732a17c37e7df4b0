import type { VolunteerTeam, YouthProgramme } from '../entities/index.js';
import type { YouthLeagueContext } from '../loaders.js';
import type { VolunteerTeamView, YouthProgrammeView } from './types.js';

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
