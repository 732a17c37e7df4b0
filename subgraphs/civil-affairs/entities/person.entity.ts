import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { DateScalar } from '../../../shared/scalars.js';
import { PersonCategory, Sex } from './enums.js';
import { Region } from './region.entity.js';

/**
 * A person served (服务对象) in the shared register: one row per real person, matched by the
 * identity number, so that every department's record points at the same person.
 */
@ObjectType({ description: 'Person served (服务对象), one per real person across departments' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'people' })
export class Person extends BaseEntity {
  @Field({ description: 'Name (姓名)' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: 'Resident identity number (居民身份证号码, GB 11643)' })
  @Unique()
  @Property({ type: 'string', length: 18 })
  identityNumber!: string;

  @Field(() => Sex, { description: 'Sex (性别)' })
  @Enum({ items: () => Sex })
  sex!: Sex;

  @Field(() => DateScalar, { description: 'Date of birth (出生日期)' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Field(() => [PersonCategory], { description: 'Categories in the register (困难群体类别)' })
  @Enum({ items: () => PersonCategory, array: true, default: [] })
  categories: PersonCategory[] = [];
}
