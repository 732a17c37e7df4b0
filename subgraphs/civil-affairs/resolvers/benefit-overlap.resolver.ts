import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { relatedView } from '../../../shared/department/related.js';
import { badInput } from '../../../shared/errors.js';
import { dateRange } from '../../../shared/input/period.js';
import { assertInScope } from '../../../shared/scope.js';
import { parseDivisionCode } from '../../../shared/validators/division-code.js';
import {
  BenefitOverlapArgs,
  BenefitOverlapView,
  BenefitView,
  toBenefitView,
} from '../graphql/benefit.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import { benefitOverlaps } from '../ledger/overlaps.js';
import type { CivilAffairsContext } from '../loaders.js';

/**
 * Overlapping help: people in a division helped by several departments within a window, from
 * the ledger across departments, for the case teams that decide the next grant.
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
    const parsed = parseDivisionCode(args.regionCode);
    if (!parsed.ok) throw badInput('regionCode', parsed.reason);
    assertInScope(ctx.principal, args.regionCode, 'the ledger');
    const { from, to } = dateRange(args);
    return benefitOverlaps(ctx.em, {
      prefix: parsed.subtreePrefix,
      from,
      to,
      minDepartments: args.minDepartments,
      windowDays: args.windowDays,
      programmes: args.programmes?.length ? args.programmes : null,
      limit: args.first,
    });
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
