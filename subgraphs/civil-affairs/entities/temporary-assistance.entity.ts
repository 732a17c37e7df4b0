import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { Person } from './person.entity.js';
import { Region } from './region.entity.js';
import { Station } from './station.entity.js';

/** A grant of temporary assistance (临时救助) to a household, represented by its applicant. */
@Entity({ tableName: 'temporary_assistance' })
@Index({ properties: ['regionCode', 'grantedOn'] })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class TemporaryAssistance extends BaseEntity {
  @Index()
  @ManyToOne(() => Person, { mapToPk: true, fieldName: 'person_id' })
  personId!: string;

  /** The person's region when granted, copied for subtree statistics. */
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => Station, { mapToPk: true, nullable: true, fieldName: 'station_id' })
  stationId: string | null = null;

  @Property({ type: 'bigint', fieldName: 'amount_fen' })
  amountFen!: bigint;

  @Property({ type: 'date' })
  grantedOn!: string;

  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  /** Namespace of the key: the writing department and the writer's region. */
  @Property({ type: 'string', length: 120 })
  keyScope: string & Opt = '';

  /** Hash of the request that first used the key. */
  @Property({ type: 'string', length: 64, nullable: true })
  requestFingerprint?: string | null;
}
