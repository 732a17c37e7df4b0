import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';

/**
 * One step in the history of a case or a referral (append-only: the database refuses updates and
 * deletes): what happened, the day it took effect, when it was recorded, and who did it.
 */
export abstract class StepEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 30 })
  kind!: string;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  /** Subject of the token of who acted, or `system`. */
  @Property({ type: 'string', length: 200 })
  bySubject!: string;

  @Property({ type: 'string', length: 40 })
  byDepartment!: string;

  /** The acting department's own note. */
  @Property({ type: 'string', length: 2000, nullable: true })
  note: string | null = null;
}
