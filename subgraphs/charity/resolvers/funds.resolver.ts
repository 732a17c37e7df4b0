import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  InputType,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { ROLES } from '../../../shared/auth.js';
import { badInput } from '../../../shared/errors.js';
import { formatYuan } from '../../../shared/money.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import {
  assertDepartment,
  assertInScope,
  requireInScope,
  scopeWhere,
  subtreeFilter,
} from '../../../shared/scope.js';
import { CharityFund, CharityFundKind, CharityGrant, Donation } from '../entities/index.js';
import type { CharityContext } from '../loaders.js';
import {
  CharityFundInput,
  CharityFundView,
  CharityGrantInput,
  CharityGrantView,
  DonationInput,
} from './types.js';
import { fundView, grantView } from './views.js';

export const CharityFundConnection = connectionType(
  CharityFundView,
  'CharityFund',
  'charity funds (慈善基金)',
);

@InputType({ description: 'Which charity funds to list' })
class CharityFundFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => CharityFundKind, { nullable: true })
  kind?: CharityFundKind | null;
}

/** The fund by id, in the caller's region; absent and elsewhere alike `NOT_FOUND` on `fundId`. */
async function fundInScope(ctx: CharityContext, fundId: string): Promise<CharityFund> {
  const fund = await ctx.em.findOne(CharityFund, { id: fundId });
  return requireInScope(ctx.principal, fund, 'fundId', 'fund', (row) => row.regionCode);
}

const RECIPIENT_FIELD = {
  PROJECT: 'projectId',
  COMMUNITY: 'communityCode',
  PERSON: 'personId',
} as const;

@Resolver()
export class CharityFundsResolver {
  @Authorized([...ROLES])
  @Query(() => CharityFundConnection, {
    description: 'Charity funds in your region, with their money (慈善基金)',
  })
  async charityFunds(
    @Arg('filter', () => CharityFundFilter, { nullable: true }) filter: CharityFundFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CharityContext,
  ): Promise<Connection<CharityFundView>> {
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        subtreeFilter(filter?.regionCode),
        filter?.kind ? { kind: filter.kind } : {},
      ],
    };
    return mapConnection(await findConnection(ctx.em, CharityFund, where, page), (fund) =>
      fundView(fund, ctx),
    );
  }

  @Authorized(['ADMIN'])
  @Mutation(() => CharityFundView, {
    description: 'Establishes a fund (设立慈善基金); idempotent by region and name',
  })
  async establishCharityFund(
    @Arg('input', () => CharityFundInput) input: CharityFundInput,
    @Ctx() ctx: CharityContext,
  ) {
    assertDepartment(ctx.principal, ['CHARITY'], 'establishing funds');
    assertInScope(ctx.principal, input.regionCode, 'a fund');
    const fund =
      (await ctx.em.findOne(CharityFund, { regionCode: input.regionCode, name: input.name })) ??
      ctx.em.create(CharityFund, { ...input });
    await ctx.em.flush();
    return fundView(fund, ctx);
  }

  @Authorized(['ADMIN', 'CASEWORKER'])
  @Mutation(() => CharityFundView, {
    description: 'Receives a donation into a fund (接收捐赠); idempotent by receipt number',
  })
  async receiveDonation(
    @Arg('input', () => DonationInput) input: DonationInput,
    @Ctx() ctx: CharityContext,
  ) {
    assertDepartment(ctx.principal, ['CHARITY'], 'receiving donations');
    if (input.amount <= 0n) throw badInput('amount', 'amount must be more than zero');
    const fund = await fundInScope(ctx, input.fundId);
    const earlier = await ctx.em.findOne(Donation, { reference: input.reference });
    if (earlier && earlier.fundId !== fund.id)
      throw badInput('reference', `receipt ${input.reference} is already used for another fund`);
    if (!earlier) {
      ctx.em.create(Donation, {
        fundId: fund.id,
        donor: input.donor,
        anonymous: input.anonymous,
        amountFen: input.amount,
        receivedOn: input.receivedOn,
        reference: input.reference,
      });
      await ctx.em.flush();
    }
    return fundView(fund, ctx);
  }

  @Authorized(['ADMIN', 'SUPERVISOR'])
  @Mutation(() => CharityGrantView, {
    description:
      'Makes a grant from a fund (慈善资助); idempotent by reference; never beyond the balance',
  })
  async makeCharityGrant(
    @Arg('input', () => CharityGrantInput) input: CharityGrantInput,
    @Ctx() ctx: CharityContext,
  ): Promise<CharityGrantView> {
    assertDepartment(ctx.principal, ['CHARITY'], 'making grants');
    assertInScope(ctx.principal, input.recipientRegionCode, 'a recipient');
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
    if (
      input.communityCode &&
      !input.communityCode.startsWith(input.recipientRegionCode) &&
      input.communityCode !== input.recipientRegionCode
    ) {
      throw badInput('recipientRegionCode', 'a community grant is made in the community itself');
    }
    const earlier = await ctx.em.findOne(CharityGrant, { reference: input.reference });
    if (earlier) return grantView(earlier);
    const fund = await fundInScope(ctx, input.fundId);
    const grant = await ctx.em.transactional(async (tx) => {
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
        recipientRegionCode: input.recipientRegionCode,
        amountFen: input.amount,
        grantedOn: input.grantedOn,
        purpose: input.purpose,
        reference: input.reference,
      });
      await tx.flush();
      return created;
    });
    return grantView(grant);
  }
}
