import { DepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CharityFundKind } from './enums.js';

/** A charity fund (慈善基金) of a region. */
@Entity({ tableName: 'charity_funds' })
@Unique({ properties: ['regionCode', 'name'] })
export class CharityFund extends DepartmentRecord {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => CharityFundKind })
  kind!: CharityFundKind;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Property({ type: 'date' })
  establishedOn!: string;
}
