import { DepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { VolunteerTeam } from './volunteer-team.entity.js';

/** A youth volunteer (青年志愿者); may also be a person of the shared register. */
@Entity({ tableName: 'volunteers' })
export class Volunteer extends DepartmentRecord {
  @Index()
  @ManyToOne(() => VolunteerTeam, { mapToPk: true, fieldName: 'team_id' })
  teamId!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Unique()
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Property({ type: 'date' })
  joinedOn!: string;
}
