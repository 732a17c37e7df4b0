import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINISTRATORS, ANY_ROLE, REGISTRARS } from '../../../shared/department/access.js';
import { findInRegion } from '../../../shared/department/own-records.js';
import { requireOwned } from '../../../shared/department/owned.js';
import { writeOnce, writtenBy } from '../../../shared/department/written.js';
import { badInput } from '../../../shared/errors.js';
import { ConnectionArgs, mapConnection, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { CharityFund, Donation } from '../entities/index.js';
import {
  CharityFundConnection,
  CharityFundView,
  toCharityFundView,
} from '../graphql/charity-fund.js';
import { CharityFundFilter, CharityFundInput, DonationInput } from '../graphql/inputs.js';
import type { CharityContext } from '../loaders.js';
import { fundInScope } from '../rules.js';

@Resolver(() => CharityFundView)
export class CharityFundResolver {
  @Authorized(ANY_ROLE)
  @Query(() => CharityFundConnection, {
    description: 'Charity funds in your region, with their money (慈善基金)',
  })
  async charityFunds(
    @Arg('filter', () => CharityFundFilter, { nullable: true }) filter: CharityFundFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CharityContext,
  ): Promise<Connection<CharityFundView>> {
    const kind = filter?.kind ? { kind: filter.kind } : {};
    const funds = await findInRegion(ctx, CharityFund, page, filter?.regionCode, kind);
    return mapConnection(funds, (fund) => toCharityFundView(fund, ctx));
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => CharityFundView, {
    description: 'Establishes a fund (设立慈善基金); idempotent by region and name',
  })
  async establishCharityFund(
    @Arg('input', () => CharityFundInput) input: CharityFundInput,
    @Ctx() ctx: CharityContext,
  ) {
    assertDepartment(ctx.principal, ['CHARITY'], 'establishing funds');
    await requireOwned(ctx, 'region', input.regionCode, 'regionCode');
    const fund =
      (await ctx.em.findOne(CharityFund, { regionCode: input.regionCode, name: input.name })) ??
      ctx.em.create(CharityFund, { ...input, ...writtenBy(ctx.principal) });
    await ctx.em.flush();
    return toCharityFundView(fund, ctx);
  }

  @Authorized(REGISTRARS)
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
    await writeOnce(ctx, Donation, input, 'reference', {
      fundId: fund.id,
      donor: input.donor,
      anonymous: input.anonymous,
      amountFen: input.amount,
      receivedOn: input.receivedOn,
      reference: input.reference,
    });
    return toCharityFundView(fund, ctx);
  }
}
