import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Department } from '../enums.js';
import { DateTimeScalar } from '../scalars.js';

/**
 * One reveal of a person's sensitive data (敏感个人信息查阅记录): append-only, the database
 * refuses updates and deletes.
 */
@ObjectType({ description: 'A reveal of sensitive personal data (敏感信息查阅记录), append-only' })
@Directive('@shareable')
@Entity({ tableName: 'access_log' })
@Index({ properties: ['personRegionCode', 'at'] })
export class AccessLogEntry {
  @Field(() => ID, { description: 'Entry id' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Field(() => DateTimeScalar, { description: 'When (时间)' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  @Field({ description: 'Who: the subject of the token (查阅人)' })
  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Field(() => Department, { description: 'Department of the reader (所属部门)' })
  @Property({ type: 'string', length: 40 })
  department!: Department;

  @Field(() => [String], { description: 'Roles the reader held' })
  @Property({ type: 'text[]' })
  roles!: string[];

  @Field(() => ID, { description: 'Person whose data was revealed (被查阅人)' })
  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;

  @Field(() => [String], { description: 'Fields revealed (查阅字段)' })
  @Property({ type: 'text[]' })
  fields!: string[];

  @Field({ description: 'Stated purpose (查阅目的)' })
  @Property({ type: 'string', length: 500 })
  purpose!: string;

  @Field({ description: 'Request id, to find the request in the logs' })
  @Property({ type: 'string', length: 100 })
  requestId!: string;
}
