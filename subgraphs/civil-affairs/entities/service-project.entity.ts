import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { Contribution } from '../../../shared/department/contribution.js';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { DateScalar } from '../../../shared/scalars.js';
import { Agency } from './agency.entity.js';
import { ProjectStatus, TargetGroup } from './enums.js';
import { Region } from './region.entity.js';
import { Station } from './station.entity.js';

/**
 * A purchased-service project (政府购买服务项目) in the integrated catalogue: one contract, led by
 * one department, delivered by one agency at one or more stations.
 */
@ObjectType({
  description: 'Purchased-service project (政府购买社会工作服务项目) in the integrated catalogue',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'service_projects' })
export class ServiceProject extends BaseEntity {
  @Field({ description: 'Project name (项目名称)' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Department, { description: 'Lead department (牵头部门)' })
  @Enum({ items: () => Department })
  leadDepartment!: Department;

  @Index()
  @ManyToOne(() => Agency, { mapToPk: true, nullable: true, fieldName: 'agency_id' })
  agencyId: string | null = null;

  /** The purchasing authority's region, usually a county; stations lie within it. */
  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Field(() => [ServiceArea], { description: 'Service areas (服务领域)' })
  @Enum({ items: () => ServiceArea, array: true })
  serviceAreas!: ServiceArea[];

  @Field(() => [TargetGroup], { description: 'Groups served (服务对象)' })
  @Enum({ items: () => TargetGroup, array: true })
  targetGroups!: TargetGroup[];

  @Field(() => DateScalar, { description: 'Contract start (服务期起)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Contract end (服务期止)' })
  @Property({ type: 'date' })
  endsOn!: string;

  /** Contract amount in fen. */
  @Property({ type: 'bigint', fieldName: 'contract_amount_fen' })
  contractAmountFen!: bigint;

  @Field(() => ProjectStatus, { description: 'Status (项目状态)' })
  @Enum({ items: () => ProjectStatus })
  status!: ProjectStatus;

  // Each department's money in the project lives in that department's subgraph; civil affairs
  // declares the fields `@external` only to have `funding` computed from them (`@requires`).
  @Directive('@external')
  @Field(() => Contribution, {
    nullable: true,
    description: 'Money from the trade union (工会投入)',
  })
  tradeUnionContribution?: ExternalAmount | null;

  @Directive('@external')
  @Field(() => Contribution, {
    nullable: true,
    description: 'Money from the Youth League (团委投入)',
  })
  youthLeagueContribution?: ExternalAmount | null;

  @Directive('@external')
  @Field(() => Contribution, {
    nullable: true,
    description: "Money from the women's federation (妇联投入)",
  })
  womenFederationContribution?: ExternalAmount | null;

  @Directive('@external')
  @Field(() => Contribution, {
    nullable: true,
    description: "Money from the disabled persons' federation (残联投入)",
  })
  disabilityFederationContribution?: ExternalAmount | null;

  @Directive('@external')
  @Field(() => Contribution, { nullable: true, description: 'Money from charity (慈善投入)' })
  charityContribution?: ExternalAmount | null;
}

/** A department's amount as the gateway passes it for `@requires`: Money text. */
export interface ExternalAmount {
  amount: string;
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
