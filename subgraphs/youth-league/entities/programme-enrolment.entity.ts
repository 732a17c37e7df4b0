import { DepartmentRecord } from '../../../shared/db/record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { YouthProgramme } from './youth-programme.entity.js';

/** A person taking part in a programme (项目参与), mostly minors: sensitive. */
@Entity({ tableName: 'programme_enrolments' })
@Unique({ properties: ['programmeId', 'personId'] })
export class ProgrammeEnrolment extends DepartmentRecord {
  @ManyToOne(() => YouthProgramme, { mapToPk: true, fieldName: 'programme_id' })
  programmeId!: string;

  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;

  @Property({ type: 'date' })
  enrolledOn!: string;
}
