import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { StationLevel } from '../../../shared/enums.js';
import { Agency } from './agency.entity.js';
import { StationStatus } from './enums.js';
import { Region } from './region.entity.js';

/** A social work station at one of the four levels (社工站). */
@Entity({ tableName: 'stations' })
export class Station extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => StationLevel })
  level!: StationLevel;

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

  @Property({ type: 'date', nullable: true })
  openedOn: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  /**
   * The station that supervises this one's work (督导站), of any level: Mulan town's township
   * station is the general supervising station of the county's other township stations.
   */
  @Index()
  @ManyToOne(() => Station, { mapToPk: true, nullable: true, fieldName: 'supervising_station_id' })
  supervisingStationId: string | null = null;

  /** Floor area of its premises in square metres (场地面积); null when not recorded. */
  @Property({ type: 'integer', nullable: true })
  premisesArea: number | null = null;

  /** Whether it has an office of its own rather than one shared (独立办公); null when not recorded. */
  @Property({ type: 'boolean', nullable: true })
  independentOffice: boolean | null = null;

  /** Whether its sign and plaque are up (统一标识、挂牌); null when not recorded. */
  @Property({ type: 'boolean', nullable: true })
  signage: boolean | null = null;
}
