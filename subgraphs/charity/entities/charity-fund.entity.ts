import { WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { CharityFundKind } from './enums.js';

/** A charity fund (慈善基金) of a region. */
@Entity({ tableName: 'charity_funds' })
@Unique({ properties: ['regionCode', 'name'] })
export class CharityFund extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

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
