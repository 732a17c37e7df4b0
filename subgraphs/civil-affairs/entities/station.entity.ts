import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { StationLevel } from '../../../shared/enums.js';
import { DateScalar } from '../../../shared/scalars.js';
import { Agency } from './agency.entity.js';
import { StationStatus } from './enums.js';
import { Region } from './region.entity.js';

/** A social work station at one of the four levels (社工站). */
@ObjectType({ description: 'Social work station (社工站) at one of the four levels' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'stations' })
export class Station extends BaseEntity {
  @Field({ description: 'Name (站点名称), e.g. 木兰镇社工站' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => StationLevel, { description: 'Level in the station system (层级)' })
  @Enum({ items: () => StationLevel })
  level!: StationLevel;

  @Field(() => StationStatus, { description: 'Operating status (运行状态)' })
  @Enum({ items: () => StationStatus })
  status!: StationStatus;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Index()
  @ManyToOne(() => Station, { mapToPk: true, nullable: true, fieldName: 'parent_id' })
  parentId: string | null = null;

  @Index()
  @ManyToOne(() => Agency, { mapToPk: true, nullable: true, fieldName: 'operator_id' })
  operatorId: string | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date it started operating (启动运行日期)',
  })
  @Property({ type: 'date', nullable: true })
  openedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Address (地址)' })
  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;
}
