import { Field, ObjectType } from 'type-graphql';
import { Department } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.js';
import type { Household } from '../entities/index.js';
import { HouseholdCategory, HouseholdEventKind, HouseholdRelation } from './enums.js';
import { PersonView } from './person.js';
import { recordFields, RecordView } from './record.js';

/**
 * A household of the register. Its village, address and categories are personal data: the
 * resolver decides what each caller sees of them, so the view carries them without exposing any.
 */
@ObjectType('Household', {
  description:
    'Household (户) in the shared register: the people who live together under one head, in one village',
})
export class HouseholdView extends RecordView {
  @Field(() => Department, { description: 'Department whose case team registered it (登记部门)' })
  recordedByDepartment!: Department;

  regionCode!: string;
  address!: string | null;
  categories!: HouseholdCategory[];
  headPersonId!: string;
}

export const HouseholdConnection = connectionType(HouseholdView, 'Household', 'households (户)');

export function toHouseholdView(row: Household): HouseholdView {
  return {
    ...recordFields(row),
    recordedByDepartment: row.recordedByDepartment as Department,
    regionCode: row.regionCode,
    address: row.address,
    categories: row.categories,
    headPersonId: row.headPersonId,
  };
}

@ObjectType('HouseholdMember', { description: 'A current member of a household (家庭成员)' })
export class HouseholdMemberView {
  @Field(() => PersonView, { nullable: true, description: 'The member (成员)' })
  person!: PersonView | null;

  @Field(() => HouseholdRelation, { description: 'Relation to the head (与户主关系)' })
  relation!: HouseholdRelation;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Joined the household on (迁入日期); null for analysts',
  })
  joinedOn!: string | null;
}

@ObjectType('HouseholdMembershipEvent', {
  description: "A change of a household's membership (成员变动记录), oldest first",
})
export class HouseholdMembershipEventView {
  @Field(() => HouseholdEventKind, { description: 'What happened' })
  kind!: HouseholdEventKind;

  @Field(() => PersonView, {
    nullable: true,
    description: 'Who joined or left, or the new head',
  })
  person!: PersonView | null;

  @Field(() => HouseholdRelation, {
    description: "The person's relation to the head after the change (before it, for LEFT)",
  })
  relation!: HouseholdRelation;

  @Field(() => PersonView, { nullable: true, description: 'For HEAD_CHANGED: the head before' })
  formerHead!: PersonView | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it took effect (生效日期); null for analysts',
  })
  effectiveOn!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was recorded (记录时间); null for analysts',
  })
  at!: Date | null;

  @Field(() => Department, { description: 'Department of who recorded it' })
  byDepartment!: Department;

  @Field(() => String, {
    nullable: true,
    description: 'Why (变动原因): for case teams; null for analysts',
  })
  reason!: string | null;
}
