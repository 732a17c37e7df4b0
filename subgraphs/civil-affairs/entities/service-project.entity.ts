import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { Agency } from './agency.entity.js';
import { ProjectStatus, TargetGroup } from './enums.js';
import { Region } from './region.entity.js';
import { Station } from './station.entity.js';

/**
 * A purchased-service project (政府购买服务项目) in the integrated catalogue: one contract, led by
 * one department, delivered by one agency at one or more stations.
 */
@Entity({ tableName: 'service_projects' })
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
