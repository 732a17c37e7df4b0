import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { ROLES } from '../../../shared/auth.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { VolunteerTeam, YouthProgramme, YouthProgrammeKind } from '../entities/index.js';
import type { YouthLeagueContext } from '../loaders.js';
import { VolunteerTeamView, YouthProgrammeView } from './types.js';
import { programmeView, teamView } from './views.js';

export const VolunteerTeamConnection = connectionType(
  VolunteerTeamView,
  'VolunteerTeam',
  'youth volunteer teams (青年志愿服务队)',
);
export const YouthProgrammeConnection = connectionType(
  YouthProgrammeView,
  'YouthProgramme',
  'youth programmes (青少年项目)',
);

@InputType({ description: 'Which volunteer teams to list' })
class VolunteerTeamFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;
}

@InputType({ description: 'Which youth programmes to list' })
class YouthProgrammeFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => YouthProgrammeKind, { nullable: true })
  kind?: YouthProgrammeKind | null;
}

@Resolver()
export class YouthQueriesResolver {
  @Authorized([...ROLES])
  @Query(() => VolunteerTeamConnection, {
    description: 'Youth volunteer teams in your region (青年志愿服务队)',
  })
  async volunteerTeams(
    @Arg('filter', () => VolunteerTeamFilter, { nullable: true })
    filter: VolunteerTeamFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<Connection<VolunteerTeamView>> {
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        subtreeFilter(filter?.regionCode),
        filter?.stationId ? { stationId: filter.stationId } : {},
      ],
    };
    return mapConnection(await findConnection(ctx.em, VolunteerTeam, where, page), (team) =>
      teamView(team, ctx),
    );
  }

  @Authorized([...ROLES])
  @Query(() => YouthProgrammeConnection, {
    description: 'Youth programmes in your region (青少年项目)',
  })
  async youthProgrammes(
    @Arg('filter', () => YouthProgrammeFilter, { nullable: true })
    filter: YouthProgrammeFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<Connection<YouthProgrammeView>> {
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        subtreeFilter(filter?.regionCode),
        filter?.kind ? { kind: filter.kind } : {},
      ],
    };
    return mapConnection(await findConnection(ctx.em, YouthProgramme, where, page), (programme) =>
      programmeView(programme, ctx),
    );
  }
}
