import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import {
  ChildrenHomeStatus,
  FamilyServiceKind,
  WomenChildCaseKind,
  WomenChildCaseStatus,
} from '../entities/index.js';
import { StationRef } from '../references.js';
import { EventDate, FreeText } from '../../../shared/input/rules.js';

@ObjectType({ description: "Children's home (儿童之家)" })
export class ChildrenHomeView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (名称)' })
  name!: string;

  @Field({ description: 'Village or community code (所在村/社区)' })
  villageCode!: string;

  @Field(() => DateScalar)
  openedOn!: string;

  @Field(() => ChildrenHomeStatus)
  status!: ChildrenHomeStatus;

  @Field(() => StationRef, { nullable: true })
  station!: { id: string } | null;
}

@ObjectType({ description: 'Women and children case (妇女儿童个案) as the caller may see it' })
export class WomenChildCaseView {
  @Field(() => WomenChildCaseKind)
  kind!: WomenChildCaseKind;

  @Field(() => WomenChildCaseStatus)
  status!: WomenChildCaseStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Opened on; null when de-identified' })
  openedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  closedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Summary (个案摘要): only for the federation's supervisors who state a purpose",
  })
  summary!: string | null;
}

@ObjectType({ description: "What the women's federation does at a station (妇联在站服务)" })
export class WomenFederationStationFigures {
  @Field(() => [ChildrenHomeView], { description: "Children's homes the station supports" })
  childrenHomes!: ChildrenHomeView[];

  @Field(() => Int, { description: 'Family services (家庭服务场次)' })
  familyServices!: number;

  @Field(() => Int, { description: 'Households served (服务户数)' })
  householdsServed!: number;

  @Field(() => Int, { description: 'Person-times (服务人次)' })
  personTimes!: number;
}

@ObjectType({ description: "Women's federation figures over a region subtree (妇联数据)" })
export class WomenFederationRegionFigures {
  @Field(() => Int, { description: "Operating children's homes (儿童之家)" })
  childrenHomes!: number;

  @Field(() => Int, { description: "Villages and communities with a children's home" })
  villagesWithChildrenHome!: number;

  @Field(() => Int, { description: 'Open cases (在办个案)' })
  openCases!: number;

  @Field(() => Int, { description: 'Family services (家庭服务场次)' })
  familyServices!: number;

  @Field(() => Int, { description: 'Households served (服务户数)' })
  householdsServed!: number;

  @Field(() => Int, { description: 'Person-times (服务人次)' })
  personTimes!: number;

  @Field(() => MoneyScalar, {
    description: 'Federation money put into projects bought here (项目投入)',
  })
  contributed!: bigint;
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field(() => DateScalar)
  @EventDate()
  openedOn!: string;
}

@InputType({ description: 'A case to open (立案); idempotent by case number' })
export class WomenChildCaseInput {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the caller believes the person lives; checked against the register, never taken from here',
  })
  @IsOptional()
  @IsDivisionCode(['TOWNSHIP', 'VILLAGE'])
  personRegionCode?: string | null;

  @Field(() => WomenChildCaseKind)
  kind!: WomenChildCaseKind;

  @Field(() => DateScalar)
  @EventDate()
  openedOn!: string;

  @Field({ description: 'Summary (个案摘要)' })
  @FreeText()
  @Length(1, 4000)
  summary!: string;

  @Field({ description: 'Case number (案件编号)' })
  @Length(1, 100)
  reference!: string;
}

@InputType({ description: 'A family service delivered (记录家庭服务)' })
export class FamilyServiceInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field({ description: 'Division served' })
  @IsDivisionCode()
  regionCode!: string;

  @Field(() => FamilyServiceKind)
  kind!: FamilyServiceKind;

  @Field(() => DateScalar)
  @EventDate()
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  idempotencyKey?: string | null;
}
