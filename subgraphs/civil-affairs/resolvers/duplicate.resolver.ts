import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { subtreeInScope } from '../../../shared/scope.js';
import { DuplicateArgs, DuplicateCandidateView } from '../graphql/duplicate.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import type { CivilAffairsContext } from '../loaders.js';
import { duplicatePairs } from '../register/duplicates.js';

/**
 * Possible duplicate registrations in the shared register, for the case teams that keep it
 * clean: each pair with why it may be one person. The people are shown by the usual rules.
 */
@Resolver(() => DuplicateCandidateView)
export class DuplicateResolver {
  @Authorized(CASE_TEAM)
  @Query(() => [DuplicateCandidateView], {
    description:
      'Entries of the register in a division that may be one person (疑似重复登记): same name with the same birth date and village, or identity numbers one or two characters apart',
  })
  async duplicatePeople(
    @Args(() => DuplicateArgs) args: DuplicateArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<DuplicateCandidateView[]> {
    const prefix = subtreeInScope(ctx.principal, args.regionCode, 'the register');
    const pairs = await duplicatePairs(ctx.em, prefix, args.first);
    return pairs.map((pair) => ({ reasons: pair.reasons, personIds: pair.ids }));
  }

  @FieldResolver(() => [PersonView], { description: 'The two entries (登记记录)' })
  async people(
    @Root() candidate: DuplicateCandidateView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView[]> {
    const people = await ctx.loaders.person.loadMany(candidate.personIds);
    return people.flatMap((person) =>
      person && !(person instanceof Error) ? [toPersonView(person)] : [],
    );
  }
}
