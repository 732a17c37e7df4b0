import { Field, ObjectType } from 'type-graphql';
import { maskPersonal } from '../../../shared/department/masking.js';
import { DateScalar } from '../../../shared/scalars.js';
import { ENROLMENTS } from '../access.js';
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
