import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars.js';
import { ConnectionArgs } from '../../../shared/pagination.js';
import { EventDate, FilterDate, FreeText } from '../../../shared/input/rules.js';
import { DesignationKind, DesignationLevel, SupervisionKind } from './enums.js';

@InputType({ description: 'A designation of a station (试点/示范)' })
export class StationDesignationInput {
  @Field(() => DesignationKind, { description: 'Pilot or demonstration' })
  kind!: DesignationKind;

  @Field(() => DesignationLevel, { description: 'Level that gave it' })
  level!: DesignationLevel;

  @Field(() => Int, { description: 'Year given' })
  @Min(1949)
  @Max(2100)
  year!: number;
}

@InputType({ description: 'Supervision held at a station (记录督导)' })
export class RecordSupervisionEventInput {
  @Field(() => ID, { description: 'Station where it was held' })
  @IsUUID()
  stationId!: string;

  @Field(() => SupervisionKind, { description: 'What was held' })
  kind!: SupervisionKind;

  @Field(() => DateScalar, { description: 'Day it was held; not in the future' })
  @EventDate()
  heldOn!: string;

  @Field({ description: 'Office or post that held it, e.g. 木兰县民政局; not a person' })
  @Length(1, 200)
  heldBy!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The supervising station that held it, when one did',
  })
  @IsOptional()
  @IsUUID()
  heldByStationId?: string | null;

  @Field(() => String, { nullable: true, description: "Notes on the station's work" })
  @IsOptional()
  @Length(1, 4000)
  @FreeText()
  notes?: string | null;
}

@ArgsType()
export class StationsOutOfStandardArgs extends ConnectionArgs {
  @Field({ description: 'Division whose stations are checked: 6, 9 or 12 digits' })
  regionCode!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day the standards are checked on; today (China time) when omitted',
  })
  @FilterDate()
  asOf?: string | null;
}
