import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { YouthProgrammeKind } from '../entities/youth.entity.js';
import { StationRef } from '../references.js';
import { EventDate, FreeText, TermEndDate } from '../../../shared/input/rules.js';

@ObjectType({ description: 'Youth volunteer team (青年志愿服务队)' })
export class VolunteerTeamView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (队名)' })
  name!: string;

  @Field({ description: 'Division (所在区划)' })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Founded on (成立日期)' })
  foundedOn!: string;

  @Field(() => Int, { description: 'Volunteers (志愿者人数)' })
  volunteers!: number;

  @Field(() => Float, { description: 'Volunteer hours served (服务时长)' })
  hours!: number;

  @Field(() => StationRef, { nullable: true, description: 'Station the team is based at' })
  station!: { id: string } | null;
}

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

@ObjectType({ description: 'Youth programme (青少年项目)' })
export class YouthProgrammeView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (项目名称)' })
  name!: string;

  @Field(() => YouthProgrammeKind)
  kind!: YouthProgrammeKind;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => Int, { description: 'People enrolled in your region (参与人数)' })
  enrolled!: number;

  @Field(() => StationRef, { nullable: true })
  station!: { id: string } | null;
}

@ObjectType({ description: "A person's part in a youth programme (项目参与)" })
export class YouthEnrolmentView {
  @Field(() => YouthProgrammeKind, { description: 'Kind of programme' })
  kind!: YouthProgrammeKind;

  @Field(() => String, { nullable: true, description: 'Programme name; null when de-identified' })
  programme!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Enrolled on; null when de-identified' })
  enrolledOn!: string | null;
}

@ObjectType({ description: 'Youth League figures over a region subtree (团委数据)' })
export class YouthLeagueRegionFigures {
  @Field(() => Int, { description: 'Volunteer teams (志愿服务队)' })
  volunteerTeams!: number;

  @Field(() => Int, { description: 'Volunteers (青年志愿者)' })
  volunteers!: number;

  @Field(() => Int, { description: 'Volunteer services recorded (志愿服务次数)' })
  volunteerServices!: number;

  @Field(() => Float, { description: 'Volunteer hours (志愿服务时长)' })
  volunteerHours!: number;

  @Field(() => Int, { description: 'Youth programmes (青少年项目)' })
  programmes!: number;

  @Field(() => Int, { description: 'Enrolments of residents (参与人次)' })
  enrolments!: number;

  @Field(() => MoneyScalar, {
    description: 'League money put into projects bought here (项目投入)',
  })
  contributed!: bigint;
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
