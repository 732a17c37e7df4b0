import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { StationLevel } from '../../../shared/enums.js';
import { Agency } from './agency.entity.js';
import { StationStatus } from './enums.js';
import { Region } from './region.entity.js';

/** A social work station at one of the four levels (社工站). */
@Entity({ tableName: 'stations' })
export class Station extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => StationLevel })
  level!: StationLevel;

  @Enum({ items: () => StationStatus })
  status!: StationStatus;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Index()
  @ManyToOne(() => Station, { mapToPk: true, nullable: true, fieldName: 'parent_id' })
  parentId: string | null = null;

  @Index()
  @ManyToOne(() => Agency, { mapToPk: true, nullable: true, fieldName: 'operator_id' })
  operatorId: string | null = null;

  @Property({ type: 'date', nullable: true })
  openedOn: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;
}
