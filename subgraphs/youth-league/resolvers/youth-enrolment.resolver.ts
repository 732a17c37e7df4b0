import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CASE_TEAM, PERSON_READERS } from '../../../shared/department/access.js';
import { findInRegion } from '../../../shared/department/own-records.js';
import { requirePersonOf } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import { badInput, forbidden } from '../../../shared/errors.js';
import { inDateRange } from '../../../shared/input/period.js';
import { emitBenefits } from '../../../shared/ledger/outbox.js';
import { ConnectionArgs, mapConnection, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { enrolmentAccess } from '../access.js';
import { youthLeagueBenefits } from '../benefits.js';
import { ProgrammeEnrolment, YouthProgramme } from '../entities/index.js';
import { EnrolmentInput, YouthEnrolmentFilter } from '../graphql/inputs.js';
import {
  readYouthEnrolmentView,
  toYouthEnrolmentView,
  YouthEnrolmentConnection,
  YouthEnrolmentView,
} from '../graphql/youth-enrolment.js';
import type { YouthLeagueContext } from '../loaders.js';
import { requireInRegion } from '../rules.js';

@Resolver(() => YouthEnrolmentView)
export class YouthEnrolmentResolver {
  @Authorized(PERSON_READERS)
  @Query(() => YouthEnrolmentConnection, {
    description:
      "Enrolments in youth programmes of people in your region (项目报名列表), mostly of minors: for the League's caseworkers, analysts (de-identified) and supervisors who state a purpose (logged)",
  })
  async youthEnrolments(
    @Arg('filter', () => YouthEnrolmentFilter, { nullable: true })
    filter: YouthEnrolmentFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<Connection<YouthEnrolmentView>> {
    if (enrolmentAccess(ctx.principal, ctx.purpose) === 'none') {
      throw forbidden(
        'enrolments are for the Youth League, analysts and supervisors who state a purpose',
      );
    }
    const where = {
      $and: [
        filter?.programmeId ? { programmeId: filter.programmeId } : {},
        inDateRange('enrolledOn', filter?.from, filter?.to),
      ],
    };
    const enrolments = await findInRegion(
      ctx,
      ProgrammeEnrolment,
      page,
      filter?.regionCode,
      where,
      'personRegionCode',
    );
    return mapConnection(enrolments, (enrolment) => readYouthEnrolmentView(enrolment, ctx));
  }

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
    // Enrolling again changes nothing, and writes no second snapshot.
    const enrolment =
      existing ??
      (await ctx.em.transactional(async (tx) => {
        const created = tx.create(ProgrammeEnrolment, {
          programmeId: programme.id,
          personId: input.personId,
          personRegionCode: person.regionCode,
          enrolledOn: input.enrolledOn,
          ...writtenBy(ctx.principal),
        });
        await tx.flush();
        await emitBenefits(tx, youthLeagueBenefits, 'YOUTH_PROGRAMME', [created.id]);
        return created;
      }));
    return toYouthEnrolmentView(enrolment, programme, ctx);
  }
}
