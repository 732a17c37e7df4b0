import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../shared/scalars.js';
import { CategoryCount } from './category-count.js';
import { GradeCount } from './grade-count.js';

@ObjectType({
  description: "Disabled persons' federation figures over a region subtree (残联数据)",
})
export class DisabilityRegionFigures {
  @Field(() => Int, { description: 'Valid certificates held by residents (持证残疾人)' })
  certificateHolders!: number;

  @Field(() => [CategoryCount], {
    description: 'Valid certificates by category, every category listed',
  })
  byCategory!: CategoryCount[];

  @Field(() => [GradeCount], { description: 'Valid certificates by grade, grades 1–4' })
  byGrade!: GradeCount[];

  @Field(() => Int, { description: 'Rehabilitation services (康复服务人次)' })
  rehabilitationServices!: number;

  @Field(() => Float, { description: 'Rehabilitation hours (康复服务时长)' })
  rehabilitationHours!: number;

  @Field(() => Int, { description: 'Assistive devices given (辅具发放件数)' })
  assistiveDevices!: number;

  @Field(() => MoneyScalar, { description: 'Value of devices given (辅具价值)' })
  assistiveDeviceValue!: bigint;

  @Field(() => MoneyScalar, {
    description: 'Federation money put into projects bought here (项目投入)',
  })
  contributed!: bigint;
}
