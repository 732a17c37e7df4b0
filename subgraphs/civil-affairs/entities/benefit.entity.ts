import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { BenefitKind, BenefitProgramme } from '../../../shared/ledger/benefit.js';

/**
 * One benefit in the ledger's read model (救助帮扶台账): a department's record of help to a person,
 * as its latest snapshot was applied from the department's outbox. Never written by a request.
 */
@Entity({ tableName: 'benefits' })
@Index({ properties: ['personId', 'givenOn'] })
export class Benefit {
  @PrimaryKey({ type: 'string', length: 40 })
  department!: string;

  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'string', length: 40 })
  programme!: BenefitProgramme;

  @Property({ type: 'string', length: 10 })
  kind!: BenefitKind;

  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Property({ type: 'bigint', nullable: true })
  amountFen: bigint | null = null;

  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  unit: string | null = null;

  @Property({ type: 'date' })
  givenOn!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  reference: string | null = null;

  @Property({ type: 'boolean', default: false })
  reversed: boolean = false;

  /** Position of the snapshot in the department's outbox. */
  @Property({ type: 'bigint' })
  sourceSeq!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  appliedAt: Date & Opt = new Date();
}

/** How far the consumer has applied each department's outbox. */
@Entity({ tableName: 'ledger_checkpoints' })
export class LedgerCheckpoint {
  @PrimaryKey({ type: 'string', length: 40 })
  department!: string;

  @Property({ type: 'bigint', defaultRaw: '0' })
  seq: string & Opt = '0';

  /** When the oldest snapshot not yet applied was written, at the last look; null when none. */
  @Property({ type: 'datetime', nullable: true })
  pendingSince: Date | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}
