import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { RegionLevel } from '../../../shared/enums.js';

/** The levels of the register's rows: the national root (100000) is none of them. */
const REGISTERED_LEVELS = Object.values(RegionLevel).filter(
  (level) => level !== RegionLevel.NATIONAL,
);

/**
 * An administrative division (行政区划): province, city, county (GB/T 2260, 6 digits), township
 * (9-digit statistical code) or village/community (12 digits).
 */
@Entity({ tableName: 'regions' })
export class Region {
  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: REGISTERED_LEVELS })
  level!: RegionLevel;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, nullable: true, fieldName: 'parent_code' })
  parentCode!: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
