import { ArrayMaxSize, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../../../shared/enums.js';
import type { BenefitKind, BenefitProgramme } from '../../../shared/ledger/benefit.js';
import { BENEFIT_PROGRAMMES } from '../../../shared/ledger/outbox.js';
import { HouseholdCategory } from './enums.js';
import { PeriodBound } from '../../../shared/input/fields.js';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.js';
import type { Benefit } from '../entities/index.js';

/** The ledger's programmes and kinds, as the graph names them: the kit's lists, described. */
export const BenefitProgrammeValue = Object.fromEntries(
  Object.keys(BENEFIT_PROGRAMMES).map((programme) => [programme, programme]),
) as { readonly [P in BenefitProgramme]: P };
const PROGRAMME_DESCRIPTIONS: Record<BenefitProgramme, { description: string }> = {
  TEMPORARY_ASSISTANCE: { description: 'Temporary assistance, civil affairs (临时救助)' },
  UNION_ASSISTANCE: { description: 'Union assistance, trade union (工会帮扶)' },
  ASSISTIVE_DEVICE: { description: "Assistive device, disabled persons' federation (辅具)" },
  REHABILITATION: { description: "Rehabilitation service, disabled persons' federation (康复)" },
  YOUTH_PROGRAMME: { description: 'A place in a youth programme, Youth League (青少年项目)' },
  CHARITY_GRANT: { description: 'Charity grant to a person (慈善救助)' },
};
registerEnumType(BenefitProgrammeValue, {
  name: 'BenefitProgramme',
  description: 'The programme a benefit was given through (帮扶项目)',
  valuesConfig: PROGRAMME_DESCRIPTIONS,
});

const KIND_DESCRIPTIONS: Record<BenefitKind, { description: string }> = {
  CASH: { description: 'Money (现金)' },
  IN_KIND: { description: 'Goods (实物)' },
  SERVICE: { description: 'A service (服务)' },
};
export const BenefitKindValue = Object.fromEntries(
  Object.keys(KIND_DESCRIPTIONS).map((kind) => [kind, kind]),
) as { readonly [K in BenefitKind]: K };
registerEnumType(BenefitKindValue, {
  name: 'BenefitKind',
  description: 'What form the help took (帮扶形式)',
  valuesConfig: KIND_DESCRIPTIONS,
});

@ObjectType('Benefit', {
  description:
    "One department's help to a person in the ledger across departments (救助帮扶台账), built from that department's own record",
})
export class BenefitView {
  @Field(() => Department, { description: 'Department that gave it' })
  department!: Department;

  @Field(() => BenefitProgrammeValue, { description: 'Programme (帮扶项目)' })
  programme!: BenefitProgramme;

  @Field(() => BenefitKindValue, { description: 'Form (帮扶形式)' })
  kind!: BenefitKind;

  @Field(() => DateScalar, { description: 'Given on (发放日期)' })
  givenOn!: string;

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

export function toBenefitView(row: Benefit): BenefitView {
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

@ArgsType()
export class BenefitOverlapArgs {
  @Field(() => String, { description: 'Division searched (排查范围)' })
  regionCode!: string;

  @PeriodBound('First day of the period (起始日期)')
  from?: string | null;

  @PeriodBound('Last day of the period (截止日期)')
  to?: string | null;

  @Field(() => Int, { defaultValue: 2, description: 'Least departments, 2 to 6' })
  @Min(2)
  @Max(6)
  minDepartments!: number;

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
