import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import type {
  ProjectAmendment,
  ProjectEvaluation,
  ProjectMilestone,
  ProjectRectification,
  ProjectServiceItem,
} from '../entities/index.js';
import { AgencyView } from './agency.js';
import {
  EvaluationStage,
  Evaluator,
  ProjectIndicator,
  TargetGroup,
  TrancheCondition,
} from './enums.js';

// What a project's purchase, contract and evaluation look like in the graph. Achieved values and
// whether a tranche is payable are computed when read, never stored.

@ObjectType({ description: 'An agency that bid for the project (投标/响应机构)' })
export class ProjectBidView {
  @Field(() => ID)
  id!: string;

  @Field(() => AgencyView, { nullable: true, description: 'The bidding agency (机构)' })
  agency!: AgencyView | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Price offered (报价)' })
  amount!: bigint | null;

  @Field(() => String, { nullable: true, description: 'Remarks on the bid (备注)' })
  note!: string | null;

  @Field({ description: 'Whether this agency was contracted (是否中标/成交)' })
  chosen!: boolean;
}

@ObjectType({ description: 'A service a department brought into the bundle (下沉服务事项)' })
export class ProjectServiceItemView {
  @Field(() => ID)
  id!: string;

  @Field(() => Department, { description: 'Department whose service it is (事项部门)' })
  department!: Department;

  @Field({ description: 'What is to be done (服务内容)' })
  description!: string;

  @Field(() => ServiceArea, { description: 'Service area (服务领域)' })
  serviceArea!: ServiceArea;

  @Field(() => TargetGroup, { description: 'Group served (服务对象)' })
  targetGroup!: TargetGroup;
}

@ObjectType({ description: 'A milestone of the contract and its payment tranche (履约节点与付款)' })
export class ProjectMilestoneView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Milestone (节点)' })
  title!: string;

  @Field({ description: 'What is delivered (交付成果)' })
  deliverable!: string;

  @Field(() => DateScalar, { description: 'Due (截止日期)' })
  dueOn!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Tranche paid for it (付款金额)' })
  trancheAmount!: bigint | null;

  @Field(() => TrancheCondition, { nullable: true, description: 'When it falls due (付款条件)' })
  trancheCondition!: TrancheCondition | null;

  @Field({
    description:
      'Whether the tranche may be paid now: unpaid, and its condition holds (可支付), computed',
  })
  payable!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Paid on (支付日期)' })
  paidOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded the payment (subject)' })
  paidBy!: string | null;

  @Field(() => Department, { nullable: true, description: 'Department that recorded it' })
  paidByDepartment!: Department | null;
}

@ObjectType({ description: 'A change of the signed contract (合同变更), with what it replaced' })
export class ProjectAmendmentView {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { description: 'Agreed on (变更日期)' })
  amendedOn!: string;

  @Field({ description: 'Why (变更理由)' })
  reason!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Contract amount before' })
  contractAmountBefore!: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Contract amount after' })
  contractAmountAfter!: bigint | null;

  @Field(() => DateScalar, { nullable: true, description: 'End of term before' })
  endsOnBefore!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'End of term after' })
  endsOnAfter!: string | null;

  @Field(() => [ServiceArea], { nullable: true, description: 'Service areas before' })
  serviceAreasBefore!: ServiceArea[] | null;

  @Field(() => [ServiceArea], { nullable: true, description: 'Service areas after' })
  serviceAreasAfter!: ServiceArea[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Groups served before' })
  targetGroupsBefore!: TargetGroup[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Groups served after' })
  targetGroupsAfter!: TargetGroup[] | null;

  @Field({ description: 'Who made it (subject)' })
  amendedBy!: string;

  @Field(() => Department, { description: 'Department that made it' })
  amendedByDepartment!: Department;
}

@ObjectType({ description: 'A contracted indicator and what the service records show (绩效指标)' })
export class ProjectTargetView {
  @Field(() => ProjectIndicator)
  indicator!: ProjectIndicator;

  @Field({ description: 'Unit (单位)' })
  unit!: string;

  @Field(() => Int, { description: 'Contracted (合同目标)' })
  target!: number;

  @Field(() => Float, {
    description: "Achieved so far, counted from the project's service records (完成值)",
  })
  achieved!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Achieved over contracted (完成率); null for a target of zero',
  })
  rate!: number | null;
}

@ObjectType({ description: 'Something an evaluation asked to put right (整改事项)' })
export class ProjectRectificationView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What is to be put right (整改内容)' })
  description!: string;

  @Field(() => DateScalar, { description: 'Due (整改期限)' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Closed on (销号日期)' })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who closed it (subject)' })
  closedBy!: string | null;

  @Field(() => Department, { nullable: true, description: 'Department that closed it' })
  closedByDepartment!: Department | null;

  @Field(() => String, { nullable: true, description: 'How it was put right (整改情况)' })
  closingNote!: string | null;
}

@ObjectType({ description: 'A mid-term or final evaluation (中期/末期评估)' })
export class ProjectEvaluationView {
  @Field(() => ID)
  id!: string;

  @Field(() => EvaluationStage)
  stage!: EvaluationStage;

  @Field(() => Evaluator)
  evaluator!: Evaluator;

  @Field(() => String, { nullable: true, description: 'Evaluating body (评估机构)' })
  evaluatorName!: string | null;

  @Field(() => DateScalar, { description: 'Evaluated on (评估日期)' })
  evaluatedOn!: string;

  @Field(() => Int, { description: 'Score out of 100 (评估得分)' })
  score!: number;

  @Field({ description: 'Whether it passed: a score of 60 or more (是否合格)' })
  passed!: boolean;

  @Field({ description: 'Findings (评估意见)' })
  findings!: string;

  @Field(() => [ProjectRectificationView], { description: 'What it asked to put right' })
  rectifications!: ProjectRectificationView[];
}

export function toServiceItemView(row: ProjectServiceItem): ProjectServiceItemView {
  return {
    id: row.id,
    department: row.department,
    description: row.description,
    serviceArea: row.serviceArea,
    targetGroup: row.targetGroup,
  };
}

export function toMilestoneView(row: ProjectMilestone, payable: boolean): ProjectMilestoneView {
  return {
    id: row.id,
    title: row.title,
    deliverable: row.deliverable,
    dueOn: row.dueOn,
    trancheAmount: row.trancheAmountFen == null ? null : BigInt(row.trancheAmountFen),
    trancheCondition: row.trancheCondition,
    payable,
    paidOn: row.paidOn,
    paidBy: row.paidBy,
    paidByDepartment: row.paidByDepartment as Department | null,
  };
}

const fen = (value: bigint | null) => (value == null ? null : BigInt(value));

export function toAmendmentView(row: ProjectAmendment): ProjectAmendmentView {
  return {
    id: row.id,
    amendedOn: row.amendedOn,
    reason: row.reason,
    contractAmountBefore: fen(row.contractAmountFenBefore),
    contractAmountAfter: fen(row.contractAmountFenAfter),
    endsOnBefore: row.endsOnBefore,
    endsOnAfter: row.endsOnAfter,
    serviceAreasBefore: row.serviceAreasBefore,
    serviceAreasAfter: row.serviceAreasAfter,
    targetGroupsBefore: row.targetGroupsBefore,
    targetGroupsAfter: row.targetGroupsAfter,
    amendedBy: row.recordedBy,
    amendedByDepartment: row.recordedByDepartment as Department,
  };
}

export function toRectificationView(row: ProjectRectification): ProjectRectificationView {
  return {
    id: row.id,
    description: row.description,
    dueOn: row.dueOn,
    closedOn: row.closedOn,
    closedBy: row.closedBy,
    closedByDepartment: row.closedByDepartment as Department | null,
    closingNote: row.closingNote,
  };
}

export function toEvaluationView(
  row: ProjectEvaluation,
  passed: boolean,
  rectifications: ProjectRectification[],
): ProjectEvaluationView {
  return {
    id: row.id,
    stage: row.stage,
    evaluator: row.evaluator,
    evaluatorName: row.evaluatorName,
    evaluatedOn: row.evaluatedOn,
    score: row.score,
    passed,
    findings: row.findings,
    rectifications: rectifications
      .filter((item) => item.evaluationId === row.id)
      .map(toRectificationView),
  };
}
