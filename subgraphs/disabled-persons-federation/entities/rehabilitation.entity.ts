import { KeyedPersonRecord } from '../../../shared/db/person-record.js';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { RehabilitationKind } from './enums.js';

/** A rehabilitation service delivered to a certificate holder (康复服务). */
@Entity({ tableName: 'rehabilitation_services' })
@Index({ properties: ['personRegionCode', 'servedOn'] })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class RehabilitationService extends KeyedPersonRecord {
  /** Station whose team delivered it, if any. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Enum({ items: () => RehabilitationKind })
  kind!: RehabilitationKind;

  @Property({ type: 'date' })
  servedOn!: string;

  @Property({ type: 'integer' })
  durationMinutes!: number;
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;
}

/** An assistive device given to a certificate holder (辅助器具发放). */
@Entity({ tableName: 'assistive_device_grants' })
@Index({ properties: ['personRegionCode', 'grantedOn'] })
@Unique({ properties: ['keyScope', 'reference'] })
export class AssistiveDeviceGrant extends KeyedPersonRecord {
  @Property({ type: 'string', length: 100 })
  device!: string;

  @Property({ type: 'bigint', fieldName: 'value_fen' })
  valueFen!: bigint;

  @Property({ type: 'date' })
  grantedOn!: string;

  /** The federation's voucher number (发放单号): a retry with it changes nothing. */
  @Property({ type: 'string', length: 100 })
  reference!: string;
}
