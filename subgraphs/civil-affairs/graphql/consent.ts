import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Department } from '../../../shared/enums.js';
import { EventOn, PersonRegionCode } from '../../../shared/input/fields.js';
import { FreeText, TermEndDate } from '../../../shared/input/rules.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { Consent } from '../entities/index.js';
import { ConsentGiver, ConsentPurpose, DataCategory } from './enums.js';
import { recordFields, RecordView } from './record.js';

@ObjectType('Consent', {
  description:
    "A consent to share a person's data (知情同意): which departments may receive which categories for which purposes",
})
export class ConsentView extends RecordView {
  @Field(() => ConsentGiver, { description: 'Who gave it (同意人)' })
  givenBy!: ConsentGiver;

  @Field(() => String, { nullable: true, description: 'Guardian who gave it (监护人姓名)' })
  guardianName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Guardian’s relation to the person (与本人关系)',
  })
  guardianRelation!: string | null;

  @Field({ description: 'The person cannot consent themselves (无民事行为能力)' })
  lacksCapacity!: boolean;

  @Field(() => [Department], { description: 'Departments that may receive the data (接收部门)' })
  departments!: Department[];

  @Field(() => [DataCategory], { description: 'Categories of data (信息类别)' })
  categories!: DataCategory[];

  @Field(() => [ConsentPurpose], { description: 'Purposes (使用目的)' })
  purposes!: ConsentPurpose[];

  @Field(() => DateScalar, { description: 'Given on (签署日期)' })
  givenOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Expires on (有效期至)' })
  expiresOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Withdrawn on (撤回日期)' })
  withdrawnOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn (撤回原因)' })
  withdrawalReason!: string | null;

  @Field(() => Department, { description: 'Department that recorded it (登记部门)' })
  recordedByDepartment!: Department;

  personId!: string;
}

export function toConsentView(row: Consent): ConsentView {
  return {
    ...recordFields(row),
    givenBy: row.givenBy,
    guardianName: row.guardianName,
    guardianRelation: row.guardianRelation,
    lacksCapacity: row.lacksCapacity,
    departments: row.departments as Department[],
    categories: row.categories,
    purposes: row.purposes,
    givenOn: row.givenOn,
    expiresOn: row.expiresOn,
    withdrawnOn: row.withdrawnOn,
    withdrawalReason: row.withdrawalReason,
    recordedByDepartment: row.recordedByDepartment as Department,
    personId: row.personId,
  };
}

@InputType({ description: "A person's consent to share their data (登记知情同意)" })
export class RecordConsentInput {
  @Field(() => ID, { description: 'Person whose data it is (服务对象)' })
  @IsUUID()
  personId!: string;

  @PersonRegionCode()
  personRegionCode?: string | null;

  @Field(() => ConsentGiver, {
    description: 'Who gives it: a guardian for a child under 14 or a person without capacity',
  })
  givenBy!: ConsentGiver;

  @Field(() => String, { nullable: true, description: 'Guardian’s name, when a guardian gives it' })
  @IsOptional()
  @Length(1, 100)
  guardianName?: string | null;

  @Field(() => String, { nullable: true, description: 'Guardian’s relation, e.g. 母亲, 祖父' })
  @IsOptional()
  @Length(1, 40)
  guardianRelation?: string | null;

  @Field({ defaultValue: false, description: 'The person cannot consent themselves' })
  @IsBoolean()
  lacksCapacity!: boolean;

  @Field(() => [Department], { description: 'Departments that may receive the data' })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  departments!: Department[];

  @Field(() => [DataCategory], { description: 'Categories of data' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  categories!: DataCategory[];

  @Field(() => [ConsentPurpose], { description: 'Purposes' })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  purposes!: ConsentPurpose[];

  @EventOn('Given on (签署日期), not after today')
  givenOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Expires on; open-ended when omitted' })
  @TermEndDate()
  expiresOn?: string | null;
}

@InputType({ description: 'Withdrawal of a consent (撤回同意): sharing stops at once' })
export class WithdrawConsentInput {
  @Field(() => ID, { description: 'The consent' })
  @IsUUID()
  consentId!: string;

  @EventOn('Withdrawn on (撤回日期), not after today')
  withdrawnOn!: string;

  @Field({ description: 'Why (撤回原因)' })
  @FreeText()
  @Length(1, 1000)
  reason!: string;
}
