import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import {
  UnionServicePointKind,
  WorkerFileStatus,
  WorkerHardshipLevel,
  WorkerHardshipReason,
} from '../entities/enums.js';
import { PersonRef, StationRef } from '../references.js';

@ObjectType({ description: 'Worker-in-difficulty file (困难职工档案) as the caller may see it' })
export class WorkerFileView {
  @Field(() => WorkerHardshipLevel, { description: 'Level (困难程度)' })
  level!: WorkerHardshipLevel;

  @Field(() => WorkerFileStatus, { description: 'Status (档案状态)' })
  status!: WorkerFileStatus;

  @Field(() => DateScalar, { description: 'Opened on (建档日期)' })
  openedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Out of difficulty on (解困日期)' })
  closedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Employer (工作单位); null when de-identified',
  })
  employer!: string | null;

  @Field(() => WorkerHardshipReason, {
    nullable: true,
    description: 'Reason (致困原因); null when de-identified',
  })
  reason!: WorkerHardshipReason | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Monthly household income per head (家庭月人均收入); null when de-identified',
  })
  householdIncomePerCapita!: bigint | null;

  @Field(() => PersonRef, { description: 'The worker (职工)' })
  person!: { id: string };
}

@ObjectType({ description: 'Union service point (工会服务阵地)' })
export class UnionServicePointView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (名称)' })
  name!: string;

  @Field(() => UnionServicePointKind, { description: 'Kind (类型)' })
  kind!: UnionServicePointKind;

  @Field({ description: 'Division code (所在区划)' })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Opened on (启用日期)' })
  openedOn!: string;

  @Field(() => StationRef, { nullable: true, description: 'Social work station it sits in' })
  station!: { id: string } | null;
}

@ObjectType({ description: 'Trade union figures over a region subtree (工会数据)' })
export class TradeUnionRegionFigures {
  @Field(() => Int, { description: 'Workers in difficulty on file (在档困难职工)' })
  workersInDifficulty!: number;

  @Field(() => Int, { description: 'Of them in deep difficulty (深度困难职工)' })
  deepDifficulty!: number;

  @Field(() => Int, { description: 'Files closed: workers out of difficulty (已解困)' })
  closedFiles!: number;

  @Field(() => Int, { description: 'Union service points (工会服务阵地)' })
  servicePoints!: number;

  @Field(() => MoneyScalar, { description: 'Union money put into projects bought here (项目投入)' })
  contributed!: bigint;
}

@ObjectType({ description: 'What the trade union has at a station (工会在站阵地)' })
export class TradeUnionStationFigures {
  @Field(() => [UnionServicePointView], { description: 'Union service points in the station' })
  servicePoints!: UnionServicePointView[];
}

@InputType({ description: 'Which worker files to list (困难职工档案筛选)' })
export class WorkerFileFilter {
  @Field(() => String, {
    nullable: true,
    description: "Only workers living in this division's subtree",
  })
  regionCode?: string | null;

  @Field(() => WorkerFileStatus, { nullable: true })
  status?: WorkerFileStatus | null;

  @Field(() => WorkerHardshipLevel, { nullable: true })
  level?: WorkerHardshipLevel | null;
}

@InputType({
  description:
    'A worker-in-difficulty file to open or update (建立/更新困难职工档案); one per person',
})
export class OpenWorkerFileInput {
  @Field(() => ID, { description: 'Person in the shared register' })
  @IsUUID()
  personId!: string;

  @Field({ description: "The worker's division of residence, a township or village" })
  @IsDivisionCode(['TOWNSHIP', 'VILLAGE'])
  personRegionCode!: string;

  @Field({ description: 'Employer (工作单位)' })
  @Length(1, 200)
  employer!: string;

  @Field(() => WorkerHardshipReason)
  reason!: WorkerHardshipReason;

  @Field(() => WorkerHardshipLevel)
  level!: WorkerHardshipLevel;

  @Field(() => DateScalar)
  openedOn!: string;

  @Field(() => MoneyScalar, { description: 'Monthly household income per head, 0 or more' })
  householdIncomePerCapita!: bigint;
}

@InputType({
  description:
    'A union service point to register (登记工会服务阵地); idempotent by region and name',
})
export class UnionServicePointInput {
  @Field({ description: 'Name (名称)' })
  @Length(1, 200)
  name!: string;

  @Field(() => UnionServicePointKind)
  kind!: UnionServicePointKind;

  @Field({ description: 'Division it serves' })
  @IsDivisionCode()
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: 'Social work station it sits in' })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field(() => DateScalar)
  openedOn!: string;
}
