import { WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { YouthProgramme } from './youth-programme.entity.js';

/** A person taking part in a programme (项目参与), mostly minors: sensitive. */
@Entity({ tableName: 'programme_enrolments' })
@Unique({ properties: ['programmeId', 'personId'] })
export class ProgrammeEnrolment extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

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
