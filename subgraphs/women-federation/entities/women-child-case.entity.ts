import { KeyedDepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { WomenChildCaseKind, WomenChildCaseStatus } from './enums.js';

/** A women and children case (妇女儿童个案); the summary is very sensitive. */
@Entity({ tableName: 'women_child_cases' })
@Unique({ properties: ['keyScope', 'reference'] })
export class WomenChildCase extends KeyedDepartmentRecord {
  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;

  @Enum({ items: () => WomenChildCaseKind })
  kind!: WomenChildCaseKind;

  @Enum({ items: () => WomenChildCaseStatus })
  status!: WomenChildCaseStatus;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'text' })
  summary!: string;
  @Property({ type: 'string', length: 100 })
  reference!: string;
}
