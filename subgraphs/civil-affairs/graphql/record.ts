import { Field, ID, ObjectType } from 'type-graphql';
import type { BaseEntity } from '../../../shared/db/base-entity.js';
import { DateTimeScalar } from '../../../shared/scalars.js';

/** Identity and timestamps, the first fields of every civil-affairs record the graph shows. */
@ObjectType()
export abstract class RecordView {
  @Field(() => ID, { description: 'Hub identifier (UUID)' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the record was created' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the record last changed' })
  updatedAt!: Date;
}

/** The identity and timestamps of a record, for the views built on {@link RecordView}. */
export function recordFields(record: BaseEntity): RecordView {
  return { id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt };
}
