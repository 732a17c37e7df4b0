import { WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { WorkerFileStatus, WorkerHardshipLevel, WorkerHardshipReason } from './enums.js';

/**
 * A worker-in-difficulty file (困难职工档案), one per person. The employer, the reason and the
 * household income are sensitive: the resolver shows them according to who asks.
 */
@Entity({ tableName: 'worker_files' })
@Index({ properties: ['personRegionCode'] })
export class WorkerFile extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Unique()
  @Property({ type: 'uuid' })
  personId!: string;

  /** The worker's division of residence, for scope. */
  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;

  @Property({ type: 'string', length: 200 })
  employer!: string;

  @Enum({ items: () => WorkerHardshipReason })
  reason!: WorkerHardshipReason;

  @Enum({ items: () => WorkerHardshipLevel })
  level!: WorkerHardshipLevel;

  @Enum({ items: () => WorkerFileStatus })
  status!: WorkerFileStatus;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  /** Monthly household income per head, in fen. */
  @Property({ type: 'bigint', fieldName: 'household_income_per_capita_fen' })
  householdIncomePerCapitaFen!: bigint;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
