import { KeyedRecord, WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

/** Kind of youth programme (青少年项目类型). */
export enum YouthProgrammeKind {
  CONFIDENCE_GROUP = 'CONFIDENCE_GROUP',
  LEFT_BEHIND_CHILDREN_CARE = 'LEFT_BEHIND_CHILDREN_CARE',
  STUDY_SUPPORT = 'STUDY_SUPPORT',
  SUMMER_CAMP = 'SUMMER_CAMP',
}
registerEnumType(YouthProgrammeKind, {
  name: 'YouthProgrammeKind',
  description: 'Kind of youth programme (青少年项目类型)',
  valuesConfig: {
    CONFIDENCE_GROUP: { description: 'Confidence group (自信心小组)' },
    LEFT_BEHIND_CHILDREN_CARE: { description: 'Care for left-behind children (留守儿童关爱)' },
    STUDY_SUPPORT: { description: 'Study support (学业辅导)' },
    SUMMER_CAMP: { description: 'Summer camp (暑期营)' },
  },
});

/** A youth volunteer team (青年志愿服务队), often based at a station. */
@Entity({ tableName: 'volunteer_teams' })
@Unique({ properties: ['regionCode', 'name'] })
export class VolunteerTeam extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Property({ type: 'date' })
  foundedOn!: string;
}

/** A youth volunteer (青年志愿者); may also be a person of the shared register. */
@Entity({ tableName: 'volunteers' })
export class Volunteer extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

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

/** Hours a volunteer served (志愿服务时长). */
@Entity({ tableName: 'volunteer_services' })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class VolunteerService extends KeyedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

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

/** A youth programme (青少年项目) run at a station. */
@Entity({ tableName: 'youth_programmes' })
export class YouthProgramme extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => YouthProgrammeKind })
  kind!: YouthProgrammeKind;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;
}

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
