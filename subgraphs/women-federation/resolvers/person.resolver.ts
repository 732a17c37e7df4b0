import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { caseAccess } from '../access.js';
import { PersonRef } from '../graphql/references.js';
import { toWomenChildCaseViews, WomenChildCaseView } from '../graphql/women-child-case.js';
import type { WomenFederationContext } from '../loaders.js';

@Resolver(() => PersonRef)
export class WomenPersonResolver {
  @FieldResolver(() => [WomenChildCaseView], {
    nullable: true,
    description:
      "Women and children cases (妇女儿童个案): for the federation's caseworkers, analysts (de-identified) and supervisors who state a purpose (logged); summaries for the federation's own supervisors only",
  })
  async womenFederationCases(@Root() person: { id: string }, @Ctx() ctx: WomenFederationContext) {
    if (caseAccess(ctx.principal, ctx.purpose) === 'none') return null;
    return toWomenChildCaseViews(await ctx.loaders.casesByPerson.load(person.id), ctx);
  }
}
