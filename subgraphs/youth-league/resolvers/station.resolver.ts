import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StationRef } from '../graphql/references.js';
import { toVolunteerTeamView, VolunteerTeamView } from '../graphql/volunteer-team.js';
import { toYouthProgrammeView, YouthProgrammeView } from '../graphql/youth-programme.js';
import type { YouthLeagueContext } from '../loaders.js';

@Resolver(() => StationRef)
export class YouthStationResolver {
  @FieldResolver(() => [VolunteerTeamView], {
    nullable: true,
    description: 'Youth volunteer teams based at the station (青年志愿服务队)',
  })
  async volunteerTeams(@Root() station: { id: string }, @Ctx() ctx: YouthLeagueContext) {
    const teams = await ctx.loaders.teamsByStation.load(station.id);
    return Promise.all(teams.map((team) => toVolunteerTeamView(team, ctx)));
  }

  @FieldResolver(() => [YouthProgrammeView], {
    nullable: true,
    description: 'Youth programmes run at the station (青少年项目)',
  })
  async youthProgrammes(@Root() station: { id: string }, @Ctx() ctx: YouthLeagueContext) {
    const programmes = await ctx.loaders.programmesByStation.load(station.id);
    return Promise.all(programmes.map((programme) => toYouthProgrammeView(programme, ctx)));
  }
}
