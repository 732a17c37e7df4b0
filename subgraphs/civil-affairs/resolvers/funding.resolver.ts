import {
  Authorized,
  Directive,
  Field,
  Float,
  FieldResolver,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { Department } from '../../../shared/enums.js';
import { parseYuan } from '../../../shared/money.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import { ANY_ROLE } from '../access.js';
import { ServiceProject } from '../entities/index.js';

/** The field each department adds to `ServiceProject` with its money in the project. */
export const CONTRIBUTION_FIELDS = {
  tradeUnionContribution: Department.TRADE_UNION,
  youthLeagueContribution: Department.YOUTH_LEAGUE,
  womenFederationContribution: Department.WOMEN_FEDERATION,
  disabilityFederationContribution: Department.DISABLED_PERSONS_FEDERATION,
  charityContribution: Department.CHARITY,
} as const;
type ContributionField = keyof typeof CONTRIBUTION_FIELDS;

@ObjectType({ description: "One department's part of a project's money (部门出资)" })
export class FundingShare {
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

@ObjectType({ description: 'Who pays for a project, across departments (项目资金构成)' })
export class ProjectFunding {
  @Field(() => MoneyScalar, { description: 'Contract amount (合同金额)' })
  contractAmount!: bigint;

  @Field(() => [FundingShare], {
    description: 'Every department that put money in, the lead department with the rest',
  })
  shares!: FundingShare[];

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

const REQUIRED = Object.keys(CONTRIBUTION_FIELDS)
  .map((field) => `${field} { amount }`)
  .join(' ');

/**
 * `ServiceProject.funding`: the catalogue owns the contract amount, each department owns its
 * contribution; `@requires` has the gateway fetch every department's amount first, so that
 * "who pays for what" is one field computed in one place.
 */
@Resolver(() => ServiceProject)
export class FundingResolver {
  @Authorized(ANY_ROLE)
  @Directive(`@requires(fields: "${REQUIRED}")`)
  @FieldResolver(() => ProjectFunding, {
    nullable: true,
    description: 'Who pays for the project, across departments (资金构成)',
  })
  funding(@Root() project: ServiceProject): ProjectFunding {
    const contractAmount = BigInt(project.contractAmountFen);
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
}
