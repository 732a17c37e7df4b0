import { Field, Float, ObjectType } from 'type-graphql';
import { ContributionKind, Department, FundLevel, FundSource } from '../../../shared/enums.js';
import { FundShare, InKindContribution } from '../../../shared/department/contribution-sources.js';
import { parseYuan } from '../../../shared/money.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import {
  CONTRIBUTION_FIELDS,
  type ContributionField,
  type ServiceProjectView,
} from './service-project.js';

@ObjectType('FundingShare', {
  description: "One department's part of a project's money (部门出资)",
})
export class FundingShareView {
  @Field(() => Department, { description: 'Department (部门)' })
  department!: Department;

  @Field(() => MoneyScalar, { description: 'Amount (金额)' })
  amount!: bigint;

  @Field(() => Float, {
    nullable: true,
    description: 'Part of the contract amount, 0–1 (占比); null for a free project',
  })
  share!: number | null;
}

@ObjectType('ProjectFundSource', {
  description: 'Money of one department from one source at one level (出资部门、来源、层级)',
})
export class ProjectFundSourceView extends FundShare {
  @Field(() => Department, { description: 'Department that recorded it (出资部门)' })
  department!: Department;
}

@ObjectType('ProjectInKind', {
  description: "A department's gift in kind to a project (实物投入): premises, goods, volunteers",
})
export class ProjectInKindView extends InKindContribution {
  @Field(() => Department, { description: 'Department that recorded it (投入部门)' })
  department!: Department;
}

@ObjectType('ProjectFunding', {
  description: 'Who pays for a project, across departments (项目资金构成)',
})
export class ProjectFundingView {
  @Field(() => MoneyScalar, { description: 'Contract amount (合同金额)' })
  contractAmount!: bigint;

  @Field(() => [FundingShareView], {
    description: 'Every department that put money in, the lead department with the rest',
  })
  shares!: FundingShareView[];

  @Field(() => MoneyScalar, {
    description: 'Money from departments other than the lead (其他部门投入)',
  })
  contributedByOthers!: bigint;

  @Field(() => MoneyScalar, {
    description:
      'Left for the lead department: contract amount minus the others (牵头部门承担); negative when over-funded',
  })
  paidByLead!: bigint;

  @Field(() => MoneyScalar, {
    description:
      'All money in the project: the contract amount, or more when over-funded (资金合计)',
  })
  total!: bigint;

  /** The project, for the lead's own entries when civil affairs leads. */
  projectId!: string;
  leadDepartment!: Department;
  /** Each other department's sources and gifts, as the gateway fetched them. */
  fetched!: Array<{ department: Department; contribution: ExternalContribution }>;
}

/** A department's contribution as the gateway passes it for `@requires`: Money as text. */
export interface ExternalContribution {
  amount: string;
  bySource?: Array<{ source: FundSource; level: FundLevel | null; amount: string }>;
  inKind?: Array<{
    kind: ContributionKind;
    source: FundSource;
    level: FundLevel | null;
    description: string | null;
    areaSquareMetres: number | null;
    goodsValue: string | null;
    goodsCount: number | null;
    volunteerHours: number | null;
    contributedOn: string;
  }>;
}

/** What `funding` has the gateway fetch from every department first (`@requires`). */
export const FUNDING_REQUIRES = Object.keys(CONTRIBUTION_FIELDS)
  .map(
    (field) =>
      `${field} { amount bySource { source level amount } inKind { kind source level description areaSquareMetres goodsValue goodsCount volunteerHours contributedOn } }`,
  )
  .join(' ');

/**
 * Who pays for what in a project whose departments' amounts the gateway fetched (`@requires`):
 * the catalogue owns the contract amount, each department owns its contribution.
 */
export function toProjectFundingView(project: ServiceProjectView): ProjectFundingView {
  const { contractAmount } = project;
  const fetched = (Object.entries(CONTRIBUTION_FIELDS) as Array<[ContributionField, Department]>)
    .filter(([field]) => project[field])
    .map(([field, department]) => ({
      department,
      contribution: project[field] as unknown as ExternalContribution,
    }));
  const others = fetched
    .filter(({ department }) => department !== project.leadDepartment)
    .map(({ department, contribution }) => ({
      department,
      amount: parseYuan(contribution.amount),
    }));
  const contributedByOthers = others.reduce((sum, share) => sum + share.amount, 0n);
  const paidByLead = contractAmount - contributedByOthers;
  const share = (amount: bigint) =>
    contractAmount === 0n ? null : Number((amount * 1_000_000n) / contractAmount) / 1_000_000;
  const lead = { department: project.leadDepartment, amount: paidByLead > 0n ? paidByLead : 0n };
  return {
    contractAmount,
    shares: [lead, ...others].map((entry) => ({ ...entry, share: share(entry.amount) })),
    contributedByOthers,
    paidByLead,
    total: contractAmount > contributedByOthers ? contractAmount : contributedByOthers,
    projectId: project.id,
    leadDepartment: project.leadDepartment,
    fetched,
  };
}
