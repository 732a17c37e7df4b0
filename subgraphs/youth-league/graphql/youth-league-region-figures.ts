import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../shared/scalars.js';

@ObjectType({ description: 'Youth League figures over a region subtree (团委数据)' })
export class YouthLeagueRegionFigures {
  @Field(() => Int, { description: 'Volunteer teams (志愿服务队)' })
  volunteerTeams!: number;

  @Field(() => Int, { description: 'Volunteers (青年志愿者)' })
  volunteers!: number;

  @Field(() => Int, { description: 'Volunteer services recorded (志愿服务次数)' })
  volunteerServices!: number;

  @Field(() => Float, { description: 'Volunteer hours (志愿服务时长)' })
  volunteerHours!: number;

  @Field(() => Int, { description: 'Youth programmes (青少年项目)' })
  programmes!: number;

  @Field(() => Int, { description: 'Enrolments of residents (参与人次)' })
  enrolments!: number;

  @Field(() => MoneyScalar, {
    description: 'League money put into projects bought here (项目投入)',
  })
  contributed!: bigint;
}

/** A subtree's figures, counted in SQL, with the money the League put into projects there. */
export function toYouthLeagueRegionFigures(
  figures: Omit<YouthLeagueRegionFigures, 'contributed'>,
  contributed: bigint,
): YouthLeagueRegionFigures {
  return { ...figures, contributed };
}
