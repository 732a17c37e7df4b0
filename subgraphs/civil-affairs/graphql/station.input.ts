import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { StationLevel } from '../../../shared/enums.js';
import { DateScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { StationStatus } from './enums.js';
import { EventDate } from '../../../shared/input/rules.js';
import { StationDesignationInput } from './station-standards.input.js';

@InputType({ description: 'Which stations to list (站点筛选)' })
export class StationFilter {
  @Field(() => String, { nullable: true, description: 'Only stations in this division subtree' })
  regionCode?: string | null;

  @Field(() => StationLevel, { nullable: true, description: 'Only this level' })
  level?: StationLevel | null;

  @Field(() => StationStatus, { nullable: true, description: 'Only this status' })
  status?: StationStatus | null;
}

@InputType({ description: 'A new station (新建站点)' })
export class CreateStationInput {
  @Field({ description: 'Name (站点名称)' })
  @Length(1, 200)
  name!: string;

  @Field(() => StationLevel, { description: 'Level (层级)' })
  level!: StationLevel;

  @Field({
    description:
      'Division the station serves: a county for a county station, a township for a township station…',
  })
  @IsDivisionCode()
  regionCode!: string;

  @Field(() => StationStatus, {
    defaultValue: StationStatus.PLANNED,
    description: 'Status (运行状态)',
  })
  status!: StationStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Station one level up that supervises it (上级站点)',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agency that runs it (承接机构)' })
  @IsOptional()
  @IsUUID()
  operatorId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it started operating' })
  @EventDate()
  openedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Address (地址)' })
  @IsOptional()
  @Length(1, 300)
  address?: string | null;
}

@InputType({ description: 'Changes to a station; omitted fields stay as they are (修改站点)' })
export class UpdateStationInput {
  @Field(() => String, { nullable: true, description: 'Name (站点名称)' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => StationStatus, { nullable: true, description: 'Status (运行状态)' })
  status?: StationStatus | null;

  @Field(() => ID, { nullable: true, description: 'Agency that runs it (承接机构)' })
  @IsOptional()
  @IsUUID()
  operatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Supervising station (上级站点)' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it started operating' })
  @EventDate()
  openedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Address (地址)' })
  @IsOptional()
  @Length(1, 300)
  address?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Station that supervises its work (督导站), of any level, in the same county; not itself',
  })
  @IsOptional()
  @IsUUID()
  supervisingStationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Floor area in square metres (场地面积)' })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  premisesArea?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Has an office of its own (独立办公)' })
  independentOffice?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Sign and plaque are up (标识挂牌)' })
  signage?: boolean | null;

  @Field(() => [StationDesignationInput], {
    nullable: true,
    description: 'Its designations, all of them: replaces those recorded (试点/示范)',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  designations?: StationDesignationInput[] | null;
}
