import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ContributionKind, FundLevel, FundSource } from '../enums.js';
import { EventOn } from '../input/fields.js';
import { Amount } from '../input/rules.js';
import { MoneyScalar } from '../scalars.js';
import { IsDivisionCode } from '../validation.js';

// What a department states when it records money or a gift in kind for a project: checked field
// by field here, then kind by kind and against the project in the kit's rules.

@InputType({ description: 'A performance indicator (绩效指标)' })
export class IndicatorInput {
  @Field({ description: 'What is measured' })
  @Length(1, 100)
  name!: string;

  @Field({ description: 'Unit' })
  @Length(1, 20)
  unit!: string;

  @Field(() => Float, { description: 'Target, 0 or more' })
  @Min(0)
  @Max(1e12)
  target!: number;

  @Field(() => Float, { defaultValue: 0, description: 'Achieved so far, 0 or more' })
  @Min(0)
  @Max(1e12)
  achieved!: number;
}

@InputType({
  description:
    "An allocation of a department's money, or a gift in kind, to a project (部门资金拨付、实物投入)",
})
export class ContributionInput {
  @Field(() => ID, { description: 'Project of the integrated catalogue' })
  @IsUUID()
  projectId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The project's division as the caller believes it; checked against the catalogue, never taken from here",
  })
  @IsOptional()
  @IsDivisionCode()
  projectRegionCode?: string | null;

  @Field(() => ContributionKind, {
    defaultValue: ContributionKind.MONEY,
    description:
      'Money, or what is given in kind: PREMISES need areaSquareMetres and description, GOODS goodsValue and description, VOLUNTEER_HOURS volunteerHours',
  })
  kind!: ContributionKind;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Money, more than zero (金额); only for MONEY',
  })
  @IsOptional()
  @Amount('contribution')
  amount?: bigint | null;

  @Field(() => FundSource, { description: 'Source of the money or the gift (资金来源)' })
  fundSource!: FundSource;

  @Field(() => FundLevel, {
    description:
      'Whose money it is (资金层级): a government level, or NON_GOVERNMENT for charity and linked resources',
  })
  fundLevel!: FundLevel;

  @Field(() => Int, { nullable: true, description: 'PREMISES: area in square metres (场地面积)' })
  @IsOptional()
  @Min(1)
  @Max(10_000_000)
  areaSquareMetres?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'GOODS: their value (物资价值)' })
  @IsOptional()
  @Amount('contribution')
  goodsValue?: bigint | null;

  @Field(() => Int, {
    nullable: true,
    description: 'GOODS: how many items (件数), when counted rather than valued',
  })
  @IsOptional()
  @Min(1)
  @Max(10_000_000)
  goodsCount?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'VOLUNTEER_HOURS: hours given (志愿服务时长)',
  })
  @IsOptional()
  @Min(0.1)
  @Max(10_000_000)
  volunteerHours?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is given (说明), e.g. 乡镇出场地, 图书; needed for PREMISES and GOODS',
  })
  @IsOptional()
  @Length(1, 500)
  description?: string | null;

  @Field({
    description:
      "The department's allocation document number (拨款文号); a retry with it changes nothing",
  })
  @Length(1, 100)
  reference!: string;

  @EventOn('Date of the allocation (拨付日期)')
  contributedOn!: string;

  @Field(() => [IndicatorInput], { defaultValue: [], description: 'Indicators funded' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  indicators!: IndicatorInput[];
}
