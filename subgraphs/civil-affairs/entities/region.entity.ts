import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RegionLevel } from '../../../shared/enums.js';

/**
 * An administrative division (行政区划): province, city, county (GB/T 2260, 6 digits), township
 * (9-digit statistical code) or village/community (12 digits).
 */
@ObjectType({ description: 'Administrative division (行政区划), from province down to village' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'regions' })
export class Region {
  @Field(() => ID, { description: 'Division code (行政区划代码): 6, 9 or 12 digits' })
  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Field({ description: 'Name (名称), e.g. 木兰县' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => RegionLevel, { description: 'Level (层级), derived from the code' })
  @Enum({ items: () => RegionLevel })
  level!: RegionLevel;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, nullable: true, fieldName: 'parent_code' })
  parentCode!: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
