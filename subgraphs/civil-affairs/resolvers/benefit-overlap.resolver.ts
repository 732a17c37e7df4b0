import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CASE_TEAM, PERSON_READERS } from '../../../shared/department/access.js';
import { relatedView } from '../../../shared/department/related.js';
import { dateRange } from '../../../shared/input/period.js';
import { chinaToday, monthsBefore } from '../../../shared/input/dates.js';
import { cellCount } from '../../../shared/department/small-cells.js';
import { assertDepartment, subtreeInScope } from '../../../shared/scope.js';
import { HouseholdView, toHouseholdView } from '../graphql/household.js';
import { householdsWithoutHelp } from '../ledger/gaps.js';
import { overlapFigures } from '../ledger/figures.js';
import {
  BenefitFiguresArgs,
  BenefitGapArgs,
  BenefitOverlapArgs,
  BenefitOverlapFiguresView,
  BenefitOverlapView,
  BenefitView,
  toBenefitView,
} from '../graphql/benefit.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import { benefitOverlaps } from '../ledger/overlaps.js';
import type { CivilAffairsContext } from '../loaders.js';

/**
 * Overlapping and missing help, from the ledger across departments: people in a division helped
 * by several departments within a window, and households of a category no one helped lately.
 */
@Resolver(() => BenefitOverlapView)
export class BenefitOverlapResolver {
  @Authorized(CASE_TEAM)
  @Query(() => [BenefitOverlapView], {
    description:
      'People in a division helped by at least minDepartments departments within windowDays of one another, in a period (多部门重复帮扶排查); reversed help does not count',
  })
  async benefitOverlaps(
    @Args(() => BenefitOverlapArgs) args: BenefitOverlapArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<BenefitOverlapView[]> {
    const prefix = subtreeInScope(ctx.principal, args.regionCode, 'the ledger');
    const { from, to } = dateRange(args);
    return benefitOverlaps(ctx.em, {
      prefix,
      from,
      to,
      minDepartments: args.minDepartments,
      windowDays: args.windowDays,
      programmes: args.programmes?.length ? args.programmes : null,
      limit: args.first,
    });
  }

  @Authorized(CASE_TEAM)
  @Query(() => [HouseholdView], {
    description:
      "Households of a category in a division that no department helped in the last months (帮扶遗漏排查): no current member has help in the ledger since then. For civil affairs' case teams, who keep the categories",
  })
  async benefitGaps(
    @Args(() => BenefitGapArgs) args: BenefitGapArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<HouseholdView[]> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'finding households by category');
    const prefix = subtreeInScope(ctx.principal, args.regionCode, 'the ledger');
    const ids = await householdsWithoutHelp(ctx.em, {
      prefix,
      category: args.category,
      since: monthsBefore(chinaToday(), args.months),
      limit: args.first,
    });
    const households = await ctx.loaders.households.household.loadMany(ids);
    return households.flatMap((row) =>
      row && !(row instanceof Error) ? [toHouseholdView(row)] : [],
    );
  }

  @Authorized(PERSON_READERS)
  @Query(() => BenefitOverlapFiguresView, {
    description:
      'Overlapping help in a division, counted for dashboards (重复帮扶统计): people helped, people helped by two or more departments within windowDays, and each pair of departments; for analysts counts under 5 are suppressed',
  })
  async benefitOverlapFigures(
    @Args(() => BenefitFiguresArgs) args: BenefitFiguresArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<BenefitOverlapFiguresView> {
    const prefix = subtreeInScope(ctx.principal, args.regionCode, 'the ledger');
    const figures = await overlapFigures(ctx.em, {
      prefix,
      ...dateRange(args),
      windowDays: args.windowDays,
      programmes: args.programmes?.length ? args.programmes : null,
    });
    const cell = (count: number) => cellCount(count, ctx.principal);
    return {
      regionCode: args.regionCode,
      windowDays: args.windowDays,
      helped: cell(figures.helped).count,
      overlapping: cell(figures.people).count,
      pairs: figures.pairs.map((pair) => {
        const { count, suppressed } = cell(pair.people);
        return {
          departments: [pair.first, pair.second],
          people: count,
          suppressed,
        };
      }),
    };
  }

  @FieldResolver(() => PersonView, { nullable: true, description: 'Person helped (受助人)' })
  async person(@Root() overlap: BenefitOverlapView, @Ctx() ctx: CivilAffairsContext) {
    return relatedView(ctx.loaders.person, overlap.personId, toPersonView);
  }

  @FieldResolver(() => [BenefitView], { description: 'The help given within the window' })
  async benefits(
    @Root() overlap: BenefitOverlapView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<BenefitView[]> {
    const given = await ctx.loaders.benefitsByPerson.load(overlap.personId);
    return given
      .filter(
        (row) =>
          !row.reversed && row.givenOn >= overlap.windowStart && row.givenOn <= overlap.windowEnd,
      )
      .map(toBenefitView);
  }
}
