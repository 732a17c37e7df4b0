import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ANY_ROLE, CORRECTORS } from '../../../shared/department/access.js';
import {
  assertFundedLawfully,
  lockProject,
} from '../../../shared/department/contribution-rules.js';
import { requireOwned } from '../../../shared/department/owned.js';
import { REVERSAL_PREFIX, ReversalInput, reversalOf } from '../../../shared/department/reversal.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { badInput, forbidden } from '../../../shared/errors.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { inDateRange } from '../../../shared/input/period.js';
import { emitBenefits } from '../../../shared/ledger/outbox.js';
import { formatYuan } from '../../../shared/money.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { assertDepartment, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { seesAid } from '../access.js';
import { charityBenefits } from '../benefits.js';
import { CharityGrant, CharityRecipientKind } from '../entities/index.js';
import {
  CharityGrantConnection,
  CharityGrantView,
  toCharityGrantView,
  toListedCharityGrantView,
} from '../graphql/charity-grant.js';
import { CharityGrantFilter, CharityGrantInput } from '../graphql/inputs.js';
import type { CharityContext } from '../loaders.js';
import { fundInScope } from '../rules.js';
import { noticeOtherHelp } from '../../../shared/ledger/notice.js';

/**
 * The recipient's division as its owner gives it: the project's or the person's in the register,
 * or the community's own code once civil affairs knows it in the caller's region. A grant to a
 * project is charity's money in it, held to the rules of every department's money.
 */
async function recipientRegion(ctx: CharityContext, input: CharityGrantInput): Promise<string> {
  if (input.projectId) {
    const project = await requireOwned(
      ctx,
      'project',
      input.projectId,
      'projectId',
      input.recipientRegionCode,
    );
    await lockProject(ctx.em, project.id);
    const [row] = await ctx.em.execute<Array<{ paid: string }>>(
      'SELECT coalesce(sum(amount_fen), 0)::text AS paid FROM charity_grants WHERE project_id = ?',
      [project.id],
    );
    assertFundedLawfully(
      'CHARITY',
      project,
      { amount: input.amount, on: input.grantedOn, dateField: 'grantedOn' },
      BigInt(row?.paid ?? 0),
    );
    return project.regionCode;
  }
  if (input.personId) {
    const person = await requireOwned(
      ctx,
      'person',
      input.personId,
      'personId',
      input.recipientRegionCode,
    );
    return person.regionCode;
  }
  const community = await requireOwned(
    ctx,
    'region',
    input.communityCode ?? '',
    'communityCode',
    input.recipientRegionCode,
  );
  return community.code;
}

const RECIPIENT_FIELD = {
  PROJECT: 'projectId',
  COMMUNITY: 'communityCode',
  PERSON: 'personId',
} as const;

@Resolver(() => CharityGrantView)
export class CharityGrantResolver {
  @Authorized(ANY_ROLE)
  @Query(() => CharityGrantConnection, {
    description:
      "Charity grants to recipients in your region, reversals as their own rows (慈善资助列表); grants to people only for charity's caseworkers and supervisors who state a purpose (logged)",
  })
  async charityGrants(
    @Arg('filter', () => CharityGrantFilter, { nullable: true })
    filter: CharityGrantFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CharityContext,
  ): Promise<Connection<CharityGrantView>> {
    const aid = seesAid(ctx.principal, ctx.purpose);
    if (!aid && filter?.recipientKind === CharityRecipientKind.PERSON) {
      throw forbidden('aid given to people is for charity and its supervisors who state a purpose');
    }
    const where = {
      $and: [
        { recipientRegionCode: scopeWhere(ctx.principal).regionCode },
        subtreeFilter(filter?.regionCode, 'recipientRegionCode'),
        filter?.fundId ? { fundId: filter.fundId } : {},
        filter?.recipientKind ? { recipientKind: filter.recipientKind } : {},
        aid ? {} : { recipientKind: { $ne: CharityRecipientKind.PERSON } },
        inDateRange('grantedOn', filter?.from, filter?.to),
      ],
    };
    const grants = await findConnection(ctx.em, CharityGrant, where, page);
    return mapConnection(grants, (grant) => toListedCharityGrantView(grant, ctx));
  }

  @Authorized(CORRECTORS)
  @Mutation(() => CharityGrantView, {
    description:
      'Makes a grant from a fund (慈善资助); idempotent by reference; never beyond the balance',
  })
  async makeCharityGrant(
    @Arg('input', () => CharityGrantInput) input: CharityGrantInput,
    @Ctx() ctx: CharityContext,
  ): Promise<CharityGrantView> {
    assertDepartment(ctx.principal, ['CHARITY'], 'making grants');
    if (input.amount <= 0n) throw badInput('amount', 'amount must be more than zero');
    const recipientField = RECIPIENT_FIELD[input.recipientKind];
    for (const field of Object.values(RECIPIENT_FIELD)) {
      const given = input[field] != null;
      if (given !== (field === recipientField)) {
        throw badInput(
          field,
          field === recipientField
            ? `${field} is required for a ${input.recipientKind} grant`
            : `${field} does not belong to a ${input.recipientKind} grant`,
        );
      }
    }
    const fund = await fundInScope(ctx, input.fundId);
    const earlier = await replayOf(ctx, CharityGrant, input, 'reference');
    if (earlier) return withOtherHelp(ctx, earlier);
    const grant = await ctx.em.transactional(async (tx) => {
      const regionCode = await recipientRegion({ ...ctx, em: tx }, input);
      // Lock the fund so that two grants made at once cannot both spend the same balance.
      await tx.execute('SELECT id FROM charity_funds WHERE id = ? FOR UPDATE', [fund.id]);
      const [row] = await tx.execute<Array<{ balance: string }>>(
        `SELECT ((SELECT coalesce(sum(amount_fen), 0) FROM donations WHERE fund_id = ?)
               - (SELECT coalesce(sum(amount_fen), 0) FROM charity_grants WHERE fund_id = ?))::text AS balance`,
        [fund.id, fund.id],
      );
      const balance = BigInt(row!.balance);
      if (input.amount > balance)
        throw badInput(
          'amount',
          `the fund holds ${formatYuan(balance)} yuan, less than ${formatYuan(input.amount)}`,
        );
      const created = tx.create(CharityGrant, {
        fundId: fund.id,
        recipientKind: input.recipientKind,
        projectId: input.projectId ?? null,
        communityCode: input.communityCode ?? null,
        personId: input.personId ?? null,
        recipientRegionCode: regionCode,
        amountFen: input.amount,
        grantedOn: input.grantedOn,
        purpose: input.purpose,
        reference: input.reference,
        ...keyedBy(ctx.principal, input),
      });
      await tx.flush();
      // A grant to a person is a benefit; one to a project or a community writes no snapshot.
      await emitBenefits(tx, charityBenefits, 'CHARITY_GRANT', [created.id]);
      return created;
    });
    return withOtherHelp(ctx, grant);
  }

  @Authorized(CORRECTORS)
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
    if (earlier) return toCharityGrantView(earlier);
    const reversal = await ctx.em.transactional(async (tx) => {
      const created = tx.create(CharityGrant, {
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
      await tx.flush();
      // The original grant, now reversed, is written again: the ledger keeps it as withdrawn.
      await emitBenefits(tx, charityBenefits, 'CHARITY_GRANT', [original.id]);
      return created;
    });
    return toCharityGrantView(reversal);
  }
}

/** A grant as its write answers it: one to a person with the notice of other departments' help. */
async function withOtherHelp(ctx: CharityContext, grant: CharityGrant): Promise<CharityGrantView> {
  const view = toCharityGrantView(grant);
  if (!grant.personId) return view;
  const otherHelp = await noticeOtherHelp(ctx, 'makeCharityGrant', {
    personId: grant.personId,
    givenOn: grant.grantedOn,
  });
  return { ...view, otherHelp };
}
