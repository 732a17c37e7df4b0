import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ANY_ROLE } from '../../../shared/department/access.js';
import { inDateRange } from '../../../shared/input/period.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { Donation } from '../entities/index.js';
import { DonationConnection, DonationView, toDonationView } from '../graphql/donation.js';
import { DonationFilter } from '../graphql/inputs.js';
import type { CharityContext } from '../loaders.js';

@Resolver(() => DonationView)
export class DonationResolver {
  @Authorized(ANY_ROLE)
  @Query(() => DonationConnection, {
    description:
      "Donations received into the funds of your region (捐赠记录); donors' names masked for those who do not work with them, anonymous donors' never given",
  })
  async donations(
    @Arg('filter', () => DonationFilter, { nullable: true }) filter: DonationFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CharityContext,
  ): Promise<Connection<DonationView>> {
    // A donation is where its fund is.
    const where = {
      $and: [
        { fundId: scopeWhere(ctx.principal) },
        filter?.regionCode ? { fundId: subtreeFilter(filter.regionCode) } : {},
        filter?.fundId ? { fundId: filter.fundId } : {},
        inDateRange('receivedOn', filter?.from, filter?.to),
      ],
    };
    const donations = await findConnection(ctx.em, Donation, where, page);
    return mapConnection(donations, (donation) =>
      toDonationView(donation, ctx.principal, ctx.purpose),
    );
  }
}
