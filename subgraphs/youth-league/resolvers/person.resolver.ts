import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { enrolmentAccess, volunteerAccess } from '../access.js';
import { PersonRef } from '../graphql/references.js';
import { readYouthEnrolmentView, YouthEnrolmentView } from '../graphql/youth-enrolment.js';
import { readYouthVolunteerView, YouthVolunteerView } from '../graphql/youth-volunteer.js';
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
    if (enrolmentAccess(ctx.principal, ctx.purpose) === 'none') return null;
    const enrolments = await ctx.loaders.enrolmentsByPerson.load(person.id);
    return Promise.all(enrolments.map((enrolment) => readYouthEnrolmentView(enrolment, ctx)));
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
    if (volunteerAccess(ctx.principal, ctx.purpose) === 'none') return null;
    const volunteer = await ctx.loaders.volunteerByPerson.load(person.id);
    return volunteer ? readYouthVolunteerView(volunteer, ctx) : null;
  }
}
