import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../../shared/auth.js';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { DateRangeArgs, dateRange } from '../../../shared/input/period.js';
import { BenefitView, toBenefitView } from '../graphql/benefit.js';
import { HouseholdView } from '../graphql/household.js';
import { PersonView } from '../graphql/person.js';
import type { CivilAffairsContext } from '../loaders.js';

/** A person's help from every department, from the ledger: for case teams. */
@Resolver(() => PersonView)
export class PersonBenefitResolver {
  @FieldResolver(() => [BenefitView], {
    nullable: true,
    description:
      "Every department's help to the person, oldest first (救助帮扶记录), from the ledger across departments; null for roles outside case work",
  })
  async benefits(
    @Root() person: PersonView,
    @Args(() => DateRangeArgs) period: DateRangeArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<BenefitView[] | null> {
    if (!hasRole(ctx.principal, CASE_TEAM)) return null;
    return inPeriod(
      (await ctx.loaders.benefitsByPerson.load(person.id)).map(toBenefitView),
      period,
    );
  }
}

/** A household's help from every department, from the ledger: for case teams. */
@Resolver(() => HouseholdView)
export class HouseholdBenefitResolver {
  @FieldResolver(() => [BenefitView], {
    nullable: true,
    description:
      "Every department's help to the household's members while they were members, oldest first (家庭救助帮扶记录), from the ledger across departments; null for roles outside case work",
  })
  async benefits(
    @Root() household: HouseholdView,
    @Args(() => DateRangeArgs) period: DateRangeArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<BenefitView[] | null> {
    if (!hasRole(ctx.principal, CASE_TEAM)) return null;
    return inPeriod(await ctx.loaders.households.benefitsByHousehold.load(household.id), period);
  }
}

/** The benefits given within a period, in their order. */
function inPeriod(benefits: BenefitView[], period: DateRangeArgs): BenefitView[] {
  const { from, to } = dateRange(period);
  return benefits.filter((row) => (!from || row.givenOn >= from) && (!to || row.givenOn <= to));
}
