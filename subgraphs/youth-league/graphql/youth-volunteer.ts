import { Field, ID, ObjectType } from 'type-graphql';
import { maskPersonal } from '../../../shared/department/masking.js';
import { DateScalar } from '../../../shared/scalars.js';
import { VOLUNTEERS } from '../access.js';
import type { Volunteer } from '../entities/index.js';
import type { YouthLeagueContext } from '../loaders.js';

@ObjectType({ description: 'Youth volunteer (青年志愿者)' })
export class YouthVolunteerView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Name (姓名): for the League's case teams and admins, and supervisors who state a purpose",
  })
  name!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Joined on (加入日期); null when de-identified',
  })
  joinedOn!: string | null;

  @Field(() => ID, { description: 'Team (所属队伍)' })
  teamId!: string;
}

/** A volunteer as the masking rule lets the caller see them. */
export function toYouthVolunteerView(
  volunteer: Volunteer,
  ctx: YouthLeagueContext,
): YouthVolunteerView {
  const { principal, purpose } = ctx;
  return {
    id: volunteer.id,
    name: maskPersonal('name', volunteer.name, principal, purpose, VOLUNTEERS),
    joinedOn: maskPersonal('eventDate', volunteer.joinedOn, principal, purpose, VOLUNTEERS),
    teamId: volunteer.teamId,
  };
}
