import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { personalAccess } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
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
import { ENROLMENTS, VOLUNTEERS, programmeView, teamView, volunteerView } from './views.js';

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
    const access = personalAccess(ctx.principal, ctx.purpose, ENROLMENTS);
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
    const { principal, purpose } = ctx;
    return enrolments.map((enrolment, index) => ({
      kind: programmes[index]!.kind,
      // A programme's name says where and when the person took part.
      programme: maskPersonal('address', programmes[index]!.name, principal, purpose, ENROLMENTS),
      enrolledOn: maskPersonal('eventDate', enrolment.enrolledOn, principal, purpose, ENROLMENTS),
    }));
  }

  @FieldResolver(() => YouthVolunteerView, {
    nullable: true,
    description:
      "The person as a youth volunteer (青年志愿者): for the League's case teams and admins, analysts (de-identified) and supervisors who state a purpose; the name masked like every name",
  })
  async youthVolunteer(
    @Root() person: { id: string },
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthVolunteerView | null> {
    const access = personalAccess(ctx.principal, ctx.purpose, VOLUNTEERS);
    if (access === 'none') return null;
    const volunteer = await ctx.loaders.volunteerByPerson.load(person.id);
    if (!volunteer) return null;
    if (access === 'revealed') {
      await ctx.loaders.reveal.load({
        personId: person.id,
        personRegionCode: volunteer.regionCode,
        field: 'youthVolunteer',
      });
    }
    return volunteerView(volunteer, ctx);
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
