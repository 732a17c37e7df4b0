import { PersonFile } from '../../../shared/db/person-record.js';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { DisabilityCategory } from './enums.js';

/**
 * A disability certificate (残疾人证), one per person. Health data: sensitive personal
 * information, shown by the resolver according to who asks.
 */
@Entity({ tableName: 'certificates' })
export class DisabilityCertificate extends PersonFile {
  /** 20 digits: the identity number, the category digit and the grade. */
  @Unique()
  @Property({ type: 'string', length: 20 })
  number!: string;

  @Enum({ items: () => DisabilityCategory })
  category!: DisabilityCategory;

  @Property({ type: 'smallint' })
  grade!: number;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date' })
  expiresOn!: string;
}
