import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Department, ServiceArea } from '../../../shared/enums.js';
import {
  IdempotencyKey,
  OptionalId,
  PeriodBound,
  RegionFilter,
} from '../../../shared/input/fields.js';
import { EventDate, FreeText } from '../../../shared/input/rules.js';
import { DateScalar } from '../../../shared/scalars.js';
import { LinkedRecordKind } from '../../../shared/linked-records.js';
import { DataCategory, ReferralState, ReferralUrgency } from './enums.js';

/** What a referral to another department says, from a case or passed on from one. */
@InputType()
export abstract class ReferralRequest {
  @Field(() => Department, { description: 'Receiving department (接收部门)' })
  toDepartment!: Department;

  @OptionalId('Station of the receiving department where the service is wanted (接收站点)')
  toStationId?: string | null;

  @Field(() => ServiceArea, { nullable: true, description: 'Service asked for (服务领域)' })
  serviceArea?: ServiceArea | null;

  @Field({ description: 'Why the person is referred (转介原因)' })
  @FreeText()
  @Length(1, 2000)
  reason!: string;

  @Field(() => ReferralUrgency, { description: 'How soon it must be answered (紧急程度)' })
  urgency!: ReferralUrgency;
}

@InputType({ description: 'A referral of a case to another department (发起转介)' })
export class SendReferralInput extends ReferralRequest {
  @Field(() => ID, { description: 'The case referred (个案)' })
  @IsUUID()
  caseId!: string;

  @Field(() => [DataCategory], {
    description:
      "Categories of the person's data to share: the least the service needs, each covered by the person's consent",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  sharedCategories!: DataCategory[];

  @Field(() => String, {
    nullable: true,
    description:
      'Only when no consent covers the referral and the person is in danger: the reason, logged and reported like a break-the-glass reveal (紧急例外)',
  })
  @FreeText()
  @Length(10, 1000)
  emergencyReason?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day sent, for a referral made on paper first; today when omitted',
  })
  @EventDate()
  sentOn?: string | null;

  @IdempotencyKey('Chosen by the writing system: a retry returns the same referral')
  idempotencyKey?: string | null;
}

/** Every action on a referral names it, and may say the day and keep a note for its department. */
@InputType()
export abstract class ReferralActionInput {
  @Field(() => ID, { description: 'The referral' })
  @IsUUID()
  referralId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it took effect; today when omitted; not before the previous step',
  })
  @EventDate()
  on?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Internal note: only your department sees it (内部备注)',
  })
  @FreeText()
  @Length(1, 2000)
  note?: string | null;
}

@InputType({ description: 'The receiving department has seen the referral (接收)' })
export class ReceiveReferralInput extends ReferralActionInput {}

@InputType({ description: 'The receiving department takes the person on (受理)' })
export class AcceptReferralInput extends ReferralActionInput {}

@InputType({ description: 'The receiving department cannot help, and says why (拒绝)' })
export class DeclineReferralInput extends ReferralActionInput {
  @Field({ description: 'Why, as the sender will read it (拒绝原因)' })
  @FreeText()
  @Length(1, 1000)
  reason!: string;
}

@InputType({ description: 'The service begins (开始服务)' })
export class StartReferralServiceInput extends ReferralActionInput {}

@InputType({ description: 'The referral is cancelled by its sender (撤回)' })
export class CancelReferralInput extends ReferralActionInput {
  @Field({ description: 'Why (撤回原因)' })
  @FreeText()
  @Length(1, 1000)
  reason!: string;
}

@InputType({ description: 'The referral to the next department (再转介内容)' })
export class OnwardReferralInput extends ReferralRequest {}

@InputType({ description: 'Passing a received referral on to a department better placed (再转介)' })
export class ReferOnwardInput extends ReferralActionInput {
  @Field(() => OnwardReferralInput, { description: 'The referral to the next department' })
  @ValidateNested()
  onward!: OnwardReferralInput;
}

@InputType({ description: 'Which referrals to list (转介筛选)' })
export class ReferralFilter extends RegionFilter {
  @Field(() => [ReferralState], { nullable: true, description: 'Only referrals in these states' })
  @ArrayMaxSize(8)
  states?: ReferralState[] | null;

  @Field(() => ReferralUrgency, { nullable: true, description: 'Only referrals of this urgency' })
  urgency?: ReferralUrgency | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only those unanswered past their due date; false: only the others',
  })
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Department, {
    nullable: true,
    description: 'Only referrals with this department on the other side',
  })
  department?: Department | null;

  @OptionalId('Only referrals of this person')
  personId?: string | null;

  @PeriodBound('Sent on or after (转介起始日期)')
  from?: string | null;

  @PeriodBound('Sent on or before (转介截止日期)')
  to?: string | null;
}

@InputType({ description: 'Days your department gives itself to answer referrals of an urgency' })
export class SetReferralResponseTimeInput {
  @Field(() => ReferralUrgency, { description: 'Urgency' })
  urgency!: ReferralUrgency;

  @Field(() => Int, { description: 'Days from sending to the due date, 0 to 90' })
  @IsInt()
  @Min(0)
  @Max(90)
  days!: number;
}

@InputType({ description: "A department's own record, named by kind and id (关联记录)" })
export class LinkedRecordInput {
  @Field(() => LinkedRecordKind, { description: 'Kind of record' })
  kind!: LinkedRecordKind;

  @Field(() => ID, { description: "The record's id in its department" })
  @IsUUID()
  id!: string;
}

@InputType({ description: 'The service is done (完成), with its outcome and the record of it' })
export class CompleteReferralInput extends ReferralActionInput {
  @Field({ description: 'Outcome for the person, as the sender will read it (服务结果)' })
  @FreeText()
  @Length(1, 2000)
  outcome!: string;

  @Field(() => LinkedRecordInput, {
    description:
      "Your department's own record of the service: a grant, a rehabilitation service, a case…",
  })
  @ValidateNested()
  linkedRecord!: LinkedRecordInput;
}
