import { StationedRecord } from '../../../shared/db/stationed-record.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { UnionServicePointKind } from './enums.js';

/** A union service point (职工服务站点) serving a division, often inside a social work station. */
@Entity({ tableName: 'union_service_points' })
@Unique({ properties: ['regionCode', 'name'] })
export class UnionServicePoint extends StationedRecord {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => UnionServicePointKind })
  kind!: UnionServicePointKind;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
