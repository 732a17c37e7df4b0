import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import type {
  SocialWorkerAllowance,
  SocialWorkerReward,
  SocialWorkerTraining,
} from '../entities/index.js';
import { Certification, DesignationKind, DesignationLevel, Employment } from './enums.js';

// A social worker's file beyond the post, and the region figures made of such files.

@ObjectType({ description: 'A training a social worker attended (培训记录)' })
export class SocialWorkerTrainingView {
  @Field(() => DateScalar, { description: 'Day (日期)' })
  trainedOn!: string;

  @Field(() => Int, { description: 'Hours (学时)' })
  hours!: number;

  @Field({ description: 'Topic (主题)' })
  topic!: string;

  @Field({ description: 'Office or organisation that ran it (主办单位)' })
  organiser!: string;
}

export const toTrainingView = (row: SocialWorkerTraining): SocialWorkerTrainingView => ({
  trainedOn: row.trainedOn,
  hours: row.hours,
  topic: row.topic,
  organiser: row.organiser,
});

@ObjectType({ description: 'A monthly allowance paid to a social worker (津贴补贴)' })
export class SocialWorkerAllowanceView {
  @Field({ description: 'Allowance (名称), e.g. 社工职业津贴' })
  title!: string;

  @Field(() => MoneyScalar, { description: 'Amount a month (月标准)' })
  monthlyAmount!: bigint;

  @Field(() => DateScalar, { description: 'Paid from (起始日期)' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Paid until; null while still paid' })
  endsOn!: string | null;
}

export const toAllowanceView = (row: SocialWorkerAllowance): SocialWorkerAllowanceView => ({
  title: row.title,
  monthlyAmount: row.monthlyAmountFen,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
});

@ObjectType({ description: 'A reward or honour a social worker received (表彰奖励)' })
export class SocialWorkerRewardView {
  @Field({ description: 'Title (荣誉名称)' })
  title!: string;

  @Field(() => DateScalar, { description: 'Day given (日期)' })
  awardedOn!: string;

  @Field({ description: 'Body that gave it (授予单位)' })
  awardedBy!: string;
}

export const toRewardView = (row: SocialWorkerReward): SocialWorkerRewardView => ({
  title: row.title,
  awardedOn: row.awardedOn,
  awardedBy: row.awardedBy,
});

@ObjectType({ description: 'Certified workers at one level (按资格等级)' })
export class CertificationCount {
  @Field(() => Certification, { description: 'Qualification (资格等级)' })
  certification!: Certification;

  @Field(() => Int, { description: 'Workers holding it (人数)' })
  workers!: number;
}

@ObjectType({ description: 'Workers of one employment (按用工性质)' })
export class EmploymentCount {
  @Field(() => Employment, { description: 'Employment (用工性质)' })
  employment!: Employment;

  @Field(() => Int, { description: 'Workers (人数)' })
  workers!: number;

  @Field(() => Int, { description: 'Of them certified (持证人数), by the same day rule' })
  certified!: number;
}

@ObjectType({
  description:
    "Social workers' qualifications, employment and allowances over a region subtree (人才队伍明细)",
})
export class WorkforceDetail {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day of the figures; null: as registered now',
  })
  asOf!: string | null;

  @Field(() => Int, {
    description:
      'Certified on or before the day (持证社工); every certified worker when asOf is null',
  })
  certified!: number;

  @Field(() => [CertificationCount], { description: 'Certified by level, every level listed' })
  certifiedByLevel!: CertificationCount[];

  @Field(() => Int, {
    description:
      'Certified workers whose date is not recorded, left out of figures on a day (未记录取证日期)',
  })
  undated!: number;

  @Field(() => [EmploymentCount], { description: 'Workers by employment, every kind listed' })
  byEmployment!: EmploymentCount[];

  @Field(() => Int, { description: 'Workers paid an allowance on the day (享受津贴人数)' })
  allowanceRecipients!: number;

  @Field(() => MoneyScalar, { description: 'Allowances in force on the day, a month (月津贴)' })
  monthlyAllowances!: bigint;

  @Field(() => MoneyScalar, { description: 'The same for a year, twelve months (年津贴)' })
  annualAllowances!: bigint;
}

@ObjectType({ description: 'Growth of certified workers between two days (持证社工增幅)' })
export class CertificationGrowth {
  @Field(() => DateScalar, { description: 'The earlier day' })
  since!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The later day; null: now' })
  asOf!: string | null;

  @Field(() => Int, { description: 'Certified on the earlier day' })
  certifiedSince!: number;

  @Field(() => Int, { description: 'Certified on the later day' })
  certifiedAsOf!: number;

  @Field(() => Float, {
    nullable: true,
    description: '(later − earlier) / earlier, e.g. 4.6 for +460%; null when none were earlier',
  })
  growth!: number | null;
}

@ObjectType({ description: 'Stations with one designation (按试点/示范统计)' })
export class DesignationCount {
  @Field(() => DesignationKind, { description: 'Pilot or demonstration' })
  kind!: DesignationKind;

  @Field(() => DesignationLevel, { description: 'Level that gave it' })
  level!: DesignationLevel;

  @Field(() => Int, { description: 'Stations (站点数)' })
  stations!: number;
}

@ObjectType({ description: 'Premises and designations of the stations of a subtree (阵地建设)' })
export class StationFacilities {
  @Field(() => Int, { description: 'Operating township stations (运行中的乡镇社工站)' })
  townshipStations!: number;

  @Field(() => Int, { description: 'Of them with an office of their own (独立办公)' })
  independentOffice!: number;

  @Field(() => Int, { description: 'Of them sharing premises, e.g. with the civil affairs office' })
  sharedOffice!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'independentOffice / (independentOffice + sharedOffice); null when none recorded',
  })
  independentOfficeRate!: number | null;

  @Field(() => Int, { description: 'Of them with sign and plaque up (标识挂牌)' })
  withSignage!: number;

  @Field(() => [DesignationCount], { description: 'Stations of every level by designation' })
  designations!: DesignationCount[];
}
