import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { chinaToday } from '../../../shared/input/dates.js';
import { REVERSAL_PREFIX, ReversalInput, reversalOf } from '../../../shared/department/reversal.js';
import { keyedBy } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import { CharityGrant } from '../entities/index.js';
import type { CharityContext } from '../loaders.js';
import { CharityGrantView } from './types.js';
import { grantView } from './views.js';

@Resolver(() => CharityGrantView)
export class CharityGrantReversalResolver {
  @Authorized(['ADMIN', 'SUPERVISOR'])
  @Mutation(() => CharityGrantView, {
    description:
      'Reverses a grant made in error, with a reason (冲正): the grant stays, a negative entry returns the money to the fund; reversing again changes nothing',
  })
  async reverseCharityGrant(
    @Arg('input', () => ReversalInput) input: ReversalInput,
    @Ctx() ctx: CharityContext,
  ): Promise<CharityGrantView> {
    assertDepartment(ctx.principal, ['CHARITY'], 'reversing grants');
    const { original, earlier } = await reversalOf(ctx, CharityGrant, input, 'grant');
    if (earlier) return grantView(earlier);
    const reversal = ctx.em.create(CharityGrant, {
      fundId: original.fundId,
      recipientKind: original.recipientKind,
      projectId: original.projectId,
      communityCode: original.communityCode,
      personId: original.personId,
      recipientRegionCode: original.recipientRegionCode,
      amountFen: -original.amountFen,
      grantedOn: chinaToday(),
      purpose: original.purpose,
      reference: `${REVERSAL_PREFIX}${original.reference}`,
      reversesId: original.id,
      reason: input.reason,
      ...keyedBy(ctx.principal, input),
    });
    await ctx.em.flush();
    return grantView(reversal);
  }
}
