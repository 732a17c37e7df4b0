import { Field, ObjectType } from 'type-graphql';
import type { UnionServicePoint } from '../entities/index.js';
import { UnionServicePointView, toUnionServicePointView } from './union-service-point.js';

@ObjectType({ description: 'What the trade union has at a station (工会在站阵地)' })
export class TradeUnionStationFigures {
  @Field(() => [UnionServicePointView], {
    description: 'Union service points in the station (站内职工服务站点)',
  })
  servicePoints!: UnionServicePointView[];
}

/** The graph's view of what the union has at one station. */
export function toTradeUnionStationFigures(
  points: readonly UnionServicePoint[],
): TradeUnionStationFigures {
  return { servicePoints: points.map(toUnionServicePointView) };
}
