import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { enrolmentAccess, volunteerAccess } from '../access.js';
import { PersonRef } from '../graphql/references.js';
import { toYouthEnrolmentView, YouthEnrolmentView } from '../graphql/youth-enrolment.js';
import { toYouthVolunteerView, YouthVolunteerView } from '../graphql/youth-volunteer.js';
import type { YouthLeagueContext } from '../loaders.js';

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
    const access = enrolmentAccess(ctx.principal, ctx.purpose);
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
    return enrolments.map((enrolment, index) =>
      toYouthEnrolmentView(enrolment, programmes[index]!, ctx),
    );
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
    const access = volunteerAccess(ctx.principal, ctx.purpose);
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
    return toYouthVolunteerView(volunteer, ctx);
  }
}
