import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  InputType,
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
import { UnionServicePoint } from '../entities/index.js';
import type { TradeUnionContext } from '../loaders.js';
import { RegionRef, StationRef } from '../references.js';
import {
  TradeUnionRegionFigures,
  TradeUnionStationFigures,
  UnionServicePointInput,
  UnionServicePointView,
} from './types.js';

export const UnionServicePointConnection = connectionType(
  UnionServicePointView,
  'UnionServicePoint',
  'union service points (工会服务阵地)',
);

@InputType({ description: 'Which union service points to list' })
class UnionServicePointFilter {
  @Field(() => String, { nullable: true, description: "Only points in this division's subtree" })
  regionCode?: string | null;
}

const view = (point: UnionServicePoint): UnionServicePointView => ({
  id: point.id,
  name: point.name,
  kind: point.kind,
  regionCode: point.regionCode,
  openedOn: point.openedOn,
  station: point.stationId ? { id: point.stationId } : null,
});

@Resolver(() => UnionServicePointView)
export class UnionServicePointResolver {
  @Authorized([...ROLES])
  @Query(() => UnionServicePointConnection, {
    description: 'Union service points in your region (工会服务阵地列表)',
  })
  async unionServicePoints(
    @Arg('filter', () => UnionServicePointFilter, { nullable: true })
    filter: UnionServicePointFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<Connection<UnionServicePointView>> {
    const where = {
      $and: [scopeWhere(ctx.principal), subtreeFilter(filter?.regionCode)],
    };
    return mapConnection(await findConnection(ctx.em, UnionServicePoint, where, page), view);
  }

  @Authorized(['ADMIN'])
  @Mutation(() => UnionServicePointView, {
    description:
      'Registers a union service point (登记工会服务阵地); idempotent by region and name',
  })
  async registerUnionServicePoint(
    @Arg('input', () => UnionServicePointInput) input: UnionServicePointInput,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<UnionServicePointView> {
    assertDepartment(ctx.principal, ['TRADE_UNION'], 'registering union service points');
    assertInScope(ctx.principal, input.regionCode, 'a service point');
    const existing = await ctx.em.findOne(UnionServicePoint, {
      regionCode: input.regionCode,
      name: input.name,
    });
    const fields = {
      kind: input.kind,
      stationId: input.stationId ?? null,
      openedOn: input.openedOn,
    };
    const point = existing
      ? Object.assign(existing, fields)
      : ctx.em.create(UnionServicePoint, {
          name: input.name,
          regionCode: input.regionCode,
          ...fields,
        });
    await ctx.em.flush();
    return view(point);
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
    description: 'What the trade union has at the station (工会在站阵地)',
  })
  async tradeUnion(
    @Root() station: { id: string },
    @Ctx() ctx: TradeUnionContext,
  ): Promise<TradeUnionStationFigures> {
    return { servicePoints: (await ctx.loaders.pointsByStation.load(station.id)).map(view) };
  }
}
