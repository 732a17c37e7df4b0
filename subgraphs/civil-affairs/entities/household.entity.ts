import type { Opt } from '@mikro-orm/core';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { DepartmentRecord } from '../../../shared/db/record.js';
import type { HouseholdCategory, HouseholdEventKind, HouseholdRelation } from './enums.js';
import { Person } from './person.entity.js';
import { Region } from './region.entity.js';

/**
 * A household (户) of the shared register: the people who live together under one head, in one
 * village. Who belongs to it now is in `household_members`; every change, in the append-only
 * `household_membership_events`. Any department's case team may register one (the register is
 * shared); its categories are civil affairs' record of assistance.
 */
@Entity({ tableName: 'households' })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class Household extends BaseEntity {
  /** The village of the household's address: who may see the household follows it. */
  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  @Property({ type: 'text[]' })
  categories!: HouseholdCategory[];

  @Index()
  @ManyToOne(() => Person, { mapToPk: true, fieldName: 'head_person_id' })
  headPersonId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'string', length: 120 })
  keyScope: string & Opt = '';

  @Property({ type: 'string', length: 64, nullable: true })
  requestFingerprint?: string | null;
}

/**
 * A person's membership of a household, from the day they joined to the day they left; a person
 * is a current member (`left_on` null) of one household at most, which a partial unique index of
 * the database keeps.
 */
@Entity({ tableName: 'household_members' })
export class HouseholdMember extends DepartmentRecord {
  @Index()
  @ManyToOne(() => Household, { mapToPk: true, fieldName: 'household_id' })
  householdId!: string;

  @Index()
  @ManyToOne(() => Person, { mapToPk: true, fieldName: 'person_id' })
  personId!: string;

  @Property({ type: 'string', length: 20 })
  relation!: HouseholdRelation;

  @Property({ type: 'date' })
  joinedOn!: string;

  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;
}

/** One change of a household's membership (append-only: the database refuses updates). */
@Entity({ tableName: 'household_membership_events' })
export class HouseholdMembershipEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @ManyToOne(() => Household, { mapToPk: true, fieldName: 'household_id' })
  householdId!: string;

  @Property({ type: 'string', length: 20 })
  kind!: HouseholdEventKind;

  /** Who joined or left, or the new head. */
  @ManyToOne(() => Person, { mapToPk: true, fieldName: 'person_id' })
  personId!: string;

  /** The person's relation to the head after the change (before it, for LEFT). */
  @Property({ type: 'string', length: 20 })
  relation!: HouseholdRelation;

  /** For HEAD_CHANGED: the head before. */
  @ManyToOne(() => Person, {
    mapToPk: true,
    nullable: true,
    fieldName: 'former_head_person_id',
  })
  formerHeadPersonId: string | null = null;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  /** Subject of the token of who recorded it, or `system`. */
  @Property({ type: 'string', length: 200 })
  bySubject!: string;

  @Property({ type: 'string', length: 40 })
  byDepartment!: string;

  /** Why (说明). */
  @Property({ type: 'string', length: 1000, nullable: true })
  reason: string | null = null;
}
