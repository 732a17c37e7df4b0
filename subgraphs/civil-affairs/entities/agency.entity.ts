import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { Region } from './region.entity.js';

/** A social work agency (社工机构) that takes on purchased-service contracts (承接机构). */
@Entity({ tableName: 'agencies' })
export class Agency extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Unique()
  @Property({ type: 'string', length: 18 })
  creditCode!: string;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;
}
