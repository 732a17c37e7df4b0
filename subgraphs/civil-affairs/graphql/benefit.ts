import { ArrayMaxSize, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Department } from '../../../shared/enums.js';
import type { BenefitProgramme } from '../../../shared/ledger/benefit.js';
import { BenefitProgrammeValue, GivenHelp } from '../../../shared/ledger/graphql.js';
import { HouseholdCategory } from './enums.js';
import { PeriodBound } from '../../../shared/input/fields.js';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.js';
import type { Benefit } from '../entities/index.js';

@ObjectType('Benefit', {
  description:
    "One department's help to a person in the ledger across departments (救助帮扶台账), built from that department's own record",
})
export class BenefitView extends GivenHelp {
  @Field(() => Int, { nullable: true, description: 'Goods or service units (数量)' })
  quantity!: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity (单位)' })
  unit!: string | null;

  @Field({ description: 'Withdrawn by a reversing entry: not help given any more (已冲正)' })
  reversed!: boolean;

  @Field(() => DateTimeScalar, { description: 'When the ledger learned of it' })
  appliedAt!: Date;

  /** Fen; `amount` shows it by the rule of the giving department's assistance. */
  amountFen!: bigint | null;
  personId!: string | null;
  regionCode!: string;
}

/** What a benefit view is made of: a row of the read model, money in fen as read. */
export type BenefitFields = Pick<
  Benefit,
  | 'department'
  | 'programme'
  | 'kind'
  | 'givenOn'
  | 'quantity'
  | 'unit'
  | 'reversed'
  | 'appliedAt'
  | 'personId'
  | 'regionCode'
> & { amountFen: bigint | string | null };

export function toBenefitView(row: BenefitFields): BenefitView {
  return {
    department: row.department as Department,
    programme: row.programme,
    kind: row.kind,
    givenOn: row.givenOn,
    quantity: row.quantity,
    unit: row.unit,
    reversed: row.reversed,
    appliedAt: row.appliedAt,
    amountFen: row.amountFen === null ? null : BigInt(row.amountFen),
    personId: row.personId,
    regionCode: row.regionCode,
  };
}

@ObjectType('BenefitOverlap', {
  description: 'A person helped by several departments within one window (多部门重复帮扶)',
})
export class BenefitOverlapView {
  @Field(() => Int, { description: 'Departments that helped within the window' })
  departments!: number;

  @Field(() => DateScalar, { description: 'First day of the window' })
  windowStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the window' })
  windowEnd!: string;

  personId!: string;
}

/** Which help of the ledger a search or a count looks at. */
@ArgsType()
export class BenefitFiguresArgs {
  @Field(() => String, { description: 'Division searched (排查范围)' })
  regionCode!: string;

  @PeriodBound('First day of the period (起始日期)')
  from?: string | null;

  @PeriodBound('Last day of the period (截止日期)')
  to?: string | null;

  @Field(() => Int, { defaultValue: 90, description: 'Days the help falls within, 1 to 366' })
  @Min(1)
  @Max(366)
  windowDays!: number;

  @Field(() => [BenefitProgrammeValue], {
    nullable: true,
    description: 'Only these programmes; all when omitted',
  })
  @ArrayMaxSize(6)
  programmes?: BenefitProgramme[] | null;
}

@ArgsType()
export class BenefitOverlapArgs extends BenefitFiguresArgs {
  @Field(() => Int, { defaultValue: 2, description: 'Least departments, 2 to 6' })
  @Min(2)
  @Max(6)
  minDepartments!: number;

  @Field(() => Int, { defaultValue: 50, description: 'Most people returned, 1 to 200' })
  @Min(1)
  @Max(200)
  first!: number;
}

@ObjectType('LedgerSource', {
  description: "How far the ledger has applied one department's outbox (台账同步进度)",
})
export class LedgerSourceView {
  @Field(() => Department, { description: 'Department' })
  department!: Department;

  @Field({ description: 'Last outbox position applied' })
  appliedSeq!: string;

  @Field(() => Int, {
    description:
      'Seconds the oldest snapshot not yet applied has waited, at the last look; 0 when none',
  })
  lagSeconds!: number;

  @Field(() => DateTimeScalar, { description: 'When the consumer last applied' })
  updatedAt!: Date;
}

@ArgsType()
export class BenefitGapArgs {
  @Field(() => String, { description: 'Division searched (排查范围)' })
  regionCode!: string;

  @Field(() => HouseholdCategory, { description: 'Households of this category (户类别)' })
  category!: HouseholdCategory;

  @Field(() => Int, { defaultValue: 6, description: 'Months without help, 1 to 36' })
  @Min(1)
  @Max(36)
  months!: number;

  @Field(() => Int, { defaultValue: 50, description: 'Most households returned, 1 to 200' })
  @Min(1)
  @Max(200)
  first!: number;
}

@ObjectType('DepartmentPairFigure', {
  description: 'People two departments both helped within the window (两部门重复帮扶人数)',
})
export class DepartmentPairFigureView {
  @Field(() => [Department], { description: 'The two departments' })
  departments!: Department[];

  @Field(() => Int, {
    nullable: true,
    description: 'People both helped; null when suppressed (fewer than 5, for analysts)',
  })
  people!: number | null;

  @Field({ description: 'The count is too small to be shown to the caller' })
  suppressed!: boolean;
}

@ObjectType('BenefitOverlapFigures', {
  description:
    'Overlapping help in a division, counted (重复帮扶统计): for dashboards; counts of people under 5 are suppressed for analysts',
})
export class BenefitOverlapFiguresView {
  @Field({ description: 'Division counted' })
  regionCode!: string;

  @Field(() => Int, { description: 'Days apart that still count as overlapping' })
  windowDays!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'People helped by any department in the period; null when suppressed',
  })
  helped!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'People helped by two or more departments within the window; null when suppressed',
  })
  overlapping!: number | null;

  @Field(() => [DepartmentPairFigureView], {
    description: 'Each pair of departments that both helped someone, most people first',
  })
  pairs!: DepartmentPairFigureView[];
}

@ObjectType('UnservedVillage', {
  description:
    'A village with registered people that no help or service reached lately (服务空白村): where outreach has missed',
})
export class UnservedVillageView {
  @Field(() => Int, {
    nullable: true,
    description: 'People registered there; null when suppressed (fewer than 5, for analysts)',
  })
  people!: number | null;

  @Field({ description: 'The count is too small to be shown to the caller' })
  suppressed!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day anyone there was helped or served; null when never',
  })
  lastServedOn!: string | null;

  regionCode!: string;
}

@ArgsType()
export class UnservedVillageArgs {
  @Field(() => String, { description: 'Division searched (排查范围)' })
  regionCode!: string;

  @Field(() => Int, { defaultValue: 6, description: 'Months without help or service, 1 to 36' })
  @Min(1)
  @Max(36)
  months!: number;

  @Field(() => Int, { defaultValue: 50, description: 'Most villages returned, 1 to 200' })
  @Min(1)
  @Max(200)
  first!: number;
}
