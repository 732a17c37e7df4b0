import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { badInput } from '../../../shared/errors.js';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { findInRegion } from '../../../shared/department/own-records.js';
import { requireOwned } from '../../../shared/department/owned.js';
import { listedPersonalRecords } from '../../../shared/department/personal-records.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { inDateRange } from '../../../shared/input/period.js';
import { emitBenefits } from '../../../shared/ledger/outbox.js';
import { ConnectionArgs, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { UNION_RECORDS } from '../access.js';
import { tradeUnionBenefits } from '../benefits.js';
import { WorkerFileStatus } from '../entities/enums.js';
import { UnionAssistance, WorkerFile } from '../entities/index.js';
import { GrantUnionAssistanceInput, UnionAssistanceFilter } from '../graphql/inputs.js';
import {
  UnionAssistanceConnection,
  UnionAssistanceView,
  toUnionAssistanceView,
} from '../graphql/union-assistance.js';
import type { TradeUnionContext } from '../loaders.js';
import { noticeOtherHelp } from '../../../shared/ledger/notice.js';

@Resolver(() => UnionAssistanceView)
export class UnionAssistanceResolver {
  @Authorized(CASE_TEAM)
  @Query(() => UnionAssistanceConnection, {
    description:
      "Union assistance granted to workers living in your region (帮扶救助列表): for the union's case teams, and its supervisors who state a purpose (logged)",
  })
  async unionAssistanceGrants(
    @Arg('filter', () => UnionAssistanceFilter, { nullable: true })
    filter: UnionAssistanceFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<Connection<UnionAssistanceView>> {
    // Whoever sees no assistance on the person sees none listed either.
    return listedPersonalRecords(
      ctx,
      'assistance',
      UNION_RECORDS,
      {
        field: 'unionAssistance',
        refusal: "union assistance is for the union's case teams and supervisors",
      },
      () => {
        const where = {
          $and: [
            inDateRange('grantedOn', filter?.from, filter?.to),
            filter?.kind ? { kind: filter.kind } : {},
          ],
        };
        return findInRegion(
          ctx,
          UnionAssistance,
          page,
          filter?.regionCode,
          where,
          'personRegionCode',
        );
      },
      toUnionAssistanceView,
    );
  }

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
    if (earlier) return withOtherHelp(ctx, earlier);
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
    const row = await ctx.em.transactional(async (tx) => {
      const created = tx.create(UnionAssistance, {
        personId: input.personId,
        personRegionCode: person.regionCode,
        kind: input.kind,
        amountFen: input.amount,
        grantedOn: input.grantedOn,
        reference: input.reference,
        ...keyedBy(ctx.principal, input),
      });
      await tx.flush();
      await emitBenefits(tx, tradeUnionBenefits, 'UNION_ASSISTANCE', [created.id]);
      return created;
    });
    return withOtherHelp(ctx, row);
  }
}

/** A grant as its write answers it: with the notice of other departments' help. */
async function withOtherHelp(
  ctx: TradeUnionContext,
  grant: UnionAssistance,
): Promise<UnionAssistanceView> {
  const otherHelp = await noticeOtherHelp(ctx, 'grantUnionAssistance', {
    personId: grant.personId,
    givenOn: grant.grantedOn,
  });
  return { ...toUnionAssistanceView(grant), otherHelp };
}
