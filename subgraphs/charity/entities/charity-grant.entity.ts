import { KeyedDepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CharityFund } from './charity-fund.entity.js';
import { CharityRecipientKind } from './enums.js';

/** A grant from a fund to a project, a community or a person (资助). */
@Entity({ tableName: 'charity_grants' })
@Unique({ properties: ['keyScope', 'reference'] })
export class CharityGrant extends KeyedDepartmentRecord {
  @Index()
  @ManyToOne(() => CharityFund, { mapToPk: true, fieldName: 'fund_id' })
  fundId!: string;

  @Enum({ items: () => CharityRecipientKind })
  recipientKind!: CharityRecipientKind;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  projectId: string | null = null;

  @Property({ type: 'string', length: 12, nullable: true })
  communityCode: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  /** The recipient's division, for scope and regional sums. */
  @Index()
  @Property({ type: 'string', length: 12 })
  recipientRegionCode!: string;

  @Property({ type: 'bigint', fieldName: 'amount_fen' })
  amountFen!: bigint;

  @Property({ type: 'date' })
  grantedOn!: string;

  @Property({ type: 'string', length: 500 })
  purpose!: string;

  @Property({ type: 'string', length: 100 })
  reference!: string;

  /** The grant this entry reverses (冲正), with a negative amount; null for a grant. */
  @Property({ type: 'uuid', nullable: true })
  reversesId: string | null = null;

  /** Why the grant was reversed. */
  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;
}
