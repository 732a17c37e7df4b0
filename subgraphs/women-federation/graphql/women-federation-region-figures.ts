import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../shared/scalars.js';

@ObjectType({ description: "Women's federation figures over a region subtree (妇联数据)" })
export class WomenFederationRegionFigures {
  @Field(() => Int, { description: "Operating children's homes (儿童之家)" })
  childrenHomes!: number;

  @Field(() => Int, { description: "Villages and communities with a children's home" })
  villagesWithChildrenHome!: number;

  @Field(() => Int, { description: 'Open cases (在办个案)' })
  openCases!: number;

  @Field(() => Int, { description: 'Family services (家庭服务场次)' })
  familyServices!: number;

  @Field(() => Int, { description: 'Households served (服务户数)' })
  householdsServed!: number;

  @Field(() => Int, { description: 'Person-times (服务人次)' })
  personTimes!: number;

  @Field(() => MoneyScalar, {
    description: 'Federation money put into projects bought here (项目投入)',
  })
  contributed!: bigint;
}

/** A subtree's figures, counted in SQL, with the money the federation put into projects there. */
export function toWomenFederationRegionFigures(
  figures: Omit<WomenFederationRegionFigures, 'contributed'>,
  contributed: bigint,
): WomenFederationRegionFigures {
  return { ...figures, contributed };
}
