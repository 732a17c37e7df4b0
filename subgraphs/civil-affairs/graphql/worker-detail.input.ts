import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Amount, EventDate, TermEndDate } from '../../../shared/input/rules.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';

// What is written to a social worker's file beyond the post. Each is one of a kind per worker:
// a training per day and topic, an allowance per title and first day, a reward per title and day.

@InputType({ description: 'A training a social worker attended (培训记录)' })
export class RecordWorkerTrainingInput {
  @Field(() => ID, { description: 'Social worker of your region' })
  @IsUUID()
  workerId!: string;

  @Field(() => DateScalar, { description: 'Day it was held (培训日期)' })
  @EventDate()
  trainedOn!: string;

  @Field(() => Int, { description: 'Hours of training, 1 to 500 (学时)' })
  @Min(1)
  @Max(500)
  hours!: number;

  @Field({ description: 'Topic (培训内容)' })
  @Length(1, 200)
  topic!: string;

  @Field({ description: 'Office or organisation that ran it (主办单位)' })
  @Length(1, 200)
  organiser!: string;
}

@InputType({ description: 'An allowance paid to a social worker each month (津贴补贴)' })
export class RecordWorkerAllowanceInput {
  @Field(() => ID, { description: 'Social worker of your region' })
  @IsUUID()
  workerId!: string;

  @Field({ description: 'What it is, e.g. 持证津贴 (名称)' })
  @Length(1, 100)
  title!: string;

  @Field(() => MoneyScalar, { description: 'Amount a month, more than zero (月额)' })
  @Amount('allowance')
  monthlyAmount!: bigint;

  @Field(() => DateScalar, { description: 'First day it is paid for (起始日期)' })
  @EventDate()
  startsOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day it is paid for, not before startsOn; open while it is paid (截止日期)',
  })
  @IsOptional()
  @TermEndDate()
  endsOn?: string | null;
}

@InputType({ description: 'A reward or honour a social worker received (表彰奖励)' })
export class RecordWorkerRewardInput {
  @Field(() => ID, { description: 'Social worker of your region' })
  @IsUUID()
  workerId!: string;

  @Field({ description: 'The reward or honour, e.g. 优秀社工 (名称)' })
  @Length(1, 200)
  title!: string;

  @Field(() => DateScalar, { description: 'Day it was given (表彰日期)' })
  @EventDate()
  awardedOn!: string;

  @Field({ description: 'Office that gave it (授予单位)' })
  @Length(1, 200)
  awardedBy!: string;
}
