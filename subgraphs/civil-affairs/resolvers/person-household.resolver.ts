import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { relatedView } from '../../../shared/department/related.js';
import { HouseholdView, toHouseholdView } from '../graphql/household.js';
import { PersonView } from '../graphql/person.js';
import type { CivilAffairsContext } from '../loaders.js';

/** The household a person lives in now. */
@Resolver(() => PersonView)
export class PersonHouseholdResolver {
  @FieldResolver(() => HouseholdView, {
    nullable: true,
    description: 'The household the person belongs to now (所在家庭户); null when none',
  })
  async household(
    @Root() person: PersonView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<HouseholdView | null> {
    const membership = await ctx.loaders.households.membershipOfPerson.load(person.id);
    return relatedView(ctx.loaders.households.household, membership?.householdId, toHouseholdView);
  }
}
