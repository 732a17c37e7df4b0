import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../../shared/auth.js';
import { recordAccess } from '../../../shared/department/access.js';
import { assertInScope } from '../../../shared/scope.js';
import type { YouthLeagueContext } from '../loaders.js';
import { PersonRef, RegionRef, StationRef } from '../references.js';
import {
  VolunteerTeamView,
  YouthEnrolmentView,
  YouthLeagueRegionFigures,
  YouthProgrammeView,
  YouthVolunteerView,
} from './types.js';
import { programmeView, teamView } from './views.js';

@Resolver(() => PersonRef)
export class YouthPersonResolver {
  @FieldResolver(() => [YouthEnrolmentView], {
    nullable: true,
    description:
      "Youth programmes taken part in (青少年项目参与), mostly of minors: for the League's caseworkers, analysts (de-identified) and supervisors who state a purpose (logged)",
  })
  async youthProgrammes(
    @Root() person: { id: string },
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthEnrolmentView[] | null> {
    const access = recordAccess(ctx.principal, ctx.purpose, 'YOUTH_LEAGUE');
    if (access === 'none') return null;
    const enrolments = await ctx.loaders.enrolmentsByPerson.load(person.id);
    if (!enrolments.length) return [];
    if (access === 'revealed') {
      await ctx.loaders.reveal.load({
        personId: person.id,
        personRegionCode: enrolments[0]!.personRegionCode,
        field: 'youthProgrammes',
      });
    }
    const programmes = await Promise.all(
      enrolments.map((enrolment) => ctx.loaders.programme.load(enrolment.programmeId)),
    );
    return enrolments.map((enrolment, index) => ({
      kind: programmes[index]!.kind,
      programme: access === 'de-identified' ? null : programmes[index]!.name,
      enrolledOn: access === 'de-identified' ? null : enrolment.enrolledOn,
    }));
  }

  @FieldResolver(() => YouthVolunteerView, {
    nullable: true,
    description: 'The person as a youth volunteer (青年志愿者)',
  })
  async youthVolunteer(
    @Root() person: { id: string },
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthVolunteerView | null> {
    if (!hasRole(ctx.principal, ['ANALYST', 'CASEWORKER', 'SUPERVISOR'])) return null;
    const volunteer = await ctx.loaders.volunteerByPerson.load(person.id);
    return (
      volunteer && {
        id: volunteer.id,
        name: volunteer.name,
        joinedOn: volunteer.joinedOn,
        teamId: volunteer.teamId,
      }
    );
  }
}

@Resolver(() => StationRef)
export class YouthStationResolver {
  @FieldResolver(() => [VolunteerTeamView], {
    nullable: true,
    description: 'Youth volunteer teams based at the station (青年志愿服务队)',
  })
  async volunteerTeams(@Root() station: { id: string }, @Ctx() ctx: YouthLeagueContext) {
    const teams = await ctx.loaders.teamsByStation.load(station.id);
    return Promise.all(teams.map((team) => teamView(team, ctx)));
  }

  @FieldResolver(() => [YouthProgrammeView], {
    nullable: true,
    description: 'Youth programmes run at the station (青少年项目)',
  })
  async youthProgrammes(@Root() station: { id: string }, @Ctx() ctx: YouthLeagueContext) {
    const programmes = await ctx.loaders.programmesByStation.load(station.id);
    return Promise.all(programmes.map((programme) => programmeView(programme, ctx)));
  }
}

@Resolver(() => RegionRef)
export class YouthRegionResolver {
  @FieldResolver(() => YouthLeagueRegionFigures, {
    nullable: true,
    description: 'Youth League figures over the subtree (团委数据); only in your region',
  })
  async youthLeague(
    @Root() region: { code: string },
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthLeagueRegionFigures> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const [figures, contributed] = await Promise.all([
      ctx.loaders.regionFigures.load(region.code),
      ctx.loaders.contributedIn.load(region.code),
    ]);
    return { ...figures, contributed };
  }
}
