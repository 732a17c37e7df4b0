import { KeyedRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { FamilyServiceKind } from './enums.js';

/** A family service delivered (家庭服务). */
@Entity({ tableName: 'family_services' })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class FamilyService extends KeyedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Enum({ items: () => FamilyServiceKind })
  kind!: FamilyServiceKind;

  @Property({ type: 'date' })
  servedOn!: string;

  @Property({ type: 'integer' })
  households!: number;

  @Property({ type: 'integer' })
  personTimes!: number;
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;
}
