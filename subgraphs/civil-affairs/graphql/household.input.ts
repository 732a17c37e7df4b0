import { ArrayMaxSize, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EventOn, IdempotencyKey, RegionFilter } from '../../../shared/input/fields.js';
import { FreeText } from '../../../shared/input/rules.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { HouseholdCategory, HouseholdRelation } from './enums.js';

@InputType({ description: 'Which households to list (户筛选)' })
export class HouseholdFilter extends RegionFilter {
  @Field(() => HouseholdCategory, {
    nullable: true,
    description: 'Only households in this category',
  })
  category?: HouseholdCategory | null;

  @Field(() => String, {
    nullable: true,
    description: "Only households whose head's name begins with this (户主姓名), for case teams",
  })
  @IsOptional()
  @Length(1, 100)
  headName?: string | null;
}

@InputType({ description: 'A member of a household to register (家庭成员)' })
export class HouseholdMemberInput {
  @Field(() => ID, { description: 'The member, a person of the register (成员)' })
  @IsUUID()
  personId!: string;

  @Field(() => HouseholdRelation, { description: 'Relation to the head (与户主关系)' })
  relation!: HouseholdRelation;
}

@InputType({ description: 'A household to register (登记家庭户)' })
export class RegisterHouseholdInput {
  @Field(() => ID, { description: 'The head of the household (户主)' })
  @IsUUID()
  headPersonId!: string;

  @Field(() => [HouseholdMemberInput], {
    defaultValue: [],
    description:
      'The other members; the head may be listed too, as HEAD, and is the only HEAD (up to 30)',
  })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  members!: HouseholdMemberInput[];

  @Field(() => String, {
    nullable: true,
    description: "Village of the household (所在村/社区); the head's division when omitted",
  })
  @IsOptional()
  @IsDivisionCode(['VILLAGE'])
  villageCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Address (住址)' })
  @IsOptional()
  @Length(1, 300)
  address?: string | null;

  @Field(() => [HouseholdCategory], {
    defaultValue: [],
    description: 'Categories (户类别), kept by civil affairs',
  })
  @ArrayMaxSize(8)
  categories!: HouseholdCategory[];

  @EventOn('Day the members joined (建户日期), not after today')
  joinedOn!: string;

  @IdempotencyKey('Chosen by the writing system: a retry returns the same household')
  idempotencyKey?: string | null;
}

/** The first fields of every change of a household: which, and the day it took effect. */
@InputType()
export abstract class HouseholdChangeInput {
  @Field(() => ID, { description: 'The household (户)' })
  @IsUUID()
  householdId!: string;

  @Field(() => ID, { description: 'The person concerned (成员)' })
  @IsUUID()
  personId!: string;

  @EventOn('Day the change took effect: not after today')
  on!: string;
}

@InputType({ description: 'A person joining a household (成员迁入)' })
export class AddHouseholdMemberInput extends HouseholdChangeInput {
  @Field(() => HouseholdRelation, { description: 'Relation to the head, not HEAD (与户主关系)' })
  relation!: HouseholdRelation;

  @Field(() => String, { nullable: true, description: 'Why (说明)' })
  @IsOptional()
  @FreeText()
  @Length(1, 1000)
  reason?: string | null;
}

@InputType({ description: 'A member leaving a household (成员迁出)' })
export class RemoveHouseholdMemberInput extends HouseholdChangeInput {
  @Field({ description: 'Why (迁出原因)' })
  @FreeText()
  @Length(1, 1000)
  reason!: string;
}

@InputType({ description: 'A member becoming the head of the household (户主变更)' })
export class ChangeHouseholdHeadInput extends HouseholdChangeInput {
  @Field({ description: 'Why (变更原因)' })
  @FreeText()
  @Length(1, 1000)
  reason!: string;

  @Field(() => HouseholdRelation, {
    defaultValue: HouseholdRelation.OTHER,
    description: 'Relation of the former head to the new one, not HEAD',
  })
  formerHeadRelation!: HouseholdRelation;
}

@InputType({ description: "A household's categories, replacing the last ones (户类别)" })
export class SetHouseholdCategoriesInput {
  @Field(() => ID, { description: 'The household (户)' })
  @IsUUID()
  householdId!: string;

  @Field(() => [HouseholdCategory], { description: 'Categories (户类别)' })
  @ArrayMaxSize(8)
  categories!: HouseholdCategory[];
}
