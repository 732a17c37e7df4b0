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
import { BaseEntity } from '../../../shared/db/base-entity.js';
import type { ServiceArea } from '../../../shared/enums.js';
import type { CaseStage, ClosureReason, NeedLevel } from './enums.js';
import { Person } from './person.entity.js';
import { Region } from './region.entity.js';
import { SocialWorker } from './social-worker.entity.js';
import { Station } from './station.entity.js';
import { StepEvent } from './step-event.js';

/**
 * A case (个案): one person's case work at a station, led by one department, through the stages
 * of MZ/T 094. Its history is in `case_events`; needs, goals and linked records in their tables.
 */
@Entity({ tableName: 'cases' })
@Index({ properties: ['leadDepartment', 'stage'] })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class Case extends BaseEntity {
  @Index()
  @ManyToOne(() => Person, { mapToPk: true, fieldName: 'person_id' })
  personId!: string;

  /** The person's region when the case was opened: who may see the case follows it. */
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => Station, { mapToPk: true, fieldName: 'station_id' })
  stationId!: string;

  @ManyToOne(() => SocialWorker, {
    mapToPk: true,
    nullable: true,
    fieldName: 'worker_id',
    deleteRule: 'set null',
  })
  workerId: string | null = null;

  @Property({ type: 'string', length: 40 })
  leadDepartment!: string;

  @Property({ type: 'string', length: 20 })
  stage!: CaseStage;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'string', length: 2000 })
  intakeReason!: string;

  @Property({ type: 'date', nullable: true })
  assessedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  plannedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  interventionOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  evaluatedOn: string | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  evaluation: string | null = null;

  @Property({ type: 'integer', nullable: true })
  goalsAchieved: number | null = null;

  @Property({ type: 'date', nullable: true })
  closureRequestedOn: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  closureRequestedBy: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  closureReason: ClosureReason | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  closureOutcome: string | null = null;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  closureApprovedBy: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'string', length: 120 })
  keyScope: string & Opt = '';

  @Property({ type: 'string', length: 64, nullable: true })
  requestFingerprint?: string | null;
}

/** A need assessed in a case (需求清单), by service area. */
@Entity({ tableName: 'case_needs' })
export class CaseNeed {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @ManyToOne(() => Case, { mapToPk: true, fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'string', length: 40 })
  area!: ServiceArea;

  @Property({ type: 'string', length: 10 })
  level!: NeedLevel;

  @Property({ type: 'string', length: 1000, nullable: true })
  note: string | null = null;

  @Property({ type: 'date' })
  assessedOn!: string;
}

/** A goal of a case's service plan (服务计划目标). */
@Entity({ tableName: 'case_goals' })
export class CaseGoal {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @ManyToOne(() => Case, { mapToPk: true, fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'string', length: 40 })
  area!: ServiceArea;

  @Property({ type: 'string', length: 1000 })
  description!: string;

  @Property({ type: 'date', nullable: true })
  targetOn: string | null = null;

  @Property({ type: 'date' })
  plannedOn!: string;
}

/** A record of any department linked to a case, as its owner vouched for it. */
@Entity({ tableName: 'case_links' })
@Unique({ properties: ['caseId', 'kind', 'recordId'] })
export class CaseLink {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @ManyToOne(() => Case, { mapToPk: true, fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'string', length: 40 })
  department!: string;

  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'date' })
  recordDate!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  linkedAt: Date & Opt = new Date();

  @Property({ type: 'string', length: 200 })
  linkedBy!: string;

  @Property({ type: 'string', length: 40 })
  linkedByDepartment!: string;
}

/** One step of a case's history: opened, a stage reached, closure asked, reopened. */
@Entity({ tableName: 'case_events' })
export class CaseEvent extends StepEvent {
  @Index()
  @ManyToOne(() => Case, { mapToPk: true, fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  fromStage: CaseStage | null = null;

  @Property({ type: 'string', length: 20 })
  toStage!: CaseStage;
}
