import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Contribution } from '../../../shared/department/contribution.js';
import { CharityGrantView, toCharityGrantView } from '../graphql/charity-grant.js';
import { ServiceProjectRef } from '../graphql/references.js';
import type { CharityContext } from '../loaders.js';

@Resolver(() => ServiceProjectRef)
export class CharityProjectResolver {
  @FieldResolver(() => Contribution, {
    nullable: true,
    description: 'Charity money in this project: its grants to it (慈善投入)',
  })
  charityContribution(@Root() project: { id: string }, @Ctx() ctx: CharityContext) {
    return ctx.loaders.contribution.load(project.id);
  }

  @FieldResolver(() => [CharityGrantView], {
    nullable: true,
    description: 'Charity grants to this project (慈善资助)',
  })
  async charityGrants(@Root() project: { id: string }, @Ctx() ctx: CharityContext) {
    return (await ctx.loaders.grantsByProject.load(project.id)).map(toCharityGrantView);
  }
}
