import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import type { RegisterChangeKind } from '../../../shared/register/changes.js';

/**
 * Two entries of the register found to be one person, merged by a supervisor (合并重复登记): the
 * survivor stays, the merged entry stays in the register marked as merged into it, and every
 * department's records of the merged entry follow the survivor. Undone, the records that moved go
 * back. Who may see a merge follows the two people's divisions.
 */
@Entity({ tableName: 'person_merges' })
export class PersonMerge {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @Property({ type: 'uuid' })
  survivorId!: string;

  @Index()
  @Property({ type: 'uuid' })
  mergedId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  survivorRegionCode!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  mergedRegionCode!: string;

  @Property({ type: 'string', length: 1000 })
  reason!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  mergedAt: Date & Opt = new Date();

  /** Subject of the supervisor who merged them. */
  @Property({ type: 'string', length: 200 })
  mergedBy!: string;

  /** Position of the merge in the register's change log. */
  @Property({ type: 'bigint' })
  mergeSeq!: string;

  @Property({ type: 'datetime', nullable: true })
  undoneAt: Date | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  undoneBy: string | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  undoReason: string | null = null;

  /** Position of the undoing in the register's change log. */
  @Property({ type: 'bigint', nullable: true })
  undoSeq: string | null = null;
}

/**
 * The register's change log (`register_changes`), which every other department follows in `seq`
 * order to move its own records: written in the transaction of the change, never updated.
 */
@Entity({ tableName: 'register_changes' })
export class RegisterChangeEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string & Opt;

  @Property({ type: 'string', length: 40 })
  kind!: RegisterChangeKind;

  @Index()
  @Property({ type: 'uuid' })
  mergeId!: string;

  @Property({ type: 'uuid' })
  survivorId!: string;

  @Property({ type: 'uuid' })
  mergedId!: string;

  @Property({ type: 'string', length: 12 })
  survivorRegionCode!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
