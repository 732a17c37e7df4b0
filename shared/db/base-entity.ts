import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { v7 as uuidv7 } from 'uuid';
import { WrittenRecord } from '../department/written.js';

/**
 * Identity, timestamps and writer of every department record. Ids are UUID v7: unique across
 * departments, and ordered by creation time, which gives lists a stable keyset order.
 */
@ObjectType()
export abstract class BaseEntity extends WrittenRecord {
  @Field(() => ID, { description: 'Hub identifier (UUID)' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Field(() => DateTimeScalar, { description: 'When the record was created' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => DateTimeScalar, { description: 'When the record last changed' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
