import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ServiceArea, ServiceMethod, StationLevel } from '../../../shared/enums.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import type { DateRange } from '../stats.js';
import { TargetGroup } from './enums.js';

@ObjectType({ description: 'Number of stations at one level (各级站点数)' })
export class StationLevelCount {
  @Field(() => StationLevel, { description: 'Station level (层级)' })
  level!: StationLevel;

  @Field(() => Int, { description: 'Stations not closed (站点数)' })
  count!: number;
}

@ObjectType({ description: 'Station coverage of townships (社工站覆盖率) over a region subtree' })
export class RegionCoverage {
  @Field(() => Int, {
    description: 'Townships and streets registered in the subtree (乡镇（街道）数)',
  })
  townships!: number;

  @Field(() => Int, {
    description: 'Townships with an operating township station (已建成运行社工站的乡镇数)',
  })
  townshipsWithStation!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'townshipsWithStation / townships, 0–1 (覆盖率); null without townships',
  })
  rate!: number | null;

  @Field(() => [StationLevelCount], {
    description: 'Stations by level, every level listed (各级站点)',
  })
  stationsByLevel!: StationLevelCount[];
}

@ObjectType({ description: 'Output of one service method (按服务方法统计)' })
export class MethodCount {
  @Field(() => ServiceMethod, { description: 'Method (服务方法)' })
  method!: ServiceMethod;

  @Field(() => Int, {
    description: 'Services recorded: cases, sessions, activities, visits (次数/场次)',
  })
  count!: number;

  @Field(() => Int, { description: 'Person-times (人次)' })
  personTimes!: number;

  @Field(() => Float, { description: 'Service hours (服务时长)' })
  hours!: number;
}

@ObjectType({ description: 'Output in one service area (按服务领域统计)' })
export class ServiceAreaCount {
  @Field(() => ServiceArea, {
    nullable: true,
    description:
      'Service area (服务领域); null for services without one (未分类), such as those recorded before areas were',
  })
  serviceArea!: ServiceArea | null;

  @Field(() => Int, { description: 'Services recorded (服务次数)' })
  services!: number;

  @Field(() => Int, { description: 'Person-times (人次)' })
  personTimes!: number;

  @Field(() => Float, { description: 'Service hours (服务时长)' })
  hours!: number;
}

@ObjectType({ description: 'Output for one group served (按服务对象类别统计)' })
export class TargetGroupCount {
  @Field(() => TargetGroup, {
    nullable: true,
    description:
      'Group served (服务对象类别); null for services naming none, such as those recorded before groups were',
  })
  targetGroup!: TargetGroup | null;

  @Field(() => Int, { description: 'Services recorded for the group (服务次数)' })
  services!: number;

  @Field(() => Int, { description: 'Person-times of those services (人次)' })
  personTimes!: number;

  @Field(() => Float, { description: 'Service hours of those services (服务时长)' })
  hours!: number;
}

@ObjectType({ description: 'Service output (服务成效) over a region subtree' })
export class ServiceStats {
  /** The region and period these figures cover, for the breakdowns computed when asked. */
  key!: { code: string } & DateRange;

  @Field(() => [MethodCount], { description: 'By method, every method listed (按方法)' })
  byMethod!: MethodCount[];

  @Field(() => Int, { description: 'Services recorded (服务次数)' })
  services!: number;

  @Field(() => Int, { description: 'Person-times served (服务人次)' })
  personTimes!: number;

  @Field(() => Float, { description: 'Service hours (服务时长)' })
  hours!: number;

  @Field(() => Int, { description: 'Households visited at home (入户走访户数)' })
  householdsVisited!: number;
}

@ObjectType({ description: 'Social work manpower (社工人才队伍) over a region subtree' })
export class Workforce {
  @Field(() => Int, { description: 'Social work talents registered (社会工作人才)' })
  socialWorkers!: number;

  @Field(() => Int, { description: 'Holding a national qualification (持证社工)' })
  certified!: number;

  @Field(() => Int, { description: 'Full-time at a station (专职社工)' })
  fullTime!: number;
}

@ObjectType({ description: 'Temporary assistance (临时救助) granted over a region subtree' })
export class AssistanceSummary {
  @Field(() => Int, { description: 'Households assisted (救助户数)' })
  households!: number;

  @Field(() => Int, { description: 'Grants made (救助次数)' })
  grants!: number;

  @Field(() => MoneyScalar, { description: 'Amount granted (救助金额)' })
  amount!: bigint;
}
