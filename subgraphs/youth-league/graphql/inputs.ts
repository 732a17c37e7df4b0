import { IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import {
  EventOn,
  IdempotencyKey,
  OptionalId,
  PersonRegionCode,
  RegionFilter,
} from '../../../shared/input/fields.js';
import { FreeText, TermEndDate } from '../../../shared/input/rules.js';
import { DateScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { YouthProgrammeKind } from './enums.js';

@InputType({ description: 'Which volunteer teams to list' })
export class VolunteerTeamFilter extends RegionFilter {
  @Field(() => ID, { nullable: true })
  stationId?: string | null;
}

@InputType({ description: 'Which youth programmes to list' })
export class YouthProgrammeFilter extends RegionFilter {
  @Field(() => YouthProgrammeKind, { nullable: true })
  kind?: YouthProgrammeKind | null;
}

@InputType({
  description: 'A volunteer team to register (登记志愿服务队); idempotent by region and name',
})
export class VolunteerTeamInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Division the team serves' })
  @IsDivisionCode()
  regionCode!: string;

  @OptionalId('Station the team is based at')
  stationId?: string | null;

  @EventOn()
  foundedOn!: string;
}

@InputType({ description: 'A volunteer to register (登记志愿者); idempotent by person when given' })
export class VolunteerInput {
  @Field(() => ID)
  @IsUUID()
  teamId!: string;

  @Field()
  @Length(1, 100)
  name!: string;

  @OptionalId('The volunteer in the shared register, if registered')
  personId?: string | null;

  @EventOn()
  joinedOn!: string;
}

@InputType({ description: 'Hours a volunteer served (记录志愿服务)' })
export class VolunteerServiceInput {
  @Field(() => ID)
  @IsUUID()
  volunteerId!: string;

  @EventOn()
  servedOn!: string;

  @Field(() => Float, { description: 'Hours, 0–24' })
  @Min(0)
  @Max(24)
  hours!: number;

  @Field({ description: 'What was done (服务内容)' })
  @FreeText()
  @Length(1, 200)
  activity!: string;

  @IdempotencyKey('A retry with the same key returns the first record')
  idempotencyKey?: string | null;
}

@InputType({ description: 'A youth programme to create (新建青少年项目)' })
export class YouthProgrammeInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => YouthProgrammeKind)
  kind!: YouthProgrammeKind;

  @Field()
  @IsDivisionCode()
  regionCode!: string;

  @OptionalId()
  stationId?: string | null;

  @EventOn()
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Not before the start' })
  @TermEndDate()
  endsOn!: string;
}

@InputType({ description: 'A person to enrol (项目报名); idempotent by programme and person' })
export class EnrolmentInput {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;

  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @PersonRegionCode()
  personRegionCode?: string | null;

  @EventOn("Within the programme's term")
  enrolledOn!: string;
}
