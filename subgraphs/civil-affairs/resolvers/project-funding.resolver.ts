import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ContributionFigures } from '../../../shared/department/contribution.js';
import { Department } from '../../../shared/enums.js';
import { parseYuan } from '../../../shared/money.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import {
  ProjectFundingView,
  ProjectFundSourceView,
  ProjectInKindView,
} from '../graphql/project-funding.js';
import type { CivilAffairsContext } from '../loaders.js';

// Who paid what from which source at which level: every department's entries, civil affairs' own
// read here and the others' fetched by the gateway. The entries need not add up to the contract:
// what they leave uncovered is `unfunded`, what they pay beyond it `overfunded`, never hidden.

type Figures = Pick<ContributionFigures, 'bySource' | 'inKind'>;

/** Every department's entries of a project, civil affairs' first. */
async function entriesOf(
  funding: ProjectFundingView,
  ctx: CivilAffairsContext,
): Promise<Array<{ department: Department; figures: Figures }>> {
  const own = await ctx.loaders.contribution.load(funding.projectId);
  const fetched = funding.fetched.map(({ department, contribution }) => ({
    department,
    figures: {
      bySource: (contribution.bySource ?? []).map((share) => ({
        ...share,
        amount: parseYuan(share.amount),
      })),
      inKind: (contribution.inKind ?? []).map((gift) => ({
        ...gift,
        goodsValue: gift.goodsValue == null ? null : parseYuan(gift.goodsValue),
      })),
    },
  }));
  return [...(own ? [{ department: Department.CIVIL_AFFAIRS, figures: own }] : []), ...fetched];
}

async function fundedOf(funding: ProjectFundingView, ctx: CivilAffairsContext): Promise<bigint> {
  const entries = await entriesOf(funding, ctx);
  return entries
    .flatMap(({ figures }) => figures.bySource)
    .reduce((sum, share) => sum + share.amount, 0n);
}

@Resolver(() => ProjectFundingView)
export class ProjectFundingResolver {
  @FieldResolver(() => [ProjectFundSourceView], {
    description:
      'Who paid what from which source at which level (资金来源明细), the lead department included; adds up to funded',
  })
  async bySource(
    @Root() funding: ProjectFundingView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ProjectFundSourceView[]> {
    const entries = await entriesOf(funding, ctx);
    return entries.flatMap(({ department, figures }) =>
      figures.bySource.map((share) => ({ department, ...share })),
    );
  }

  @FieldResolver(() => [ProjectInKindView], {
    description: 'What departments gave in kind beside the money (实物投入), never added to it',
  })
  async inKind(
    @Root() funding: ProjectFundingView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ProjectInKindView[]> {
    const entries = await entriesOf(funding, ctx);
    return entries.flatMap(({ department, figures }) =>
      figures.inKind.map((gift) => ({ department, ...gift })),
    );
  }

  @FieldResolver(() => MoneyScalar, {
    description: 'Money whose source is recorded, every department together (已落实资金)',
  })
  funded(@Root() funding: ProjectFundingView, @Ctx() ctx: CivilAffairsContext): Promise<bigint> {
    return fundedOf(funding, ctx);
  }

  @FieldResolver(() => MoneyScalar, {
    description:
      'Contract amount no recorded source covers yet (资金缺口): the lead department has not recorded where it comes from; 0 when covered',
  })
  async unfunded(
    @Root() funding: ProjectFundingView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<bigint> {
    const gap = funding.contractAmount - (await fundedOf(funding, ctx));
    return gap > 0n ? gap : 0n;
  }

  @FieldResolver(() => MoneyScalar, {
    description: 'Money recorded beyond the contract amount (超出合同金额); 0 when within it',
  })
  async overfunded(
    @Root() funding: ProjectFundingView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<bigint> {
    const excess = (await fundedOf(funding, ctx)) - funding.contractAmount;
    return excess > 0n ? excess : 0n;
  }
}
