import { Field, ObjectType } from 'type-graphql';
import { maskPersonal } from '../../../shared/department/masking.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { ENROLMENTS, enrolmentAccess } from '../access.js';
import type { ProgrammeEnrolment, YouthProgramme } from '../entities/index.js';
import type { YouthLeagueContext } from '../loaders.js';
import { YouthProgrammeKind } from './enums.js';

@ObjectType({ description: "A person's part in a youth programme (项目参与)" })
export class YouthEnrolmentView {
  @Field(() => YouthProgrammeKind, { description: 'Kind of programme' })
  kind!: YouthProgrammeKind;

  @Field(() => String, { nullable: true, description: 'Programme name; null when de-identified' })
  programme!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Enrolled on; null when de-identified' })
  enrolledOn!: string | null;
}

/** A person's part in a programme as the masking rule lets the caller see it. */
export function toYouthEnrolmentView(
  enrolment: ProgrammeEnrolment,
  programme: YouthProgramme,
  ctx: YouthLeagueContext,
): YouthEnrolmentView {
  const { principal, purpose } = ctx;
  return {
    kind: programme.kind,
    // A programme's name says where and when the person took part.
    programme: maskPersonal('address', programme.name, principal, purpose, ENROLMENTS),
    enrolledOn: maskPersonal('eventDate', enrolment.enrolledOn, principal, purpose, ENROLMENTS),
  };
}

/**
 * An enrolment read by a caller who may see enrolments, with its programme, after the
 * access-log row when the request reveals it: one row per person, however many enrolments.
 */
export async function readYouthEnrolmentView(
  enrolment: ProgrammeEnrolment,
  ctx: YouthLeagueContext,
): Promise<YouthEnrolmentView> {
  if (enrolmentAccess(ctx.principal, ctx.purpose) === 'revealed') {
    await ctx.loaders.reveal.load({
      personId: enrolment.personId,
      personRegionCode: enrolment.personRegionCode,
      field: 'youthProgrammes',
    });
  }
  const programme = await ctx.loaders.programme.load(enrolment.programmeId);
  return toYouthEnrolmentView(enrolment, programme!, ctx);
}

export const YouthEnrolmentConnection = connectionType(
  YouthEnrolmentView,
  'YouthEnrolment',
  'enrolments in youth programmes (项目报名)',
);
