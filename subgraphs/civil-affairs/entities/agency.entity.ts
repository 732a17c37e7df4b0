import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { Region } from './region.entity.js';

/** A social work agency (社工机构) that takes on purchased-service contracts (承接机构). */
@ObjectType({
  description: 'Social work agency (社工机构), the contractor (承接机构) that runs stations',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agencies' })
export class Agency extends BaseEntity {
  @Field({ description: 'Registered name (机构名称)' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: 'Unified social credit code (统一社会信用代码, GB 32100)' })
  @Unique()
  @Property({ type: 'string', length: 18 })
  creditCode!: string;

  @Index()
  @ManyToOne(() => Region, { mapToPk: true, fieldName: 'region_code' })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'Office address (地址)' })
  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;
}
