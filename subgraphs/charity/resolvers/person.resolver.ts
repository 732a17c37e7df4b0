import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { personalRecords } from '../../../shared/department/personal-records.js';
import { AID } from '../access.js';
import { CharityGrantView, toCharityGrantView } from '../graphql/charity-grant.js';
import { PersonRef } from '../graphql/references.js';
import type { CharityContext } from '../loaders.js';

@Resolver(() => PersonRef)
export class CharityPersonResolver {
  @FieldResolver(() => [CharityGrantView], {
    nullable: true,
    description:
      "Charity aid received (慈善救助): for charity's caseworkers and supervisors who state a purpose (logged)",
  })
  async charityAid(
    @Root() person: { id: string },
    @Ctx() ctx: CharityContext,
  ): Promise<CharityGrantView[] | null> {
    // Amounts given to a person are financial data: no de-identified form is offered.
    const grants = await personalRecords(
      ctx,
      'assistance',
      AID,
      'charityAid',
      person,
      () => ctx.loaders.grantsByPerson.load(person.id),
      (grant) => grant.recipientRegionCode,
    );
    return grants?.map(toCharityGrantView) ?? null;
  }
}
