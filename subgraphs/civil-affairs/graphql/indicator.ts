import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import {
  Department,
  FundLevel,
  FundSource,
  RegionLevel,
  ServiceArea,
  ServiceMethod,
  StationLevel,
} from '../../../shared/enums.js';
import {
  INDICATOR_DIMENSIONS,
  type IndicatorDimension,
  type MeasureKind,
} from '../../../shared/indicators/measures.js';
import { BenefitProgrammeValue } from '../../../shared/ledger/graphql.js';
import type { BenefitProgramme } from '../../../shared/ledger/benefit.js';
import { DateScalar } from '../../../shared/scalars.js';
import { Certification, Employment, StationStatus, TargetGroup } from './enums.js';
import type { PeriodGrain } from '../indicators/query.js';

// The indicators in the graph: the catalogue of measures and one table shape for any of them
// by period, division and dimension (in the manner of DHIS2's analytics: data × period × org unit).

const MEASURE_KINDS: Record<MeasureKind, { description: string }> = {
  FLOW: { description: 'Summed over the period (期间累计)' },
  STOCK: { description: 'At the period’s last month-end (期末数)' },
  DISTINCT: { description: 'Distinct people in the period, each counted once (去重人数)' },
};
export const MeasureKindValue = Object.fromEntries(
  Object.keys(MEASURE_KINDS).map((kind) => [kind, kind]),
) as { readonly [K in MeasureKind]: K };
registerEnumType(MeasureKindValue, {
  name: 'MeasureKind',
  description: 'How a measure adds up over a period (汇总方式)',
  valuesConfig: MEASURE_KINDS,
});

const GRAINS: Record<PeriodGrain, { description: string }> = {
  MONTH: { description: 'Months (月), coded 2026-03' },
  QUARTER: { description: 'Quarters (季度), coded 2026-Q1' },
  YEAR: { description: 'Years (年), coded 2026' },
};
export const PeriodGrainValue = Object.fromEntries(
  Object.keys(GRAINS).map((grain) => [grain, grain]),
) as { readonly [G in PeriodGrain]: G };
registerEnumType(PeriodGrainValue, {
  name: 'PeriodGrain',
  description: 'The length of a period (统计周期)',
  valuesConfig: GRAINS,
});

const DIMENSIONS: Record<IndicatorDimension, { description: string }> = {
  DEPARTMENT: { description: 'The department that reports (部门)' },
  SERVICE_AREA: { description: 'Service area (服务领域)' },
  METHOD: { description: 'Service method (服务方法)' },
  TARGET_GROUP: {
    description: 'Group served (服务对象); a record to several groups counts in each',
  },
  STATION_LEVEL: { description: 'Station level (站点层级)' },
  STATION_STATUS: { description: 'Station status (站点状态)' },
  PROGRAMME: { description: 'Benefit programme (帮扶项目)' },
  FUND_SOURCE: { description: 'Fund source (资金来源)' },
  FUND_LEVEL: { description: 'Level of government whose money it is (资金层级)' },
  EMPLOYMENT: { description: 'Employment of a worker (用工形式)' },
  CERTIFICATION: { description: 'Certification of a worker (职业资格)' },
};
export const IndicatorDimensionValue = Object.fromEntries(
  ['DEPARTMENT', ...INDICATOR_DIMENSIONS].map((dimension) => [dimension, dimension]),
) as { readonly [D in IndicatorDimension]: D };
registerEnumType(IndicatorDimensionValue, {
  name: 'IndicatorDimension',
  description: 'What an indicator can be split by (分组维度)',
  valuesConfig: DIMENSIONS,
});

@ObjectType('Measure', {
  description: 'A measure of the catalogue (指标), reported by one or more departments',
})
export class MeasureView {
  @Field({ description: 'Its code, as `indicators(measures:)` takes it' })
  code!: string;

  @Field({ description: 'Chinese name (指标名称)' })
  name!: string;

  @Field({ description: 'Unit (单位): 次, 人次, 小时, 元, 人, 户, 个' })
  unit!: string;

  @Field({ description: 'What it counts' })
  description!: string;

  @Field(() => MeasureKindValue, { description: 'How it adds up over a period' })
  kind!: MeasureKind;

  @Field(() => [Department], { description: 'The departments that report it' })
  departments!: string[];

  @Field(() => [IndicatorDimensionValue], {
    description: 'What it can be split by; DEPARTMENT always',
  })
  dimensions!: IndicatorDimension[];

  @Field({
    description: 'A count of things, never suppressed; counts about people are, for analysts',
  })
  public!: boolean;
}

@InputType({ description: 'The months a table covers and the length of its periods' })
export class PeriodInput {
  @Field({ description: 'First month, YYYY-MM; the first of a quarter or year for those grains' })
  from!: string;

  @Field({
    description: 'Last month, YYYY-MM, included; the last of a quarter or year for those grains',
  })
  to!: string;

  @Field(() => PeriodGrainValue, { description: 'Length of each period' })
  grain!: PeriodGrain;
}

@InputType({
  description:
    'The divisions a table has rows for: `codes`, or the divisions of `level` under `under`',
})
export class IndicatorRegionsInput {
  @Field({
    nullable: true,
    description:
      'The division whose subtree is listed (itself left out); your region when omitted; 100000 for the country',
  })
  under?: string;

  @Field(() => RegionLevel, {
    nullable: true,
    description: 'The level listed under `under`; the level just below it when omitted',
  })
  level?: RegionLevel;

  @Field(() => [String], { nullable: true, description: 'These divisions, at most 200' })
  @IsOptional()
  @ArrayMaxSize(200)
  codes?: string[];
}

@ArgsType()
export class IndicatorArgs {
  @Field(() => [String], { description: 'Measure codes (see `measures`), 1 to 20' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  measures!: string[];

  @Field(() => PeriodInput)
  @ValidateNested()
  period!: PeriodInput;

  @Field(() => IndicatorRegionsInput, {
    nullable: true,
    description: 'The divisions; those just below your region when omitted',
  })
  @IsOptional()
  @ValidateNested()
  regions?: IndicatorRegionsInput;

  @Field(() => [IndicatorDimensionValue], {
    nullable: true,
    description: 'Split by these; a measure without one of them is not split by it',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  by?: IndicatorDimension[];

  @Field(() => [Department], {
    nullable: true,
    description: 'Only what these departments report; every department when omitted',
  })
  @IsOptional()
  departments?: string[];
}

@ObjectType('IndicatorPeriod', { description: 'A period of a table (统计期)' })
export class IndicatorPeriodView {
  @Field({ description: '2026-03, 2026-Q1 or 2026' })
  code!: string;

  @Field(() => DateScalar, { description: 'First day' })
  start!: string;

  @Field(() => DateScalar, { description: 'Last day' })
  end!: string;
}

@ObjectType('IndicatorRegion', { description: 'A division of a table (区划)' })
export class IndicatorRegionView {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;
}

@ObjectType('IndicatorRow', {
  description:
    'One value of a table: a measure in a period and division, for one combination of the asked dimensions (those not asked are null)',
})
export class IndicatorRowView {
  @Field({ description: 'Measure code' })
  measure!: string;

  @Field({ description: 'Period code' })
  period!: string;

  @Field()
  regionCode!: string;

  @Field()
  regionName!: string;

  @Field(() => Department, { nullable: true })
  department!: string | null;

  @Field(() => ServiceArea, { nullable: true })
  serviceArea!: ServiceArea | null;

  @Field(() => ServiceMethod, { nullable: true })
  method!: ServiceMethod | null;

  @Field(() => TargetGroup, { nullable: true })
  targetGroup!: TargetGroup | null;

  @Field(() => StationLevel, { nullable: true })
  stationLevel!: StationLevel | null;

  @Field(() => StationStatus, { nullable: true })
  stationStatus!: StationStatus | null;

  @Field(() => BenefitProgrammeValue, { nullable: true })
  programme!: BenefitProgramme | null;

  @Field(() => FundSource, { nullable: true })
  fundSource!: FundSource | null;

  @Field(() => FundLevel, { nullable: true })
  fundLevel!: FundLevel | null;

  @Field(() => Employment, { nullable: true })
  employment!: Employment | null;

  @Field(() => Certification, { nullable: true })
  certification!: Certification | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The value in the measure’s unit; null when suppressed',
  })
  value!: number | null;

  @Field({ description: 'A small cell (1 to k-1 records or people) hidden from analysts' })
  suppressed!: boolean;
}

@ObjectType('IndicatorTable', {
  description:
    'Indicators as one table (指标表): rows a chart takes as they are, dense over measure × period × division and the dimension values that occur',
})
export class IndicatorTableView {
  @Field(() => [MeasureView])
  measures!: MeasureView[];

  @Field(() => [IndicatorPeriodView])
  periods!: IndicatorPeriodView[];

  @Field(() => [IndicatorRegionView])
  regions!: IndicatorRegionView[];

  @Field(() => [IndicatorRowView])
  rows!: IndicatorRowView[];

  @Field(() => Int, {
    nullable: true,
    description: 'The k of small-cell suppression applied to you; null when none is',
  })
  suppressionK!: number | null;
}
