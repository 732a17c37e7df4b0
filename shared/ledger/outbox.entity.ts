import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { BenefitSnapshot } from './benefit.js';

/**
 * A department's outbox of benefit snapshots (`ledger_outbox`), the same table in every
 * department's database: written in the transaction of the record it describes, read in `seq`
 * order by the ledger's consumer, never updated.
 */
@Entity({ tableName: 'ledger_outbox' })
export class LedgerOutboxEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string & Opt;

  @Index()
  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'string', length: 40 })
  programme!: string;

  @Property({ type: 'json' })
  snapshot!: BenefitSnapshot;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
