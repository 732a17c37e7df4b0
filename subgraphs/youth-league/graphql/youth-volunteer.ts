import { Field, ID, ObjectType } from 'type-graphql';
import { maskPersonal } from '../../../shared/department/masking.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { VOLUNTEERS, volunteerAccess } from '../access.js';
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

/**
 * A volunteer read by a caller who may see volunteers, after the access-log row when the request
 * reveals a person of the register (a volunteer not registered there has no one to log).
 */
export async function readYouthVolunteerView(
  volunteer: Volunteer,
  ctx: YouthLeagueContext,
): Promise<YouthVolunteerView> {
  if (volunteer.personId && volunteerAccess(ctx.principal, ctx.purpose) === 'revealed') {
    await ctx.loaders.reveal.load({
      personId: volunteer.personId,
      personRegionCode: volunteer.regionCode,
      field: 'youthVolunteer',
    });
  }
  return toYouthVolunteerView(volunteer, ctx);
}

export const YouthVolunteerConnection = connectionType(
  YouthVolunteerView,
  'YouthVolunteer',
  'youth volunteers (青年志愿者)',
);
