import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import {
  UnionAssistanceKind,
  UnionServicePointKind,
  WorkerFileStatus,
  WorkerHardshipLevel,
  WorkerHardshipReason,
} from '../entities/enums.js';
import type { UnionAssistance, UnionServicePoint } from '../entities/index.js';
import { PersonRef, StationRef } from '../references.js';

@ObjectType({ description: 'Worker-in-difficulty file (困难职工档案) as the caller may see it' })
export class WorkerFileView {
  @Field(() => WorkerHardshipLevel, { description: 'Level of difficulty (困难程度)' })
  level!: WorkerHardshipLevel;

  @Field(() => WorkerFileStatus, { description: 'Status of the file (档案状态)' })
  status!: WorkerFileStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Opened on (建档日期); null when de-identified',
  })
  openedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Out of difficulty on (解困日期)' })
  closedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Employer (工作单位); null unless the caller may see the whole file',
  })
  employer!: string | null;

  @Field(() => WorkerHardshipReason, {
    nullable: true,
    description: 'Why the worker is in difficulty (致困原因); null unless the caller may see it',
  })
  reason!: WorkerHardshipReason | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Monthly household income per head (家庭月人均收入); null unless the caller may see it',
  })
  householdIncomePerCapita!: bigint | null;

  @Field(() => PersonRef, { description: 'The worker (职工)' })
  person!: { id: string };
}

@ObjectType({ description: 'Union assistance granted to a worker (帮扶救助)' })
export class UnionAssistanceView {
  @Field(() => ID, { description: 'Record id (记录编号)' })
  id!: string;

  @Field(() => UnionAssistanceKind, { description: 'Kind (帮扶类型)' })
  kind!: UnionAssistanceKind;

  @Field(() => MoneyScalar, { description: 'Amount granted (帮扶金额)' })
  amount!: bigint;

  @Field(() => DateScalar, { description: 'Granted on (发放日期)' })
  grantedOn!: string;

  @Field({ description: "The union's assistance number (帮扶单号)" })
  reference!: string;

  @Field(() => PersonRef, { description: 'The worker helped (受助职工)' })
  person!: { id: string };
}

@ObjectType({ description: 'Union service point (职工服务站点)' })
export class UnionServicePointView {
  @Field(() => ID, { description: 'Record id (记录编号)' })
  id!: string;

  @Field({ description: 'Name (名称)' })
  name!: string;

  @Field(() => UnionServicePointKind, { description: 'Kind (站点类型)' })
  kind!: UnionServicePointKind;

  @Field({ description: 'Division it serves (所在区划代码)' })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Opened on (启用日期)' })
  openedOn!: string;

  @Field(() => StationRef, {
    nullable: true,
    description: 'Social work station it sits in (所在社工站)',
  })
  station!: { id: string } | null;
}

@ObjectType({ description: 'Trade union figures over a region subtree (工会数据)' })
export class TradeUnionRegionFigures {
  @Field(() => Int, { description: 'Workers in difficulty with an open file (在档困难职工)' })
  workersInDifficulty!: number;

  @Field(() => Int, { description: 'Of them in deep difficulty (深度困难职工)' })
  deepDifficulty!: number;

  @Field(() => Int, { description: 'Files closed: workers out of difficulty (已解困)' })
  closedFiles!: number;

  @Field(() => Int, { description: 'Union service points (职工服务站点)' })
  servicePoints!: number;

  @Field(() => MoneyScalar, { description: 'Assistance granted to residents (帮扶救助金额)' })
  assistanceGranted!: bigint;

  @Field(() => MoneyScalar, {
    description: 'Union money put into projects bought here (项目投入)',
  })
  contributed!: bigint;
}

@ObjectType({ description: 'What the trade union has at a station (工会在站阵地)' })
export class TradeUnionStationFigures {
  @Field(() => [UnionServicePointView], {
    description: 'Union service points in the station (站内职工服务站点)',
  })
  servicePoints!: UnionServicePointView[];
}

/** The graph's view of a service point. */
export function servicePointView(point: UnionServicePoint): UnionServicePointView {
  return {
    id: point.id,
    name: point.name,
    kind: point.kind,
    regionCode: point.regionCode,
    openedOn: point.openedOn,
    station: point.stationId ? { id: point.stationId } : null,
  };
}

/** The graph's view of an assistance record. */
export function assistanceView(row: UnionAssistance): UnionAssistanceView {
  return {
    id: row.id,
    kind: row.kind,
    amount: BigInt(row.amountFen),
    grantedOn: row.grantedOn,
    reference: row.reference,
    person: { id: row.personId },
  };
}
