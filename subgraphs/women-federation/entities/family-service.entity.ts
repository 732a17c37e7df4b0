import { KeyedDepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { FamilyServiceKind } from './enums.js';

/** A family service delivered (家庭服务). */
@Entity({ tableName: 'family_services' })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class FamilyService extends KeyedDepartmentRecord {
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
