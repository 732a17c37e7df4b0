import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINISTRATORS, ANY_ROLE } from '../../../shared/department/access.js';
import { findInRegion, registerOwn } from '../../../shared/department/own-records.js';
import { requirePlace } from '../../../shared/department/owned.js';
import { ConnectionArgs, mapConnection, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { ChildrenHome, ChildrenHomeStatus } from '../entities/index.js';
import {
  ChildrenHomeConnection,
  ChildrenHomeView,
  toChildrenHomeView,
} from '../graphql/children-home.js';
import { ChildrenHomeFilter, ChildrenHomeInput } from '../graphql/inputs.js';
import type { WomenFederationContext } from '../loaders.js';

@Resolver(() => ChildrenHomeView)
export class ChildrenHomeResolver {
  @Authorized(ANY_ROLE)
  @Query(() => ChildrenHomeConnection, {
    description: "Children's homes in your region (儿童之家)",
  })
  async childrenHomes(
    @Arg('filter', () => ChildrenHomeFilter, { nullable: true }) filter: ChildrenHomeFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: WomenFederationContext,
  ): Promise<Connection<ChildrenHomeView>> {
    const status = filter?.status ? { status: filter.status } : {};
    const homes = await findInRegion(
      ctx,
      ChildrenHome,
      page,
      filter?.regionCode,
      status,
      'villageCode',
    );
    return mapConnection(homes, toChildrenHomeView);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => ChildrenHomeView, {
    description: "Registers a children's home (登记儿童之家); idempotent by village and name",
  })
  async registerChildrenHome(
    @Arg('input', () => ChildrenHomeInput) input: ChildrenHomeInput,
    @Ctx() ctx: WomenFederationContext,
  ) {
    assertDepartment(ctx.principal, ['WOMEN_FEDERATION'], "registering children's homes");
    await requirePlace(ctx, input.villageCode, input.stationId, 'villageCode');
    const home = await registerOwn(
      ctx,
      ChildrenHome,
      { villageCode: input.villageCode, name: input.name },
      {
        stationId: input.stationId ?? null,
        openedOn: input.openedOn,
        status: ChildrenHomeStatus.OPERATING,
      },
    );
    return toChildrenHomeView(home);
  }
}
