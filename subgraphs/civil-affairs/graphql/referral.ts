import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.js';
import type { Referral, ReferralEvent } from '../entities/index.js';
import { DataCategory, ReferralState, ReferralUrgency } from './enums.js';
import { recordFields, RecordView } from './record.js';

@ObjectType('Referral', {
  description:
    'A referral (转介) of a case to another department. Both departments see where it stands; the receiving department sees of the person only what the consent lets the sender share.',
})
export class ReferralView extends RecordView {
  @Field(() => Department, { description: 'Sending department (转出部门)' })
  fromDepartment!: Department;

  @Field(() => Department, { description: 'Receiving department (接收部门)' })
  toDepartment!: Department;

  @Field(() => ReferralState, { description: 'Where it stands (状态)' })
  state!: ReferralState;

  @Field(() => ReferralUrgency, { description: 'How soon it must be answered (紧急程度)' })
  urgency!: ReferralUrgency;

  @Field(() => ServiceArea, { nullable: true, description: 'Service asked for (服务领域)' })
  serviceArea!: ServiceArea | null;

  @Field({ description: 'Why the person is referred (转介原因)' })
  reason!: string;

  @Field(() => [DataCategory], {
    description: "Categories of the person's data shared with the receiving department (共享信息)",
  })
  sharedCategories!: DataCategory[];

  @Field({ description: 'Sent without a consent, in an emergency (紧急例外)' })
  emergency!: boolean;

  @Field(() => DateScalar, { description: 'Sent on (转介日期)' })
  sentOn!: string;

  @Field(() => DateScalar, { description: 'To be answered by (应答期限)' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Answered on (应答日期)' })
  respondedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Completed on (完成日期)' })
  completedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First found past its due date unanswered (逾期日期)',
  })
  overdueSince!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined (拒绝原因)' })
  declineReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Outcome of the service (服务结果)' })
  outcome!: string | null;

  caseId!: string;
  leadDepartment!: string;
  personId!: string;
  regionCode!: string;
  toStationId!: string | null;
  consentId!: string | null;
  referredFromId!: string | null;
  onwardReferralId!: string | null;
  linkedRecordKind!: string | null;
  linkedRecordId!: string | null;
}

export const ReferralConnection = connectionType(ReferralView, 'Referral', 'referrals (转介)');

export function toReferralView(row: Referral): ReferralView {
  return {
    ...recordFields(row),
    fromDepartment: row.fromDepartment as Department,
    toDepartment: row.toDepartment as Department,
    state: row.state,
    urgency: row.urgency,
    serviceArea: row.serviceArea,
    reason: row.reason,
    sharedCategories: row.sharedCategories,
    emergency: row.emergencyReason !== null,
    sentOn: row.sentOn,
    dueOn: row.dueOn,
    respondedOn: row.respondedOn,
    completedOn: row.completedOn,
    overdueSince: row.overdueSince,
    declineReason: row.declineReason,
    outcome: row.outcome,
    caseId: row.caseId,
    leadDepartment: row.leadDepartment,
    personId: row.personId,
    regionCode: row.regionCode,
    toStationId: row.toStationId,
    consentId: row.consentId,
    referredFromId: row.referredFromId,
    onwardReferralId: row.onwardReferralId,
    linkedRecordKind: row.linkedRecordKind,
    linkedRecordId: row.linkedRecordId,
  };
}

@ObjectType('ReferralEvent', {
  description: 'One transition of a referral (转介流转记录), append-only: who, when, why',
})
export class ReferralEventView {
  @Field({ description: 'What happened: SENT, RECEIVED, ACCEPTED, OVERDUE…' })
  kind!: string;

  @Field(() => ReferralState, { nullable: true, description: 'State before' })
  fromState!: ReferralState | null;

  @Field(() => ReferralState, { description: 'State after' })
  toState!: ReferralState;

  @Field(() => DateScalar, { description: 'Day it took effect (生效日期)' })
  effectiveOn!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded (记录时间)' })
  at!: Date;

  @Field({ description: 'Who: the subject of the token, or `system`' })
  bySubject!: string;

  @Field(() => Department, { description: 'Department of who acted' })
  byDepartment!: Department;

  @Field(() => String, { nullable: true, description: 'Why, as both departments see it (原因)' })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The acting department's internal note: null for the other department (内部备注)",
  })
  note!: string | null;
}

/** An event as the caller sees it: another department's internal note stays with it. */
export function toReferralEventView(row: ReferralEvent, department: string): ReferralEventView {
  return {
    kind: row.kind,
    fromState: row.fromState,
    toState: row.toState,
    effectiveOn: row.effectiveOn,
    at: row.at,
    bySubject: row.bySubject,
    byDepartment: row.byDepartment as Department,
    reason: row.reason,
    note: row.byDepartment === department ? row.note : null,
  };
}

@ObjectType('ReferralFlow', {
  description: 'Referrals from one department to another in a region and period (转介统计)',
})
export class ReferralFlowView {
  @Field(() => Department, { description: 'Sending department' })
  fromDepartment!: Department;

  @Field(() => Department, { description: 'Receiving department' })
  toDepartment!: Department;

  @Field(() => Int, { description: 'Referrals sent (转出数)' })
  sent!: number;

  @Field(() => Int, { description: 'Seen by the receiving department (已接收)' })
  received!: number;

  @Field(() => Int, { description: 'Accepted, whatever came after (已受理)' })
  accepted!: number;

  @Field(() => Int, { description: 'Declined (已拒绝)' })
  declined!: number;

  @Field(() => Int, { description: 'Passed on to another department (再转介)' })
  referredOnward!: number;

  @Field(() => Int, { description: 'Completed (已完成)' })
  completed!: number;

  @Field(() => Int, { description: 'Cancelled by the sender (已撤回)' })
  cancelled!: number;

  @Field(() => Int, { description: 'Unanswered past their due date today (逾期未应答)' })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Accepted ÷ answered (accepted, declined or referred onward); null when none',
  })
  acceptanceRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from sending to the answer' })
  medianDaysToResponse!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from sending to completion' })
  medianDaysToCompletion!: number | null;
}

@ObjectType('ReferralResponseTime', {
  description: 'Days a department gives itself to answer referrals of one urgency (应答时限)',
})
export class ReferralResponseTimeView {
  @Field(() => ReferralUrgency, { description: 'Urgency' })
  urgency!: ReferralUrgency;

  @Field(() => Int, { description: 'Days from sending to the due date' })
  days!: number;

  @Field({ description: "The hub's default, not set by the department" })
  isDefault!: boolean;
}
