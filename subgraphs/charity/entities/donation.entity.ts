import { KeyedDepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CharityFund } from './charity-fund.entity.js';

/** A donation received by a fund (捐赠). */
@Entity({ tableName: 'donations' })
@Unique({ properties: ['keyScope', 'reference'] })
export class Donation extends KeyedDepartmentRecord {
  @Index()
  @ManyToOne(() => CharityFund, { mapToPk: true, fieldName: 'fund_id' })
  fundId!: string;

  @Property({ type: 'string', length: 200 })
  donor!: string;

  @Property({ type: 'boolean' })
  anonymous!: boolean;

  @Property({ type: 'bigint', fieldName: 'amount_fen' })
  amountFen!: bigint;

  @Property({ type: 'date' })
  receivedOn!: string;
  @Property({ type: 'string', length: 100 })
  reference!: string;
}
