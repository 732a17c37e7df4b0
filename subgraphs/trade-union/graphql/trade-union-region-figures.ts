import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../shared/scalars.js';

@ObjectType({ description: 'Trade union figures over a region subtree (工会数据)' })
export class TradeUnionRegionFigures {
  @Field(() => Int, { description: 'Workers in difficulty with an open file (在档困难职工)' })
  workersInDifficulty!: number;

  @Field(() => Int, { description: 'Of them in deep difficulty (深度困难职工)' })
  deepDifficulty!: number;

  @Field(() => Int, { description: 'Files closed: workers out of difficulty (已解困)' })
  closedFiles!: number;

  @Field(() => Int, { description: 'Union service points (职工服务站点)' })
  servicePoints!: number;

  @Field(() => MoneyScalar, { description: 'Assistance granted to residents (帮扶救助金额)' })
  assistanceGranted!: bigint;

  @Field(() => MoneyScalar, {
    description: 'Union money put into projects bought here (项目投入)',
  })
  contributed!: bigint;
}
