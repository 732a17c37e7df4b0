import { KeyedPersonRecord } from '../../../shared/db/person-record.js';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { UnionAssistanceKind } from './enums.js';

/**
 * Union assistance (帮扶救助) granted to a worker whose file is open; the worker's division is
 * copied from the file.
 */
@Entity({ tableName: 'union_assistance' })
@Index({ properties: ['personRegionCode', 'grantedOn'] })
@Unique({ properties: ['keyScope', 'reference'] })
export class UnionAssistance extends KeyedPersonRecord {
  @Enum({ items: () => UnionAssistanceKind })
  kind!: UnionAssistanceKind;

  @Property({ type: 'bigint', fieldName: 'amount_fen' })
  amountFen!: bigint;

  @Property({ type: 'date' })
  grantedOn!: string;

  /** The union's assistance number (帮扶单号): a retry with it changes nothing. */
  @Property({ type: 'string', length: 100 })
  reference!: string;
}
