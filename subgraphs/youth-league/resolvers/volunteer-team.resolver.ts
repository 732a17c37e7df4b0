import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINISTRATORS, ANY_ROLE } from '../../../shared/department/access.js';
import { findInRegion, registerOwn } from '../../../shared/department/own-records.js';
import { requirePlace } from '../../../shared/department/owned.js';
import { ConnectionArgs, mapConnection, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { VolunteerTeam } from '../entities/index.js';
import { VolunteerTeamFilter, VolunteerTeamInput } from '../graphql/inputs.js';
import {
  toVolunteerTeamView,
  VolunteerTeamConnection,
  VolunteerTeamView,
} from '../graphql/volunteer-team.js';
import type { YouthLeagueContext } from '../loaders.js';

@Resolver(() => VolunteerTeamView)
export class VolunteerTeamResolver {
  @Authorized(ANY_ROLE)
  @Query(() => VolunteerTeamConnection, {
    description: 'Youth volunteer teams in your region (青年志愿服务队)',
  })
  async volunteerTeams(
    @Arg('filter', () => VolunteerTeamFilter, { nullable: true })
    filter: VolunteerTeamFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<Connection<VolunteerTeamView>> {
    const station = filter?.stationId ? { stationId: filter.stationId } : {};
    const teams = await findInRegion(ctx, VolunteerTeam, page, filter?.regionCode, station);
    return mapConnection(teams, (team) => toVolunteerTeamView(team, ctx));
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => VolunteerTeamView, {
    description:
      'Registers a youth volunteer team (登记青年志愿服务队); idempotent by region and name',
  })
  async registerVolunteerTeam(
    @Arg('input', () => VolunteerTeamInput) input: VolunteerTeamInput,
    @Ctx() ctx: YouthLeagueContext,
  ) {
    assertDepartment(ctx.principal, ['YOUTH_LEAGUE'], 'registering volunteer teams');
    await requirePlace(ctx, input.regionCode, input.stationId);
    const team = await registerOwn(
      ctx,
      VolunteerTeam,
      { regionCode: input.regionCode, name: input.name },
      { stationId: input.stationId ?? null, foundedOn: input.foundedOn },
    );
    return toVolunteerTeamView(team, ctx);
  }
}
