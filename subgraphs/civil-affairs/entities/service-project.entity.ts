import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { Agency } from './agency.entity.js';
import { ProcurementMethod, ProjectStatus, TargetGroup } from './enums.js';
import { Region } from './region.entity.js';
import { Station } from './station.entity.js';

/**
 * A purchased-service project (政府购买服务项目) in the integrated catalogue: one contract, led by
 * one department, delivered by one agency at one or more stations. Its amount, term and scope are
 * the current ones: an amendment changes them and keeps what they were in `project_amendments`.
 */
@Entity({ tableName: 'service_projects' })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class ServiceProject extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => Department })
  leadDepartment!: Department;

  @Index()
  @ManyToOne(() => Agency, { mapToPk: true, nullable: true, fieldName: 'agency_id' })
  agencyId: string | null = null;

  /** The purchasing authority's region, usually a county; stations lie within it. */
  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Enum({ items: () => ServiceArea, array: true })
  serviceAreas!: ServiceArea[];

  @Enum({ items: () => TargetGroup, array: true })
  targetGroups!: TargetGroup[];

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** Contract amount in fen. */
  @Property({ type: 'bigint', fieldName: 'contract_amount_fen' })
  contractAmountFen!: bigint;

  @Enum({ items: () => ProjectStatus })
  status!: ProjectStatus;

  /** How it was purchased (购买方式); null until the purchase is put out. */
  @Enum({ items: () => ProcurementMethod, nullable: true })
  procurementMethod: ProcurementMethod | null = null;

  /** Contract number (合同编号), set when the contract is signed. */
  @Property({ type: 'string', length: 60, nullable: true })
  contractNumber: string | null = null;

  @Property({ type: 'date', nullable: true })
  contractSignedOn: string | null = null;

  /** Why the contracted agency was chosen over the other bidders (择优理由). */
  @Property({ type: 'text', nullable: true })
  selectionReason: string | null = null;

  /** Set by the creating system so that a retried creation makes one project. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  /** Namespace of the key: the writing department and the writer's region. */
  @Property({ type: 'string', length: 120 })
  keyScope: string & Opt = '';

  /** Hash of the request that first used the key. */
  @Property({ type: 'string', length: 64, nullable: true })
  requestFingerprint?: string | null;
}

/** Which stations deliver which project. */
@Entity({ tableName: 'project_stations' })
export class ProjectStation {
  @ManyToOne(() => ServiceProject, {
    primary: true,
    mapToPk: true,
    fieldName: 'project_id',
    deleteRule: 'cascade',
  })
  projectId!: string;

  @Index()
  @ManyToOne(() => Station, { primary: true, mapToPk: true, fieldName: 'station_id' })
  stationId!: string;
}
