import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Certificate holders of one grade' })
export class GradeCount {
  @Field(() => Int, { description: 'Grade 1–4' })
  grade!: number;

  @Field(() => Int)
  count!: number;
}
