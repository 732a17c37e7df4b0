import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { EventDate, FreeText, TermEndDate } from '../../../shared/input/rules.js';
import { DateScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { YouthProgrammeKind } from './enums.js';

@InputType({ description: 'Which volunteer teams to list' })
export class VolunteerTeamFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;
}

@InputType({ description: 'Which youth programmes to list' })
export class YouthProgrammeFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

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

  @Field(() => ID, { nullable: true, description: 'Station the team is based at' })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field(() => DateScalar)
  @EventDate()
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

  @Field(() => ID, {
    nullable: true,
    description: 'The volunteer in the shared register, if registered',
  })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => DateScalar)
  @EventDate()
  joinedOn!: string;
}

@InputType({ description: 'Hours a volunteer served (记录志愿服务)' })
export class VolunteerServiceInput {
  @Field(() => ID)
  @IsUUID()
  volunteerId!: string;

  @Field(() => DateScalar)
  @EventDate()
  servedOn!: string;

  @Field(() => Float, { description: 'Hours, 0–24' })
  @Min(0)
  @Max(24)
  hours!: number;

  @Field({ description: 'What was done (服务内容)' })
  @FreeText()
  @Length(1, 200)
  activity!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the first record',
  })
  @IsOptional()
  @Length(1, 100)
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field(() => DateScalar)
  @EventDate()
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

  @Field(() => String, {
    nullable: true,
    description:
      'Where the caller believes the person lives; checked against the register, never taken from here',
  })
  @IsOptional()
  @IsDivisionCode(['TOWNSHIP', 'VILLAGE'])
  personRegionCode?: string | null;

  @Field(() => DateScalar, { description: "Within the programme's term" })
  @EventDate()
  enrolledOn!: string;
}
