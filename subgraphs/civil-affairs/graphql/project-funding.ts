import { Field, Float, ObjectType } from 'type-graphql';
import { Department } from '../../../shared/enums.js';
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
}

/**
 * Who pays for what in a project whose departments' amounts the gateway fetched (`@requires`):
 * the catalogue owns the contract amount, each department owns its contribution.
 */
export function toProjectFundingView(project: ServiceProjectView): ProjectFundingView {
  const { contractAmount } = project;
  const others = (Object.entries(CONTRIBUTION_FIELDS) as Array<[ContributionField, Department]>)
    .filter(([field, department]) => project[field] && department !== project.leadDepartment)
    .map(([field, department]) => ({ department, amount: parseYuan(project[field]!.amount) }));
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
  };
}
