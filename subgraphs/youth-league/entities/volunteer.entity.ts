import { WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { VolunteerTeam } from './volunteer-team.entity.js';

/** A youth volunteer (青年志愿者); may also be a person of the shared register. */
@Entity({ tableName: 'volunteers' })
export class Volunteer extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @ManyToOne(() => VolunteerTeam, { mapToPk: true, fieldName: 'team_id' })
  teamId!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Unique()
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Property({ type: 'date' })
  joinedOn!: string;
}
