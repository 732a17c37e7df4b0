import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ADMINISTRATORS, personalAccess } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import { Department } from '../../../shared/enums.js';
import { relatedView } from '../../../shared/department/related.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import { LedgerCheckpoint } from '../entities/index.js';
import { BenefitView, LedgerSourceView } from '../graphql/benefit.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import type { CivilAffairsContext } from '../loaders.js';

/**
 * A benefit of the ledger: who gave what and when is for every case team; the amount follows the
 * giving department's rule for its assistance, as on that department's own record.
 */
@Resolver(() => BenefitView)
export class BenefitResolver {
  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "Amount of cash help (金额): by the giving department's rule for its assistance — its case team, or its supervisor stating a purpose (logged)",
  })
  async amount(
    @Root() benefit: BenefitView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<bigint | null> {
    if (benefit.amountFen === null) return null;
    const holder = { owner: benefit.department };
    const amount = maskPersonal(
      'assistance',
      benefit.amountFen,
      ctx.principal,
      ctx.purpose,
      holder,
    );
    if (
      amount !== null &&
      benefit.personId &&
      personalAccess(ctx.principal, ctx.purpose, holder) === 'revealed'
    ) {
      await ctx.loaders.reveal.load({
        personId: benefit.personId,
        personRegionCode: benefit.regionCode,
        field: 'benefits',
      });
    }
    return amount;
  }

  @FieldResolver(() => PersonView, {
    nullable: true,
    description: 'Person helped (受助人): in a household’s help, which member',
  })
  async person(
    @Root() benefit: BenefitView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView | null> {
    return relatedView(ctx.loaders.person, benefit.personId, toPersonView);
  }

  @Authorized(ADMINISTRATORS)
  @Query(() => [LedgerSourceView], {
    description:
      "How far the benefit ledger has applied each department's outbox, and how long the oldest snapshot not yet applied has waited (台账同步进度)",
  })
  async ledgerStatus(@Ctx() ctx: CivilAffairsContext): Promise<LedgerSourceView[]> {
    const rows = await ctx.em.find(LedgerCheckpoint, {}, { orderBy: { department: 'asc' } });
    const now = Date.now();
    return rows.map((row) => ({
      department: row.department as Department,
      appliedSeq: String(row.seq),
      lagSeconds: row.pendingSince ? Math.round((now - row.pendingSince.getTime()) / 1000) : 0,
      updatedAt: row.updatedAt,
    }));
  }
}
