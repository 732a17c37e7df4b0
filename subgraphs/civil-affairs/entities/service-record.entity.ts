import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { ServiceArea, ServiceMethod } from '../../../shared/enums.js';
import { TargetGroup } from './enums.js';
import { Person } from './person.entity.js';
import { Region } from './region.entity.js';
import { ServiceProject } from './service-project.entity.js';
import { SocialWorker } from './social-worker.entity.js';
import { Station } from './station.entity.js';

/** One delivered service written by the station team (服务记录). */
@Entity({ tableName: 'service_records' })
@Index({ properties: ['regionCode', 'servedOn'] })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class ServiceRecord extends BaseEntity {
  @Enum({ items: () => ServiceMethod })
  method!: ServiceMethod;

  @Index()
  @ManyToOne(() => Station, { mapToPk: true, fieldName: 'station_id' })
  stationId!: string;

  @Index()
  @ManyToOne(() => ServiceProject, { mapToPk: true, nullable: true, fieldName: 'project_id' })
  projectId: string | null = null;

  /** The station's region, copied so that subtree statistics need no join. */
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  /** Service area (服务领域); null on records written before areas were recorded. */
  @Enum({ items: () => ServiceArea, nullable: true })
  serviceArea: ServiceArea | null = null;

  /** Groups served (服务对象类别); empty on records written before groups were recorded. */
  @Enum({ items: () => TargetGroup, array: true, default: [] })
  targetGroups: TargetGroup[] & Opt = [];

  @Property({ type: 'date' })
  servedOn!: string;

  /** Duration in whole minutes, so that sums stay exact. */
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Property({ type: 'integer' })
  personTimes!: number;

  @Property({ type: 'integer', default: 0 })
  households: number = 0;

  /** A case note: shown through the masking rule by the resolver. */
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  /** Set by the writing system so that a retried write does not count twice. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  /** Namespace of the key: the writing department and the writer's region. */
  @Property({ type: 'string', length: 120 })
  keyScope: string & Opt = '';

  /** Hash of the request that first used the key. */
  @Property({ type: 'string', length: 64, nullable: true })
  requestFingerprint?: string | null;
}

/** Social workers who delivered a service. */
@Entity({ tableName: 'service_record_workers' })
export class ServiceRecordWorker {
  @ManyToOne(() => ServiceRecord, {
    primary: true,
    mapToPk: true,
    fieldName: 'record_id',
    deleteRule: 'cascade',
  })
  recordId!: string;

  @Index()
  @ManyToOne(() => SocialWorker, { primary: true, mapToPk: true, fieldName: 'worker_id' })
  workerId!: string;
}

/** People who received a service. */
@Entity({ tableName: 'service_record_people' })
export class ServiceRecordPerson {
  @ManyToOne(() => ServiceRecord, {
    primary: true,
    mapToPk: true,
    fieldName: 'record_id',
    deleteRule: 'cascade',
  })
  recordId!: string;

  @Index()
  @ManyToOne(() => Person, { primary: true, mapToPk: true, fieldName: 'person_id' })
  personId!: string;
}
