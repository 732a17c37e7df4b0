import { IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MoneyScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import {
  UnionAssistanceKind,
  UnionServicePointKind,
  WorkerFileStatus,
  WorkerHardshipLevel,
  WorkerHardshipReason,
} from './enums.js';
import {
  EventOn,
  OptionalId,
  PeriodBound,
  PersonRegionCode,
  RegionFilter,
} from '../../../shared/input/fields.js';
import { Amount } from '../../../shared/input/rules.js';

/** Text with at least one character that is not a space. */
const NOT_BLANK = /\S/;

@InputType({ description: 'Which worker files to list (困难职工档案筛选)' })
export class WorkerFileFilter {
  @Field(() => String, {
    nullable: true,
    description: "Only workers living in this division's subtree (所在区划)",
  })
  regionCode?: string | null;

  @Field(() => WorkerFileStatus, { nullable: true, description: 'Only files in this status' })
  status?: WorkerFileStatus | null;

  @Field(() => WorkerHardshipLevel, { nullable: true, description: 'Only this level' })
  level?: WorkerHardshipLevel | null;
}

@InputType({ description: 'A worker file to open or update (建立困难职工档案); one per person' })
export class OpenWorkerFileInput {
  @Field(() => ID, { description: 'Person in the shared register (服务对象)' })
  @IsUUID()
  personId!: string;

  @PersonRegionCode()
  personRegionCode?: string | null;

  @Field({ description: 'Name of the employer, 1–200 characters (工作单位)' })
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'employer must not be blank' })
  employer!: string;

  @Field(() => WorkerHardshipReason, { description: 'Why the worker is in difficulty (致困原因)' })
  reason!: WorkerHardshipReason;

  @Field(() => WorkerHardshipLevel, { description: 'Level of difficulty (困难程度)' })
  level!: WorkerHardshipLevel;

  @EventOn('Opened on (建档日期)')
  openedOn!: string;

  @Field(() => MoneyScalar, {
    description: 'Monthly household income per head, 0 or more (家庭月人均收入)',
  })
  @Amount('income')
  householdIncomePerCapita!: bigint;
}

@InputType({ description: 'Which union service points to list (职工服务站点筛选)' })
export class UnionServicePointFilter {
  @Field(() => String, {
    nullable: true,
    description: "Only points in this division's subtree (所在区划)",
  })
  regionCode?: string | null;
}

@InputType({
  description:
    'A union service point to register (登记职工服务站点); idempotent by division and name',
})
export class UnionServicePointInput {
  @Field({ description: 'Name, 1–200 characters (名称)' })
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => UnionServicePointKind, { description: 'Kind (站点类型)' })
  kind!: UnionServicePointKind;

  @Field({ description: 'Division it serves (所在区划代码)' })
  @IsDivisionCode()
  regionCode!: string;

  @OptionalId('Social work station it sits in (所在社工站)')
  stationId?: string | null;

  @EventOn('Opened on (启用日期)')
  openedOn!: string;
}

@InputType({
  description:
    "Which union assistance grants to list (帮扶救助筛选); regionCode is the worker's division",
})
export class UnionAssistanceFilter extends RegionFilter {
  @PeriodBound('Granted on or after (发放日期起)')
  from?: string | null;

  @PeriodBound('Granted on or before (发放日期止)')
  to?: string | null;

  @Field(() => UnionAssistanceKind, { nullable: true, description: 'Only this kind (帮扶类型)' })
  kind?: UnionAssistanceKind | null;
}

@InputType({ description: 'Assistance granted to a worker with an open file (发放帮扶救助)' })
export class GrantUnionAssistanceInput {
  @Field(() => ID, { description: 'The worker, who must have an open file (受助职工)' })
  @IsUUID()
  personId!: string;

  @Field(() => UnionAssistanceKind, { description: 'Kind (帮扶类型)' })
  kind!: UnionAssistanceKind;

  @Field(() => MoneyScalar, { description: 'Amount, more than zero (帮扶金额)' })
  @Amount('unionAssistance')
  amount!: bigint;

  @EventOn('Granted on, not before the file was opened (发放日期)')
  grantedOn!: string;

  @Field({
    description: "The union's assistance number (帮扶单号); a retry with it changes nothing",
  })
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'reference must not be blank' })
  reference!: string;
}
