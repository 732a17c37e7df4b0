import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { Agency } from './agency.entity.js';
import { Certification, Employment } from './enums.js';
import { Region } from './region.entity.js';
import { Station } from './station.entity.js';

/** A social work talent (社会工作人才) registered in a region, usually posted at a station. */
@Entity({ tableName: 'social_workers' })
export class SocialWorker extends BaseEntity {
  /** A name: shown through the masking rule by the resolver. */
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Kept to recognise a worker registered twice; never exposed. */
  @Unique()
  @Property({ type: 'string', length: 18, nullable: true })
  identityNumber: string | null = null;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Index()
  @ManyToOne(() => Station, { mapToPk: true, nullable: true, fieldName: 'station_id' })
  stationId: string | null = null;

  @Index()
  @ManyToOne(() => Agency, { mapToPk: true, nullable: true, fieldName: 'agency_id' })
  agencyId: string | null = null;

  @Enum({ items: () => Employment })
  employment!: Employment;

  @Enum({ items: () => Certification })
  certification!: Certification;

  /** When the qualification held was obtained (取得资格日期); null when not recorded or none. */
  @Property({ type: 'date', nullable: true })
  certifiedOn: string | null = null;
}
