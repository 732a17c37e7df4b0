import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ServiceArea } from '../../../shared/enums.js';
import {
  EventOn,
  IdempotencyKey,
  OptionalId,
  PeriodBound,
  PersonRegionCode,
  RegionFilter,
} from '../../../shared/input/fields.js';
import { FreeText } from '../../../shared/input/rules.js';
import { DateScalar } from '../../../shared/scalars.js';
import { CaseStage, ClosureReason, NeedLevel } from './enums.js';
import { LinkedRecordInput } from './referral.input.js';

@InputType({ description: 'A case to open at a station (接案)' })
export class OpenCaseInput {
  @Field(() => ID, { description: 'Person served (服务对象)' })
  @IsUUID()
  personId!: string;

  @PersonRegionCode()
  personRegionCode?: string | null;

  @Field(() => ID, { description: 'Station that holds the case (承接站点)' })
  @IsUUID()
  stationId!: string;

  @OptionalId('Social worker who holds the case (个案社工)')
  workerId?: string | null;

  @EventOn('Opened on (接案日期), not after today')
  openedOn!: string;

  @Field({ description: 'Why the case is opened (接案原因)' })
  @FreeText()
  @Length(1, 2000)
  intakeReason!: string;

  @IdempotencyKey('Chosen by the writing system: a retry returns the same case')
  idempotencyKey?: string | null;
}

/** The first fields of every step of a case: which case, and the day the step took effect. */
@InputType()
export abstract class CaseStepInput {
  @Field(() => ID, { description: 'The case (个案)' })
  @IsUUID()
  caseId!: string;

  @EventOn('Day the step took effect: not after today, not before the previous step')
  on!: string;
}

@InputType({ description: 'A need found in the assessment (需求)' })
export class CaseNeedInput {
  @Field(() => ServiceArea, { description: 'Service area (服务领域)' })
  area!: ServiceArea;

  @Field(() => NeedLevel, { description: 'How pressing (需求程度)' })
  level!: NeedLevel;

  @Field(() => String, { nullable: true, description: 'What was found (需求描述)' })
  @FreeText()
  @Length(1, 1000)
  note?: string | null;
}

@InputType({ description: 'The assessment of needs (预估): the needs list replaces the last one' })
export class AssessCaseInput extends CaseStepInput {
  @Field(() => [CaseNeedInput], { description: 'Needs found (需求清单), 1 to 20' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  needs!: CaseNeedInput[];
}

@InputType({ description: 'A goal of the service plan (服务目标)' })
export class CaseGoalInput {
  @Field(() => ServiceArea, { description: 'Service area (服务领域)' })
  area!: ServiceArea;

  @Field({ description: 'The goal (目标)' })
  @FreeText()
  @Length(1, 1000)
  description!: string;

  @Field(() => DateScalar, { nullable: true, description: 'To be met by (预期达成日期)' })
  targetOn?: string | null;
}

@InputType({ description: 'The service plan (计划): its goals replace the last plan' })
export class PlanCaseInput extends CaseStepInput {
  @Field(() => [CaseGoalInput], { description: 'Goals (服务目标), 1 to 20' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  goals!: CaseGoalInput[];
}

@InputType({ description: 'Intervention begins (介入)' })
export class StartCaseInterventionInput extends CaseStepInput {}

@InputType({ description: 'The evaluation of the case (评估)' })
export class EvaluateCaseInput extends CaseStepInput {
  @Field({ description: 'Evaluation (评估意见)' })
  @FreeText()
  @Length(1, 2000)
  evaluation!: string;

  @Field(() => Int, { description: 'Goals of the plan achieved (达成目标数)' })
  @IsInt()
  @Min(0)
  @Max(20)
  goalsAchieved!: number;
}

@InputType({ description: 'Asking a supervisor to close the case (申请结案)' })
export class RequestCaseClosureInput extends CaseStepInput {
  @Field(() => ClosureReason, { description: 'Why it closes (结案原因)' })
  reason!: ClosureReason;

  @Field({ description: 'Outcome for the person (结案成效)' })
  @FreeText()
  @Length(1, 2000)
  outcome!: string;
}

@InputType({ description: "A supervisor's decision on a closure asked for (结案审批)" })
export class DecideCaseClosureInput extends CaseStepInput {
  @Field({ description: 'true closes the case; false returns it to the case team' })
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why, required when the closure is returned (审批意见)',
  })
  @FreeText()
  @Length(1, 2000)
  note?: string | null;
}

@InputType({ description: 'Reopening a closed case (重新开案): its history stays' })
export class ReopenCaseInput extends CaseStepInput {
  @Field({ description: 'Why it is reopened (重新开案原因)' })
  @FreeText()
  @Length(1, 2000)
  reason!: string;
}

@InputType({ description: 'Which cases to list (个案筛选)' })
export class CaseFilter extends RegionFilter {
  @Field(() => CaseStage, { nullable: true, description: 'Only cases at this stage' })
  stage?: CaseStage | null;

  @OptionalId('Only cases held by this station')
  stationId?: string | null;

  @OptionalId('Only cases of this person')
  personId?: string | null;

  @PeriodBound('Opened on or after (接案起始日期)')
  from?: string | null;

  @PeriodBound('Opened on or before (接案截止日期)')
  to?: string | null;
}

@InputType({ description: "A record of your department's to link to a case (关联服务记录)" })
export class LinkCaseRecordInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  caseId!: string;

  @Field(() => LinkedRecordInput, { description: 'Your department’s record' })
  @ValidateNested()
  record!: LinkedRecordInput;
}
