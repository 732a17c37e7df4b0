import { KeyedRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { UnionAssistanceKind } from './enums.js';

/** Union assistance (帮扶救助) granted to a worker whose file is open. */
@Entity({ tableName: 'union_assistance' })
@Index({ properties: ['personRegionCode', 'grantedOn'] })
@Unique({ properties: ['keyScope', 'reference'] })
export class UnionAssistance extends KeyedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  /** Copied from the worker's file, for scope. */
  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;

  @Enum({ items: () => UnionAssistanceKind })
  kind!: UnionAssistanceKind;

  @Property({ type: 'bigint', fieldName: 'amount_fen' })
  amountFen!: bigint;

  @Property({ type: 'date' })
  grantedOn!: string;

  /** The union's assistance number (帮扶单号): a retry with it changes nothing. */
  @Property({ type: 'string', length: 100 })
  reference!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
