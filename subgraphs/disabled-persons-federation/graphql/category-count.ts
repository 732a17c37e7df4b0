import { Field, Int, ObjectType } from 'type-graphql';
import { DisabilityCategory } from './enums.js';

@ObjectType({ description: 'Certificate holders in one category' })
export class CategoryCount {
  @Field(() => DisabilityCategory)
  category!: DisabilityCategory;

  @Field(() => Int)
  count!: number;
}
