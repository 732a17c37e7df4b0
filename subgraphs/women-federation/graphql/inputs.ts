import { IsInt, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  EventOn,
  IdempotencyKey,
  OptionalId,
  PeriodBound,
  PersonRegionCode,
  RegionFilter,
} from '../../../shared/input/fields.js';
import { FreeText } from '../../../shared/input/rules.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import {
  ChildrenHomeStatus,
  FamilyServiceKind,
  WomenChildCaseKind,
  WomenChildCaseStatus,
} from './enums.js';

@InputType({ description: "Which children's homes to list" })
export class ChildrenHomeFilter extends RegionFilter {
  @Field(() => ChildrenHomeStatus, { nullable: true })
  status?: ChildrenHomeStatus | null;
}

@InputType({
  description: "A children's home to register (登记儿童之家); idempotent by village and name",
})
export class ChildrenHomeInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Village or community code (12 digits)' })
  @IsDivisionCode(['VILLAGE'])
  villageCode!: string;

  @OptionalId()
  stationId?: string | null;

  @EventOn()
  openedOn!: string;
}

@InputType({ description: 'A case to open (立案); idempotent by case number' })
export class WomenChildCaseInput {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @PersonRegionCode()
  personRegionCode?: string | null;

  @Field(() => WomenChildCaseKind)
  kind!: WomenChildCaseKind;

  @EventOn()
  openedOn!: string;

  @Field({ description: 'Summary (个案摘要)' })
  @FreeText()
  @Length(1, 4000)
  summary!: string;

  @Field({ description: 'Case number (案件编号)' })
  @Length(1, 100)
  reference!: string;
}

@InputType({ description: 'Which women and children cases to list (妇女儿童个案筛选)' })
export class WomenChildCaseFilter extends RegionFilter {
  @Field(() => WomenChildCaseKind, { nullable: true, description: 'Only this kind (个案类型)' })
  kind?: WomenChildCaseKind | null;

  @Field(() => WomenChildCaseStatus, {
    nullable: true,
    description: 'Only cases in this status (个案状态)',
  })
  status?: WomenChildCaseStatus | null;

  @PeriodBound('Opened on or after (立案日期起)')
  from?: string | null;

  @PeriodBound('Opened on or before (立案日期止)')
  to?: string | null;
}

@InputType({ description: 'Which family services to list (家庭服务筛选)' })
export class FamilyServiceFilter extends RegionFilter {
  @OptionalId('Only services of this station (服务站点)')
  stationId?: string | null;

  @Field(() => FamilyServiceKind, { nullable: true, description: 'Only this kind (服务类型)' })
  kind?: FamilyServiceKind | null;

  @PeriodBound('Served on or after (服务日期起)')
  from?: string | null;

  @PeriodBound('Served on or before (服务日期止)')
  to?: string | null;
}

@InputType({ description: 'A family service delivered (记录家庭服务)' })
export class FamilyServiceInput {
  @OptionalId()
  stationId?: string | null;

  @Field({ description: 'Division served' })
  @IsDivisionCode()
  regionCode!: string;

  @Field(() => FamilyServiceKind)
  kind!: FamilyServiceKind;

  @EventOn()
  servedOn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100000)
  households!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100000)
  personTimes!: number;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}
