import { Index, Property } from '@mikro-orm/decorators/legacy';
import { DepartmentRecord } from './record.js';

/** A team, place or programme of a division, often based at a social work station. */
export abstract class StationedRecord extends DepartmentRecord {
  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  /** The social work station it is based at, if any (a civil-affairs id). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;
}
