import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { DesignationKind, DesignationLevel, SupervisionKind } from './enums.js';
import { Region } from './region.entity.js';
import { Station } from './station.entity.js';

/** A pilot or demonstration designation (试点/示范) a station was given, by level and year. */
@Entity({ tableName: 'station_designations' })
@Unique({ properties: ['stationId', 'kind', 'level', 'year'] })
export class StationDesignation extends BaseEntity {
  @ManyToOne(() => Station, { mapToPk: true, fieldName: 'station_id', deleteRule: 'cascade' })
  stationId!: string;

  @Enum({ items: () => DesignationKind })
  kind!: DesignationKind;

  @Enum({ items: () => DesignationLevel })
  level!: DesignationLevel;

  @Property({ type: 'integer' })
  year!: number;
}

/**
 * A supervision event held at a station: a monthly meeting of its front-line workers, a
 * half-yearly joint meeting of departments, or an on-site check. One of a kind per station a day.
 */
@Entity({ tableName: 'supervision_events' })
@Unique({ properties: ['stationId', 'kind', 'heldOn'] })
@Index({ properties: ['stationId', 'heldOn'] })
export class SupervisionEvent extends BaseEntity {
  @ManyToOne(() => Station, { mapToPk: true, fieldName: 'station_id' })
  stationId!: string;

  /** The station's division, so that scope is one condition, as for every record of a place. */
  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Enum({ items: () => SupervisionKind })
  kind!: SupervisionKind;

  @Property({ type: 'date' })
  heldOn!: string;

  /** Who held it: an office or a post (县民政局, 总督导站), not a person's name. */
  @Property({ type: 'string', length: 200 })
  heldBy!: string;

  /** The supervising station that held it, when one did. */
  @ManyToOne(() => Station, { mapToPk: true, nullable: true, fieldName: 'held_by_station_id' })
  heldByStationId: string | null = null;

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;
}
