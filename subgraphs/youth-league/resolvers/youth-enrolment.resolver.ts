import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { requirePersonOf } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import { badInput } from '../../../shared/errors.js';
import { assertDepartment } from '../../../shared/scope.js';
import { ProgrammeEnrolment, YouthProgramme } from '../entities/index.js';
import { EnrolmentInput } from '../graphql/inputs.js';
import { toYouthEnrolmentView, YouthEnrolmentView } from '../graphql/youth-enrolment.js';
import type { YouthLeagueContext } from '../loaders.js';
import { requireInRegion } from '../rules.js';

@Resolver(() => YouthEnrolmentView)
export class YouthEnrolmentResolver {
  @Authorized(CASE_TEAM)
  @Mutation(() => YouthEnrolmentView, {
    description: 'Enrols a person in a programme (项目报名); idempotent by programme and person',
  })
  async enrolInYouthProgramme(
    @Arg('input', () => EnrolmentInput) input: EnrolmentInput,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthEnrolmentView> {
    assertDepartment(ctx.principal, ['YOUTH_LEAGUE'], 'enrolling people');
    const person = await requirePersonOf(ctx, input);
    const programme = requireInRegion(
      ctx,
      await ctx.em.findOne(YouthProgramme, { id: input.programmeId }),
      'programmeId',
      'programme',
    );
    if (input.enrolledOn < programme.startsOn || input.enrolledOn > programme.endsOn) {
      throw badInput(
        'enrolledOn',
        `${input.enrolledOn} is outside the programme's term ${programme.startsOn} – ${programme.endsOn}`,
      );
    }
    const existing = await ctx.em.findOne(ProgrammeEnrolment, {
      programmeId: programme.id,
      personId: input.personId,
    });
    const enrolment =
      existing ??
      ctx.em.create(ProgrammeEnrolment, {
        programmeId: programme.id,
        personId: input.personId,
        personRegionCode: person.regionCode,
        enrolledOn: input.enrolledOn,
        ...writtenBy(ctx.principal),
      });
    await ctx.em.flush();
    return toYouthEnrolmentView(enrolment, programme, ctx);
  }
}
