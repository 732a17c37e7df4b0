import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StationRef } from '../graphql/references.js';
import {
  TradeUnionStationFigures,
  toTradeUnionStationFigures,
} from '../graphql/trade-union-station-figures.js';
import type { TradeUnionContext } from '../loaders.js';

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
    return toTradeUnionStationFigures(points);
  }
}
