import { PersonFile } from '../../../shared/db/person-record.js';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { WorkerFileStatus, WorkerHardshipLevel, WorkerHardshipReason } from './enums.js';

/**
 * A worker-in-difficulty file (困难职工档案), one per person. The employer, the reason and the
 * household income are sensitive: the resolver shows them according to who asks.
 */
@Entity({ tableName: 'worker_files' })
export class WorkerFile extends PersonFile {
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
}
