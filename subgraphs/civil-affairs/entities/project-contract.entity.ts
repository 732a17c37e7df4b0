import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { Agency } from './agency.entity.js';
import { TargetGroup, TrancheCondition } from './enums.js';
import { ServiceProject } from './service-project.entity.js';

// How a project was bought and what its contract says: the agencies that bid, the service items
// the departments brought into the bundle, the milestones with their payment tranches, and every
// amendment of amount, term or scope with what it replaced.

/** An agency that bid for a project (投标/响应机构). */
@Entity({ tableName: 'project_bids' })
@Unique({ properties: ['projectId', 'agencyId'] })
export class ProjectBid extends BaseEntity {
  @ManyToOne(() => ServiceProject, {
    mapToPk: true,
    fieldName: 'project_id',
    deleteRule: 'cascade',
  })
  projectId!: string;

  @Index()
  @ManyToOne(() => Agency, { mapToPk: true, fieldName: 'agency_id' })
  agencyId!: string;

  /** The price the agency offered, in fen; null when the method asks for none. */
  @Property({ type: 'bigint', fieldName: 'amount_fen', nullable: true })
  amountFen: bigint | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** A service a department brought into a bundled project (下沉服务事项). */
@Entity({ tableName: 'project_service_items' })
export class ProjectServiceItem extends BaseEntity {
  @Index()
  @ManyToOne(() => ServiceProject, {
    mapToPk: true,
    fieldName: 'project_id',
    deleteRule: 'cascade',
  })
  projectId!: string;

  @Enum({ items: () => Department })
  department!: Department;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => ServiceArea })
  serviceArea!: ServiceArea;

  @Enum({ items: () => TargetGroup })
  targetGroup!: TargetGroup;
}

/** A milestone of the contract: a deliverable due on a day, and the tranche paid for it. */
@Entity({ tableName: 'project_milestones' })
export class ProjectMilestone extends BaseEntity {
  @Index()
  @ManyToOne(() => ServiceProject, {
    mapToPk: true,
    fieldName: 'project_id',
    deleteRule: 'cascade',
  })
  projectId!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  deliverable!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  /** The tranche paid for the milestone, in fen; null for a milestone without payment. */
  @Property({ type: 'bigint', fieldName: 'tranche_amount_fen', nullable: true })
  trancheAmountFen: bigint | null = null;

  @Enum({ items: () => TrancheCondition, nullable: true })
  trancheCondition: TrancheCondition | null = null;

  @Property({ type: 'date', nullable: true })
  paidOn: string | null = null;

  /** Subject and department of whoever recorded the payment. */
  @Property({ type: 'string', length: 200, nullable: true })
  paidBy: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  paidByDepartment: string | null = null;
}

/** A change of a signed contract (合同变更): the values before and after, and why. */
@Entity({ tableName: 'project_amendments' })
export class ProjectAmendment extends BaseEntity {
  @Index()
  @ManyToOne(() => ServiceProject, {
    mapToPk: true,
    fieldName: 'project_id',
    deleteRule: 'cascade',
  })
  projectId!: string;

  @Property({ type: 'date' })
  amendedOn!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'bigint', fieldName: 'contract_amount_fen_before', nullable: true })
  contractAmountFenBefore: bigint | null = null;

  @Property({ type: 'bigint', fieldName: 'contract_amount_fen_after', nullable: true })
  contractAmountFenAfter: bigint | null = null;

  @Property({ type: 'date', nullable: true })
  endsOnBefore: string | null = null;

  @Property({ type: 'date', nullable: true })
  endsOnAfter: string | null = null;

  @Enum({ items: () => ServiceArea, array: true, nullable: true })
  serviceAreasBefore: ServiceArea[] | null = null;

  @Enum({ items: () => ServiceArea, array: true, nullable: true })
  serviceAreasAfter: ServiceArea[] | null = null;

  @Enum({ items: () => TargetGroup, array: true, nullable: true })
  targetGroupsBefore: TargetGroup[] | null = null;

  @Enum({ items: () => TargetGroup, array: true, nullable: true })
  targetGroupsAfter: TargetGroup[] | null = null;
}
