import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { YouthProgramme } from '../entities/index.js';
import type { YouthLeagueContext } from '../loaders.js';
import { YouthProgrammeKind } from './enums.js';
import { StationRef } from './references.js';

@ObjectType({ description: 'Youth programme (青少年项目)' })
export class YouthProgrammeView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (项目名称)' })
  name!: string;

  @Field(() => YouthProgrammeKind)
  kind!: YouthProgrammeKind;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => Int, { description: 'People enrolled in your region (参与人数)' })
  enrolled!: number;

  @Field(() => StationRef, { nullable: true })
  station!: { id: string } | null;
}

/** A programme with the number of people enrolled in the caller's region. */
export async function toYouthProgrammeView(
  programme: YouthProgramme,
  ctx: YouthLeagueContext,
): Promise<YouthProgrammeView> {
  const enrolled = await ctx.loaders.programmeTotals.load(programme.id);
  return {
    id: programme.id,
    name: programme.name,
    kind: programme.kind,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    enrolled,
    station: programme.stationId ? { id: programme.stationId } : null,
  };
}

export const YouthProgrammeConnection = connectionType(
  YouthProgrammeView,
  'YouthProgramme',
  'youth programmes (青少年项目)',
);
