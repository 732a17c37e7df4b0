import { Field, Float, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { VolunteerService } from '../entities/index.js';

@ObjectType({ description: 'A volunteer service session (志愿服务记录)' })
export class VolunteerServiceView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Volunteer who served (志愿者)' })
  volunteerId!: string;

  @Field(() => DateScalar, { description: 'Served on (服务日期)' })
  servedOn!: string;

  @Field(() => Float, { description: 'Hours served (服务时长)' })
  hours!: number;

  @Field({ description: 'What was done (服务内容)' })
  activity!: string;

  @Field({ description: "Division of the volunteer's team (所在区划)" })
  regionCode!: string;
}

/** A session as recorded: hours, not the minutes the database keeps. */
export function toVolunteerServiceView(service: VolunteerService): VolunteerServiceView {
  return {
    id: service.id,
    volunteerId: service.volunteerId,
    servedOn: service.servedOn,
    hours: service.durationMinutes / 60,
    activity: service.activity,
    regionCode: service.regionCode,
  };
}

export const VolunteerServiceConnection = connectionType(
  VolunteerServiceView,
  'VolunteerService',
  'volunteer service sessions (志愿服务记录)',
);
