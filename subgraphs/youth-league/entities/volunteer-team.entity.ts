import { WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';

/** A youth volunteer team (青年志愿服务队), often based at a station. */
@Entity({ tableName: 'volunteer_teams' })
@Unique({ properties: ['regionCode', 'name'] })
export class VolunteerTeam extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Property({ type: 'date' })
  foundedOn!: string;
}
