import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { EventOn } from '../../../shared/input/fields.js';
import { Amount, FreeText, TermEndDate } from '../../../shared/input/rules.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import {
  EvaluationStage,
  Evaluator,
  ProcurementMethod,
  ProjectIndicator,
  ProjectStatus,
  TargetGroup,
  TrancheCondition,
} from './enums.js';

@InputType({ description: 'A service a department brings into the bundle (下沉服务事项)' })
export class ProjectServiceItemInput {
  @Field(() => Department, { description: 'Department whose service it is (事项部门)' })
  department!: Department;

  @Field({ description: 'What is to be done (服务内容)' })
  @FreeText()
  @Length(1, 1000)
  description!: string;

  @Field(() => ServiceArea, { description: 'Service area (服务领域)' })
  serviceArea!: ServiceArea;

  @Field(() => TargetGroup, { description: 'Group served (服务对象)' })
  targetGroup!: TargetGroup;
}

@InputType({ description: 'A contracted indicator (绩效指标) and its target' })
export class ProjectTargetInput {
  @Field(() => ProjectIndicator)
  indicator!: ProjectIndicator;

  @Field(() => Int, { description: "Target, in the indicator's unit (目标值)" })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  target!: number;
}

@InputType()
export abstract class ProjectStepInput {
  @Field(() => ID, { description: 'The project (项目)' })
  @IsUUID()
  projectId!: string;
}

@InputType({
  description:
    'Changes to a project before its contract is signed (PLANNED or PROCURING); afterwards use amendServiceProject',
})
export class UpdateServiceProjectInput extends ProjectStepInput {
  @Field(() => String, { nullable: true, description: 'Project name (项目名称)' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => [ServiceArea], { nullable: true, description: 'Service areas (服务领域)' })
  @IsOptional()
  @ArrayMinSize(1)
  serviceAreas?: ServiceArea[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Groups served (服务对象)' })
  @IsOptional()
  @ArrayMinSize(1)
  targetGroups?: TargetGroup[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Contract start (服务期起)' })
  @IsOptional()
  @TermEndDate()
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Contract end (服务期止)' })
  @IsOptional()
  @TermEndDate()
  endsOn?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Budgeted amount (预算金额)' })
  @IsOptional()
  @Amount('contractAmount')
  contractAmount?: bigint | null;

  @Field(() => [ID], { nullable: true, description: 'Stations that deliver it (服务站点)' })
  @IsOptional()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  stationIds?: string[] | null;

  @Field(() => ProcurementMethod, { nullable: true, description: 'How it is purchased (购买方式)' })
  procurementMethod?: ProcurementMethod | null;

  @Field(() => [ProjectServiceItemInput], {
    nullable: true,
    description: 'The bundle of service items (下沉服务事项): replaces the present one',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  serviceItems?: ProjectServiceItemInput[] | null;

  @Field(() => [ProjectTargetInput], {
    nullable: true,
    description: 'Contracted indicators (绩效指标): replace the present ones',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  targets?: ProjectTargetInput[] | null;
}

@InputType({ description: 'A move of the project to another status (项目状态变更)' })
export class SetServiceProjectStatusInput extends ProjectStepInput {
  @Field(() => ProjectStatus, { description: 'The status to move to' })
  status!: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Why; required to terminate (理由)' })
  @IsOptional()
  @FreeText()
  @Length(1, 1000)
  reason?: string | null;
}

@InputType({ description: 'An agency that bid for a project being purchased (投标/响应)' })
export class RecordProjectBidInput extends ProjectStepInput {
  @Field(() => ID, { description: 'The bidding agency (机构)' })
  @IsUUID()
  agencyId!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Price offered (报价)' })
  @IsOptional()
  @Amount('contractAmount')
  amount?: bigint | null;

  @Field(() => String, { nullable: true, description: 'Remarks (备注)' })
  @IsOptional()
  @FreeText()
  @Length(1, 1000)
  note?: string | null;
}

@InputType({
  description:
    'The signed contract (合同签订): the chosen bidder and why, its number and date; the project becomes ACTIVE',
})
export class SignProjectContractInput extends ProjectStepInput {
  @Field(() => ID, { description: 'The chosen agency, one of the bidders (中标/成交机构)' })
  @IsUUID()
  agencyId!: string;

  @Field({ description: 'Why it was chosen over the others (择优理由)' })
  @FreeText()
  @Length(1, 2000)
  selectionReason!: string;

  @Field({ description: 'Contract number (合同编号)' })
  @Length(1, 60)
  contractNumber!: string;

  @EventOn('Signed on (签订日期)')
  signedOn!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Contract amount, when it differs from the budget (合同金额)',
  })
  @IsOptional()
  @Amount('contractAmount')
  contractAmount?: bigint | null;
}

@InputType({ description: 'A milestone of the contract and its tranche (履约节点)' })
export class AddProjectMilestoneInput extends ProjectStepInput {
  @Field({ description: 'Milestone (节点)' })
  @Length(1, 200)
  title!: string;

  @Field({ description: 'What is delivered (交付成果)' })
  @FreeText()
  @Length(1, 2000)
  deliverable!: string;

  @Field(() => DateScalar, { description: 'Due (截止日期)' })
  @TermEndDate()
  dueOn!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Tranche paid for it (付款金额)' })
  @IsOptional()
  @Amount('contractAmount')
  trancheAmount?: bigint | null;

  @Field(() => TrancheCondition, {
    nullable: true,
    description: 'When the tranche falls due (付款条件); required with a tranche',
  })
  trancheCondition?: TrancheCondition | null;
}

@InputType({
  description:
    'A change of the signed contract (合同变更): what is given changes, the rest stays; the old values are kept',
})
export class AmendServiceProjectInput extends ProjectStepInput {
  @Field({ description: 'Why (变更理由)' })
  @FreeText()
  @Length(1, 2000)
  reason!: string;

  @EventOn('Agreed on (变更日期)')
  amendedOn!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'New contract amount' })
  @IsOptional()
  @Amount('contractAmount')
  contractAmount?: bigint | null;

  @Field(() => DateScalar, { nullable: true, description: 'New end of term' })
  @IsOptional()
  @TermEndDate()
  endsOn?: string | null;

  @Field(() => [ServiceArea], { nullable: true, description: 'New service areas' })
  @IsOptional()
  @ArrayMinSize(1)
  serviceAreas?: ServiceArea[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'New groups served' })
  @IsOptional()
  @ArrayMinSize(1)
  targetGroups?: TargetGroup[] | null;
}

@InputType({ description: 'Something to put right (整改事项)' })
export class RectificationInput {
  @Field({ description: 'What is to be put right (整改内容)' })
  @FreeText()
  @Length(1, 2000)
  description!: string;

  @Field(() => DateScalar, { description: 'Due (整改期限)' })
  @TermEndDate()
  dueOn!: string;
}

@InputType({
  description:
    'An evaluation (评估): mid-term while ACTIVE, final while EVALUATING; 60 of 100 passes',
})
export class RecordProjectEvaluationInput extends ProjectStepInput {
  @Field(() => EvaluationStage)
  stage!: EvaluationStage;

  @Field(() => Evaluator)
  evaluator!: Evaluator;

  @Field(() => String, { nullable: true, description: 'Evaluating body (评估机构)' })
  @IsOptional()
  @Length(1, 200)
  evaluatorName?: string | null;

  @EventOn('Evaluated on (评估日期)')
  evaluatedOn!: string;

  @Field(() => Int, { description: 'Score out of 100 (得分)' })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;

  @Field({ description: 'Findings (评估意见)' })
  @FreeText()
  @Length(1, 4000)
  findings!: string;

  @Field(() => [RectificationInput], { defaultValue: [], description: 'What to put right' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  rectifications!: RectificationInput[];
}

@InputType({ description: 'A rectification put right (整改销号)' })
export class CloseProjectRectificationInput {
  @Field(() => ID, { description: 'The rectification (整改事项)' })
  @IsUUID()
  rectificationId!: string;

  @EventOn('Closed on (销号日期)')
  closedOn!: string;

  @Field({ description: 'How it was put right (整改情况)' })
  @FreeText()
  @Length(1, 2000)
  note!: string;
}

@InputType({ description: 'A tranche paid (支付)' })
export class PayProjectTrancheInput {
  @Field(() => ID, { description: 'The milestone whose tranche is paid' })
  @IsUUID()
  milestoneId!: string;

  @EventOn('Paid on (支付日期)')
  paidOn!: string;
}
