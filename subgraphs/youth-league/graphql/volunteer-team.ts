import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { VolunteerTeam } from '../entities/index.js';
import type { YouthLeagueContext } from '../loaders.js';
import { StationRef } from './references.js';

@ObjectType({ description: 'Youth volunteer team (青年志愿服务队)' })
export class VolunteerTeamView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (队名)' })
  name!: string;

  @Field({ description: 'Division (所在区划)' })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Founded on (成立日期)' })
  foundedOn!: string;

  @Field(() => Int, { description: 'Volunteers (志愿者人数)' })
  volunteers!: number;

  @Field(() => Float, { description: 'Volunteer hours served (服务时长)' })
  hours!: number;

  @Field(() => StationRef, { nullable: true, description: 'Station the team is based at' })
  station!: { id: string } | null;
}

/** A team with its volunteers and hours, counted in SQL through the request's loader. */
export async function toVolunteerTeamView(
  team: VolunteerTeam,
  ctx: YouthLeagueContext,
): Promise<VolunteerTeamView> {
  const totals = await ctx.loaders.teamTotals.load(team.id);
  return {
    id: team.id,
    name: team.name,
    regionCode: team.regionCode,
    foundedOn: team.foundedOn,
    volunteers: totals.volunteers,
    hours: totals.minutes / 60,
    station: team.stationId ? { id: team.stationId } : null,
  };
}

export const VolunteerTeamConnection = connectionType(
  VolunteerTeamView,
  'VolunteerTeam',
  'youth volunteer teams (青年志愿服务队)',
);
