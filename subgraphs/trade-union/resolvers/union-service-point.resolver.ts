import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINISTRATORS, ANY_ROLE } from '../../../shared/department/access.js';
import { requirePlace } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { assertDepartment, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { UnionServicePoint } from '../entities/index.js';
import { UnionServicePointFilter, UnionServicePointInput } from '../graphql/inputs.js';
import {
  UnionServicePointConnection,
  UnionServicePointView,
  toUnionServicePointView,
} from '../graphql/union-service-point.js';
import type { TradeUnionContext } from '../loaders.js';

@Resolver(() => UnionServicePointView)
export class UnionServicePointResolver {
  @Authorized(ANY_ROLE)
  @Query(() => UnionServicePointConnection, {
    description: 'Union service points in your region (职工服务站点列表)',
  })
  async unionServicePoints(
    @Arg('filter', () => UnionServicePointFilter, { nullable: true })
    filter: UnionServicePointFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<Connection<UnionServicePointView>> {
    const where = { $and: [scopeWhere(ctx.principal), subtreeFilter(filter?.regionCode)] };
    const points = await findConnection(ctx.em, UnionServicePoint, where, page);
    return mapConnection(points, toUnionServicePointView);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => UnionServicePointView, {
    description:
      'Registers a union service point (登记职工服务站点); registering the same division and name again updates it',
  })
  async registerUnionServicePoint(
    @Arg('input', () => UnionServicePointInput) input: UnionServicePointInput,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<UnionServicePointView> {
    assertDepartment(ctx.principal, ['TRADE_UNION'], 'registering union service points');
    await requirePlace(ctx, input.regionCode, input.stationId);
    const name = input.name.trim();
    const existing = await ctx.em.findOne(UnionServicePoint, {
      regionCode: input.regionCode,
      name,
    });
    const fields = {
      kind: input.kind,
      stationId: input.stationId ?? null,
      openedOn: input.openedOn,
    };
    const point = existing
      ? Object.assign(existing, fields)
      : ctx.em.create(UnionServicePoint, {
          name,
          regionCode: input.regionCode,
          ...fields,
          ...writtenBy(ctx.principal),
        });
    await ctx.em.flush();
    return toUnionServicePointView(point);
  }
}
