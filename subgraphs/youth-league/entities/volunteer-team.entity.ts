import { StationedRecord } from '../../../shared/db/stationed-record.js';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';

/** A youth volunteer team (青年志愿服务队), often based at a station. */
@Entity({ tableName: 'volunteer_teams' })
@Unique({ properties: ['regionCode', 'name'] })
export class VolunteerTeam extends StationedRecord {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'date' })
  foundedOn!: string;
}
