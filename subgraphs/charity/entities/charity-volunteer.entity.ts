import { StationedRecord } from '../../../shared/db/stationed-record.js';
import { Entity, Property } from '@mikro-orm/decorators/legacy';

/** A charity volunteer (慈善志愿者). */
@Entity({ tableName: 'charity_volunteers' })
export class CharityVolunteer extends StationedRecord {
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'date' })
  joinedOn!: string;
}
