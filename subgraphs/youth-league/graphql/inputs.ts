import { IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import {
  EventOn,
  IdempotencyKey,
  OptionalId,
  PeriodBound,
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

/** A list narrowed to a subtree and to a period of the record's own date. */
@InputType()
abstract class RegionPeriodFilter extends RegionFilter {
  @PeriodBound('First day included (起始日期)')
  from?: string | null;

  @PeriodBound('Last day included (截止日期)')
  to?: string | null;
}

@InputType({
  description:
    'Which youth volunteers to list (青年志愿者筛选): by the division of their team, the team, and the day they joined',
})
export class YouthVolunteerFilter extends RegionPeriodFilter {
  @Field(() => ID, { nullable: true, description: 'Only volunteers of this team' })
  teamId?: string | null;
}

@InputType({
  description:
    'Which volunteer service sessions to list (志愿服务记录筛选): by division, volunteer, team, and the day served',
})
export class VolunteerServiceFilter extends RegionPeriodFilter {
  @Field(() => ID, { nullable: true, description: 'Only sessions of this volunteer' })
  volunteerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only sessions of this team's volunteers" })
  teamId?: string | null;
}

@InputType({
  description:
    "Which programme enrolments to list (项目报名筛选): by the enrolled person's division, the programme, and the day enrolled",
})
export class YouthEnrolmentFilter extends RegionPeriodFilter {
  @Field(() => ID, { nullable: true, description: 'Only enrolments in this programme' })
  programmeId?: string | null;
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
