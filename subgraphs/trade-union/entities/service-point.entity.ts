import { WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v7 as uuidv7 } from 'uuid';
import { UnionServicePointKind } from './enums.js';

/** A union service point (职工服务站点), often inside a social work station. */
@Entity({ tableName: 'union_service_points' })
@Index({ properties: ['regionCode'] })
@Unique({ properties: ['regionCode', 'name'] })
export class UnionServicePoint extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => UnionServicePointKind })
  kind!: UnionServicePointKind;

  /** Division the point serves. */
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  /** The social work station it sits in, if any (a civil-affairs id). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
