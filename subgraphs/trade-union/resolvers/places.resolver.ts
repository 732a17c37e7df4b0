import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ROLES } from '../../../shared/auth.js';
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
  scopeWhere,
  subtreeFilter,
} from '../../../shared/scope.js';
import { requirePlace } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import { UnionServicePoint } from '../entities/index.js';
import type { TradeUnionContext } from '../loaders.js';
import { RegionRef, StationRef } from '../references.js';
import { UnionServicePointFilter, UnionServicePointInput } from './inputs.js';
import {
  TradeUnionRegionFigures,
  TradeUnionStationFigures,
  UnionServicePointView,
  servicePointView,
} from './types.js';

export const UnionServicePointConnection = connectionType(
  UnionServicePointView,
  'UnionServicePoint',
  'union service points (职工服务站点)',
);

@Resolver(() => UnionServicePointView)
export class UnionServicePointResolver {
  @Authorized([...ROLES])
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
    return mapConnection(points, servicePointView);
  }

  @Authorized(['ADMIN'])
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
    return servicePointView(point);
  }
}

@Resolver(() => RegionRef)
export class TradeUnionRegionResolver {
  @FieldResolver(() => TradeUnionRegionFigures, {
    nullable: true,
    description: 'Trade union figures over the subtree (工会数据); only in your region',
  })
  async tradeUnion(
    @Root() region: { code: string },
    @Ctx() ctx: TradeUnionContext,
  ): Promise<TradeUnionRegionFigures> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const [figures, contributed] = await Promise.all([
      ctx.loaders.regionFigures.load(region.code),
      ctx.loaders.contributedIn.load(region.code),
    ]);
    return { ...figures, contributed };
  }
}

@Resolver(() => StationRef)
export class TradeUnionStationResolver {
  @FieldResolver(() => TradeUnionStationFigures, {
    nullable: true,
    description: 'What the trade union has at the station (工会在站阵地), in your region',
  })
  async tradeUnion(
    @Root() station: { id: string },
    @Ctx() ctx: TradeUnionContext,
  ): Promise<TradeUnionStationFigures> {
    const points = await ctx.loaders.pointsByStation.load(station.id);
    return { servicePoints: points.map(servicePointView) };
  }
}
