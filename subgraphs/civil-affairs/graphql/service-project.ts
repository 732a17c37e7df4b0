import { Directive, Field, ObjectType } from 'type-graphql';
import { Contribution } from '../../../shared/department/contribution.js';
import { Department, ServiceArea } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { ServiceProject } from '../entities/index.js';
import { ProcurementMethod, ProjectStatus, TargetGroup } from './enums.js';
import { recordFields, RecordView } from './record.js';

/** The field each department adds to `ServiceProject` with its money in the project. */
export const CONTRIBUTION_FIELDS = {
  tradeUnionContribution: Department.TRADE_UNION,
  youthLeagueContribution: Department.YOUTH_LEAGUE,
  womenFederationContribution: Department.WOMEN_FEDERATION,
  disabilityFederationContribution: Department.DISABLED_PERSONS_FEDERATION,
  charityContribution: Department.CHARITY,
} as const;
export type ContributionField = keyof typeof CONTRIBUTION_FIELDS;

/** A department's amount as the gateway passes it for `@requires`: Money text. */
export interface ExternalAmount {
  amount: string;
}

@ObjectType('ServiceProject', {
  description: 'Purchased-service project (政府购买社会工作服务项目) in the integrated catalogue',
})
@Directive('@key(fields: "id")')
export class ServiceProjectView extends RecordView {
  @Field({ description: 'Project name (项目名称)' })
  name!: string;

  @Field(() => Department, { description: 'Lead department (牵头部门)' })
  leadDepartment!: Department;

  @Field(() => [ServiceArea], { description: 'Service areas (服务领域)' })
  serviceAreas!: ServiceArea[];

  @Field(() => [TargetGroup], { description: 'Groups served (服务对象)' })
  targetGroups!: TargetGroup[];

  @Field(() => DateScalar, { description: 'Contract start (服务期起)' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Contract end (服务期止)' })
  endsOn!: string;

  @Field(() => ProjectStatus, { description: 'Status (项目状态)' })
  status!: ProjectStatus;

  @Field(() => ProcurementMethod, {
    nullable: true,
    description: 'How it was purchased (购买方式); null until it is put out to purchase',
  })
  procurementMethod!: ProcurementMethod | null;

  @Field(() => String, { nullable: true, description: 'Contract number (合同编号)' })
  contractNumber!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Contract signed on (签订日期)' })
  contractSignedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the contracted agency was chosen over the other bidders (择优理由)',
  })
  selectionReason!: string | null;

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

  /**
   * For `funding`, and shown by the `contractAmount` field resolver: the schema lists
   * `contractAmount` after `funding`, which only a resolver can declare.
   */
  contractAmount!: bigint;

  /** For `region`, `agency`. */
  regionCode!: string;
  agencyId!: string | null;
}

export const ServiceProjectConnection = connectionType(
  ServiceProjectView,
  'ServiceProject',
  'purchased-service projects (购买服务项目)',
);

export function toServiceProjectView(project: ServiceProject): ServiceProjectView {
  return {
    ...recordFields(project),
    name: project.name,
    leadDepartment: project.leadDepartment,
    serviceAreas: project.serviceAreas,
    targetGroups: project.targetGroups,
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    status: project.status,
    procurementMethod: project.procurementMethod,
    contractNumber: project.contractNumber,
    contractSignedOn: project.contractSignedOn,
    selectionReason: project.selectionReason,
    contractAmount: BigInt(project.contractAmountFen),
    regionCode: project.regionCode,
    agencyId: project.agencyId,
  };
}

/**
 * A project as a reference from the gateway asks for it: for `funding`, the gateway sends each
 * department's amount along with the key.
 */
export function toReferencedProjectView(
  project: ServiceProject,
  reference: Record<string, unknown>,
): ServiceProjectView {
  const view = toServiceProjectView(project);
  for (const field of Object.keys(CONTRIBUTION_FIELDS) as ContributionField[]) {
    if (field in reference) view[field] = reference[field] as ExternalAmount | null;
  }
  return view;
}
