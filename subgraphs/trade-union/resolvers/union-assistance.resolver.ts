import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../../../shared/errors.js';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { requireOwned } from '../../../shared/department/owned.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import { WorkerFileStatus } from '../entities/enums.js';
import { UnionAssistance, WorkerFile } from '../entities/index.js';
import { GrantUnionAssistanceInput } from '../graphql/inputs.js';
import { UnionAssistanceView, toUnionAssistanceView } from '../graphql/union-assistance.js';
import type { TradeUnionContext } from '../loaders.js';

@Resolver(() => UnionAssistanceView)
export class UnionAssistanceResolver {
  @Authorized(CASE_TEAM)
  @Mutation(() => UnionAssistanceView, {
    description:
      'Grants union assistance to a worker with an open file (发放帮扶救助); idempotent by reference (帮扶单号)',
  })
  async grantUnionAssistance(
    @Arg('input', () => GrantUnionAssistanceInput) input: GrantUnionAssistanceInput,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<UnionAssistanceView> {
    assertDepartment(ctx.principal, ['TRADE_UNION'], 'granting union assistance');
    if (input.amount <= 0n) throw badInput('amount', 'amount must be more than zero');
    const person = await requireOwned(ctx, 'person', input.personId, 'personId');
    // A retry returns the first grant, even if the file has been closed since.
    const earlier = await replayOf(ctx, UnionAssistance, input, 'reference');
    if (earlier) return toUnionAssistanceView(earlier);
    const file = await ctx.em.findOne(WorkerFile, { personId: input.personId });
    if (file?.status !== WorkerFileStatus.OPEN) {
      throw badInput('personId', 'the person has no open worker file');
    }
    if (input.grantedOn < file.openedOn) {
      throw badInput(
        'grantedOn',
        `grantedOn (${input.grantedOn}) is before the file was opened (${file.openedOn})`,
      );
    }
    const row = ctx.em.create(UnionAssistance, {
      personId: input.personId,
      personRegionCode: person.regionCode,
      kind: input.kind,
      amountFen: input.amount,
      grantedOn: input.grantedOn,
      reference: input.reference,
      ...keyedBy(ctx.principal, input),
    });
    await ctx.em.flush();
    return toUnionAssistanceView(row);
  }
}
