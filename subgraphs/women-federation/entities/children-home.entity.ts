import { WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { ChildrenHomeStatus } from './enums.js';

/** A children's home (儿童之家) in a village or community. */
@Entity({ tableName: 'children_homes' })
@Unique({ properties: ['villageCode', 'name'] })
export class ChildrenHome extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Property({ type: 'date' })
  openedOn!: string;

  @Enum({ items: () => ChildrenHomeStatus })
  status!: ChildrenHomeStatus;
}
