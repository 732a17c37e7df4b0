import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import type { ConsentGiver, ConsentPurpose, DataCategory } from './enums.js';
import { Person } from './person.entity.js';
import { Region } from './region.entity.js';

/**
 * A consent (知情同意) to share a person's data: which departments may receive which categories
 * for which purposes, from when until when, given by the person or a guardian. Withdrawal is
 * recorded on the row and stops sharing at once.
 */
@Entity({ tableName: 'consents' })
export class Consent extends BaseEntity {
  @Index()
  @ManyToOne(() => Person, { mapToPk: true, fieldName: 'person_id' })
  personId!: string;

  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Property({ type: 'string', length: 20 })
  givenBy!: ConsentGiver;

  @Property({ type: 'string', length: 100, nullable: true })
  guardianName: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  guardianRelation: string | null = null;

  /** The person cannot consent themselves (无民事行为能力), whatever their age. */
  @Property({ type: 'boolean', default: false })
  lacksCapacity: boolean = false;

  @Property({ type: 'text[]' })
  departments!: string[];

  @Property({ type: 'text[]' })
  categories!: DataCategory[];

  @Property({ type: 'text[]' })
  purposes!: ConsentPurpose[];

  @Property({ type: 'date' })
  givenOn!: string;

  @Property({ type: 'date', nullable: true })
  expiresOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  withdrawalReason: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  withdrawnBy: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  withdrawnByDepartment: string | null = null;
}
