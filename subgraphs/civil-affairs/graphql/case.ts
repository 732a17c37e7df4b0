import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.js';
import type { Case, CaseEvent, CaseGoal, CaseLink, CaseNeed } from '../entities/index.js';
import { CaseStage, ClosureReason, NeedLevel } from './enums.js';
import { recordFields, RecordView } from './record.js';

@ObjectType('Case', {
  description:
    "A case (个案): one person's case work at a station, led by one department, through the stages of MZ/T 094",
})
export class CaseView extends RecordView {
  @Field(() => Department, { description: 'Lead department (主责部门)' })
  leadDepartment!: Department;

  @Field(() => CaseStage, { description: 'Current stage (当前阶段)' })
  stage!: CaseStage;

  @Field(() => DateScalar, { description: 'Opened on (接案日期)' })
  openedOn!: string;

  @Field({ description: 'Why the case was opened (接案原因)' })
  intakeReason!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Needs assessed on (预估日期)' })
  assessedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Plan made on (计划日期)' })
  plannedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Intervention began on (介入日期)' })
  interventionOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Evaluated on (评估日期)' })
  evaluatedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Evaluation (评估意见)' })
  evaluation!: string | null;

  @Field(() => Int, { nullable: true, description: 'Goals of the plan achieved (达成目标数)' })
  goalsAchieved!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Closure asked for on (申请结案日期)' })
  closureRequestedOn!: string | null;

  @Field(() => ClosureReason, { nullable: true, description: 'Why it closes (结案原因)' })
  closureReason!: ClosureReason | null;

  @Field(() => String, { nullable: true, description: 'Outcome for the person (结案成效)' })
  closureOutcome!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Closed on (结案日期)' })
  closedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Supervisor who approved the closure (审批督导)',
  })
  closureApprovedBy!: string | null;

  personId!: string;
  regionCode!: string;
  stationId!: string;
  workerId!: string | null;
}

export const CaseConnection = connectionType(CaseView, 'Case', 'cases (个案)');

export function toCaseView(row: Case): CaseView {
  return {
    ...recordFields(row),
    leadDepartment: row.leadDepartment as Department,
    stage: row.stage,
    openedOn: row.openedOn,
    intakeReason: row.intakeReason,
    assessedOn: row.assessedOn,
    plannedOn: row.plannedOn,
    interventionOn: row.interventionOn,
    evaluatedOn: row.evaluatedOn,
    evaluation: row.evaluation,
    goalsAchieved: row.goalsAchieved,
    closureRequestedOn: row.closureRequestedOn,
    closureReason: row.closureReason,
    closureOutcome: row.closureOutcome,
    closedOn: row.closedOn,
    closureApprovedBy: row.closureApprovedBy,
    personId: row.personId,
    regionCode: row.regionCode,
    stationId: row.stationId,
    workerId: row.workerId,
  };
}

@ObjectType('CaseNeed', { description: 'A need assessed in a case (需求清单)' })
export class CaseNeedView {
  @Field(() => ServiceArea, { description: 'Service area (服务领域)' })
  area!: ServiceArea;

  @Field(() => NeedLevel, { description: 'How pressing (需求程度)' })
  level!: NeedLevel;

  @Field(() => String, { nullable: true, description: 'What was found (需求描述)' })
  note!: string | null;

  @Field(() => DateScalar, { description: 'Assessed on (评估日期)' })
  assessedOn!: string;
}

export function toCaseNeedView(row: CaseNeed): CaseNeedView {
  return { area: row.area, level: row.level, note: row.note, assessedOn: row.assessedOn };
}

@ObjectType('CaseGoal', { description: 'A goal of the service plan (服务目标)' })
export class CaseGoalView {
  @Field(() => ServiceArea, { description: 'Service area (服务领域)' })
  area!: ServiceArea;

  @Field({ description: 'The goal (目标)' })
  description!: string;

  @Field(() => DateScalar, { nullable: true, description: 'To be met by (预期达成日期)' })
  targetOn!: string | null;

  @Field(() => DateScalar, { description: 'Planned on (计划日期)' })
  plannedOn!: string;
}

export function toCaseGoalView(row: CaseGoal): CaseGoalView {
  return {
    area: row.area,
    description: row.description,
    targetOn: row.targetOn,
    plannedOn: row.plannedOn,
  };
}

@ObjectType('LinkedRecord', {
  description:
    "A department's own record linked to a case or a referral, as that department vouched for it (关联记录)",
})
export class LinkedRecordView {
  @Field(() => Department, { description: 'Department that holds the record' })
  department!: Department;

  @Field({ description: 'Kind of record (记录类型), e.g. UNION_ASSISTANCE_GRANT' })
  kind!: string;

  @Field(() => ID, { description: "The record's id in its department" })
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the record (记录日期)' })
  date!: string | null;
}

export function toLinkedRecordView(row: CaseLink): LinkedRecordView {
  return {
    department: row.department as Department,
    kind: row.kind,
    id: row.recordId,
    date: row.recordDate,
  };
}

@ObjectType('CaseEvent', {
  description: "One step of a case's history (个案流程记录), append-only",
})
export class CaseEventView {
  @Field({ description: 'What happened: OPENED, STAGE_REACHED, CLOSURE_REQUESTED…' })
  kind!: string;

  @Field(() => CaseStage, { nullable: true, description: 'Stage before' })
  fromStage!: CaseStage | null;

  @Field(() => CaseStage, { description: 'Stage after' })
  toStage!: CaseStage;

  @Field(() => DateScalar, { description: 'Day it took effect (生效日期)' })
  effectiveOn!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded (记录时间)' })
  at!: Date;

  @Field({ description: 'Who recorded it: the subject of the token' })
  bySubject!: string;

  @Field(() => Department, { description: 'Department of who recorded it' })
  byDepartment!: Department;

  @Field(() => String, { nullable: true, description: 'Why (说明)' })
  note!: string | null;
}

export function toCaseEventView(row: CaseEvent): CaseEventView {
  return {
    kind: row.kind,
    fromStage: row.fromStage,
    toStage: row.toStage,
    effectiveOn: row.effectiveOn,
    at: row.at,
    bySubject: row.bySubject,
    byDepartment: row.byDepartment as Department,
    note: row.note,
  };
}
