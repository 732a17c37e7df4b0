import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One row a merge of the register moved (`person_merge_moves`), in every department's database:
 * which table, which row, and whose it was, so that undoing the merge puts back exactly these.
 * Kept once restored, marked so, as the department's record of what the merge did.
 */
@Entity({ tableName: 'person_merge_moves' })
export class PersonMergeMove {
  @PrimaryKey({ type: 'uuid' })
  mergeId!: string;

  @PrimaryKey({ type: 'string', length: 63 })
  tableName!: string;

  /** The row's key (its id, or for a link table the record it links). */
  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'uuid' })
  fromPersonId!: string;

  /** The row's division before it took the survivor's; null when the table keeps its own. */
  @Property({ type: 'string', length: 12, nullable: true })
  fromRegionCode: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  movedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  restoredAt: Date | null = null;
}

/**
 * How far a department has followed the register's change log (`register_checkpoint`): one row,
 * created with the table, so that a follower with nothing to do writes nothing.
 */
@Entity({ tableName: 'register_checkpoint' })
export class RegisterCheckpoint {
  @PrimaryKey({ type: 'string', length: 40 })
  source!: string;

  @Property({ type: 'bigint', defaultRaw: '0' })
  seq: string & Opt = '0';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}

/** The kit's tables in a department that follows the register. */
export const registerFollowerEntities = [PersonMergeMove, RegisterCheckpoint];
