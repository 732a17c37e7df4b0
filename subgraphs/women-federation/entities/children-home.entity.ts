import { DepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ChildrenHomeStatus } from './enums.js';

/** A children's home (儿童之家) in a village or community. */
@Entity({ tableName: 'children_homes' })
@Unique({ properties: ['villageCode', 'name'] })
export class ChildrenHome extends DepartmentRecord {
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
