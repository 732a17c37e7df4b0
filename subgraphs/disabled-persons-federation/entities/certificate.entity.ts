import { WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { DisabilityCategory } from './enums.js';

/**
 * A disability certificate (残疾人证), one per person. Health data: sensitive personal
 * information, shown by the resolver according to who asks.
 */
@Entity({ tableName: 'certificates' })
@Index({ properties: ['personRegionCode'] })
export class DisabilityCertificate extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Unique()
  @Property({ type: 'uuid' })
  personId!: string;

  /** The holder's division of residence, for scope. */
  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;

  /** 20 digits: the identity number, the category digit and the grade. */
  @Unique()
  @Property({ type: 'string', length: 20 })
  number!: string;

  @Enum({ items: () => DisabilityCategory })
  category!: DisabilityCategory;

  @Property({ type: 'smallint' })
  grade!: number;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date' })
  expiresOn!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
