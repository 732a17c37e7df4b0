import { KeyedDepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Volunteer } from './volunteer.entity.js';

/** Hours a volunteer served (志愿服务时长). */
@Entity({ tableName: 'volunteer_services' })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class VolunteerService extends KeyedDepartmentRecord {
  @Index()
  @ManyToOne(() => Volunteer, { mapToPk: true, fieldName: 'volunteer_id' })
  volunteerId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Property({ type: 'date' })
  servedOn!: string;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Property({ type: 'string', length: 200 })
  activity!: string;
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;
}
