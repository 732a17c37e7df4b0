import type { Opt } from '@mikro-orm/core';
import { Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from './base-entity.js';
import { KeyedDepartmentRecord } from './record.js';

// A department's records about a person of the shared register carry the person's id and the
// person's division of residence, which decides who may read them.

/** A department's file on a person, one per person, kept up to date. */
@Index({ properties: ['personRegionCode'] })
export abstract class PersonFile extends BaseEntity {
  @Unique()
  @Property({ type: 'uuid' })
  personId!: string;

  /** The person's division of residence, for scope. */
  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;
}

/** A service or a grant delivered to a person, written once under a client's key. */
export abstract class KeyedPersonRecord extends KeyedDepartmentRecord {
  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  /** The person's division of residence, for scope. */
  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
