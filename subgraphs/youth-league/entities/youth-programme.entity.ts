import { StationedRecord } from '../../../shared/db/stationed-record.js';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { YouthProgrammeKind } from './enums.js';

/** A youth programme (青少年项目) run at a station. */
@Entity({ tableName: 'youth_programmes' })
export class YouthProgramme extends StationedRecord {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => YouthProgrammeKind })
  kind!: YouthProgrammeKind;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;
}
