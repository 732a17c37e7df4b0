import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { PersonCategory, Sex } from './enums.js';
import { Region } from './region.entity.js';

/**
 * Name, identity number, birth date and categories are personal data: the resolver decides what
 * each caller sees of them (masked, de-identified or revealed and logged).
 *
 * A person served (服务对象) in the shared register: one row per real person, matched by the
 * identity number, so that every department's record points at the same person.
 */
@Entity({ tableName: 'people' })
export class Person extends BaseEntity {
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Unique()
  @Property({ type: 'string', length: 18 })
  identityNumber!: string;

  @Enum({ items: () => Sex })
  sex!: Sex;

  @Property({ type: 'date' })
  birthDate!: string;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Enum({ items: () => PersonCategory, array: true, default: [] })
  categories: PersonCategory[] = [];

  /**
   * The entry this one was merged into, as a duplicate registration of the same person: it stays
   * in the register, out of lists and counts, and no write may name it. Null for a live entry.
   */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  mergedInto: string | null = null;
}
