import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { StationLevel } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { Station } from '../entities/index.js';
import { StationStatus } from './enums.js';
import { recordFields, RecordView } from './record.js';

@ObjectType('Station', { description: 'Social work station (社工站) at one of the four levels' })
@Directive('@key(fields: "id")')
export class StationView extends RecordView {
  @Field({ description: 'Name (站点名称), e.g. 木兰镇社工站' })
  name!: string;

  @Field(() => StationLevel, { description: 'Level in the station system (层级)' })
  level!: StationLevel;

  @Field(() => StationStatus, { description: 'Operating status (运行状态)' })
  status!: StationStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date it started operating (启动运行日期)',
  })
  openedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Address (地址)' })
  address!: string | null;

  @Field(() => String, { description: 'Division code it serves (服务区划代码)' })
  regionCode!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Floor area of its premises in square metres (场地面积); null when not recorded',
  })
  premisesArea!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Has an office of its own, not shared (独立办公); null when not recorded',
  })
  independentOffice!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Its sign and plaque are up (统一标识、挂牌); null when not recorded',
  })
  signage!: boolean | null;

  /** For `supervisingStation`. */
  supervisingStationId!: string | null;

  /** For `parent`. */
  parentId!: string | null;

  /** For `operator`. */
  operatorId!: string | null;
}

export const StationConnection = connectionType(StationView, 'Station', 'stations (站点)');

export function toStationView(station: Station): StationView {
  return {
    ...recordFields(station),
    name: station.name,
    level: station.level,
    status: station.status,
    openedOn: station.openedOn,
    address: station.address,
    regionCode: station.regionCode,
    parentId: station.parentId,
    operatorId: station.operatorId,
    premisesArea: station.premisesArea,
    independentOffice: station.independentOffice,
    signage: station.signage,
    supervisingStationId: station.supervisingStationId,
  };
}
