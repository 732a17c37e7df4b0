import type { Opt } from '@mikro-orm/core';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import type { ServiceArea } from '../../../shared/enums.js';
import { Case } from './case.entity.js';
import { Consent } from './consent.entity.js';
import type { DataCategory, ReferralState, ReferralUrgency } from './enums.js';
import { Person } from './person.entity.js';
import { Region } from './region.entity.js';
import { Station } from './station.entity.js';
import { StepEvent } from './step-event.js';

/** A referral (转介) of a case to another department, and where it stands. */
@Entity({ tableName: 'referrals' })
@Index({ properties: ['toDepartment', 'state'] })
@Index({ properties: ['fromDepartment', 'state'] })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class Referral extends BaseEntity {
  @Index()
  @ManyToOne(() => Case, { mapToPk: true, fieldName: 'case_id' })
  caseId!: string;

  @Index()
  @ManyToOne(() => Person, { mapToPk: true, fieldName: 'person_id' })
  personId!: string;

  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  /** The department that leads the case: it follows every referral of it, onward ones too. */
  @Index()
  @Property({ type: 'string', length: 40 })
  leadDepartment!: string;

  @Property({ type: 'string', length: 40 })
  fromDepartment!: string;

  @Property({ type: 'string', length: 40 })
  toDepartment!: string;

  @ManyToOne(() => Station, {
    mapToPk: true,
    nullable: true,
    fieldName: 'to_station_id',
    deleteRule: 'set null',
  })
  toStationId: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  serviceArea: ServiceArea | null = null;

  @Property({ type: 'string', length: 2000 })
  reason!: string;

  @Property({ type: 'string', length: 20 })
  urgency!: ReferralUrgency;

  /** What the receiving department may see of the person: never more than the consent allows. */
  @Property({ type: 'text[]' })
  sharedCategories!: DataCategory[];

  @ManyToOne(() => Consent, {
    mapToPk: true,
    nullable: true,
    fieldName: 'consent_id',
    deleteRule: 'set null',
  })
  consentId: string | null = null;

  /** Sent without a consent, for this reason (logged like a break-the-glass reveal). */
  @Property({ type: 'string', length: 1000, nullable: true })
  emergencyReason: string | null = null;

  @Property({ type: 'string', length: 20 })
  state!: ReferralState;

  @Property({ type: 'date' })
  sentOn!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'date', nullable: true })
  respondedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  outcome: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  linkedRecordKind: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  linkedRecordId: string | null = null;

  @ManyToOne(() => Referral, {
    mapToPk: true,
    nullable: true,
    fieldName: 'referred_from_id',
    deleteRule: 'set null',
  })
  referredFromId: string | null = null;

  @ManyToOne(() => Referral, {
    mapToPk: true,
    nullable: true,
    fieldName: 'onward_referral_id',
    deleteRule: 'set null',
  })
  onwardReferralId: string | null = null;

  /** The day the referral was first found past its due date unanswered (its overdue event). */
  @Property({ type: 'date', nullable: true })
  overdueSince: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'string', length: 120 })
  keyScope: string & Opt = '';

  @Property({ type: 'string', length: 64, nullable: true })
  requestFingerprint?: string | null;
}

/** One transition of a referral: who, when, why. */
@Entity({ tableName: 'referral_events' })
export class ReferralEvent extends StepEvent {
  @Index()
  @ManyToOne(() => Referral, { mapToPk: true, fieldName: 'referral_id' })
  referralId!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  fromState: ReferralState | null = null;

  @Property({ type: 'string', length: 20 })
  toState!: ReferralState;

  /** Why, as both departments see it (a decline's reason, a cancellation's). */
  @Property({ type: 'string', length: 2000, nullable: true })
  reason: string | null = null;
}

/** How many days a department gives itself to answer a referral of each urgency. */
@Entity({ tableName: 'referral_response_days' })
export class ReferralResponseDays {
  @PrimaryKey({ type: 'string', length: 40 })
  department!: string;

  @PrimaryKey({ type: 'string', length: 20 })
  urgency!: ReferralUrgency;

  @Property({ type: 'integer' })
  days!: number;

  @Property({ type: 'string', length: 200 })
  updatedBy!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}
