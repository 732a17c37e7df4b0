import { Field, ID, ObjectType } from 'type-graphql';
import { maskPersonal } from '../../../shared/department/masking.js';
import { DateScalar } from '../../../shared/scalars.js';
import { VOLUNTEERS } from '../access.js';
import type { CharityVolunteer } from '../entities/index.js';
import type { CharityContext } from '../loaders.js';
import { StationRef } from './references.js';

@ObjectType({ description: 'Charity volunteer (慈善志愿者)' })
export class CharityVolunteerView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Name (姓名): for charity's case teams and admins, and supervisors who state a purpose",
  })
  name!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Joined on (加入日期); null when de-identified or withheld',
  })
  joinedOn!: string | null;

  @Field(() => StationRef, { nullable: true })
  station!: { id: string } | null;
}

/** A volunteer as the masking rule lets the caller see them. */
export function toCharityVolunteerView(
  volunteer: CharityVolunteer,
  ctx: CharityContext,
): CharityVolunteerView {
  const { principal, purpose } = ctx;
  return {
    id: volunteer.id,
    name: maskPersonal('name', volunteer.name, principal, purpose, VOLUNTEERS),
    joinedOn: maskPersonal('eventDate', volunteer.joinedOn, principal, purpose, VOLUNTEERS),
    station: volunteer.stationId ? { id: volunteer.stationId } : null,
  };
}
