import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../shared/scalars.js';

@ObjectType({ description: 'Charity figures over a region subtree (慈善数据)' })
export class CharityRegionFigures {
  @Field(() => Int, { description: 'Funds (基金数)' })
  funds!: number;

  @Field(() => MoneyScalar, { description: 'Donations received by funds here (募集)' })
  raised!: bigint;

  @Field(() => MoneyScalar, { description: 'Granted to recipients here (资助)' })
  granted!: bigint;

  @Field(() => MoneyScalar, { description: 'Of it to projects (资助项目)' })
  grantedToProjects!: bigint;

  @Field(() => MoneyScalar, { description: 'Of it to communities (资助社区)' })
  grantedToCommunities!: bigint;

  @Field(() => MoneyScalar, { description: 'Of it to people (资助个人)' })
  grantedToPeople!: bigint;

  @Field(() => Int, { description: 'Communities granted to (获资助社区数)' })
  communitiesGranted!: number;

  @Field(() => Int, { description: 'Charity volunteers (慈善志愿者)' })
  volunteers!: number;
}
