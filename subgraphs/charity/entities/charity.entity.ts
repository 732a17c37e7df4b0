import { KeyedRecord, WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

/** Kind of charity fund (基金类型). */
export enum CharityFundKind {
  COMMUNITY_GOVERNANCE = 'COMMUNITY_GOVERNANCE',
  CHARITY_ASSOCIATION = 'CHARITY_ASSOCIATION',
  WELFARE_LOTTERY = 'WELFARE_LOTTERY',
}
registerEnumType(CharityFundKind, {
  name: 'CharityFundKind',
  description: 'Kind of charity fund (基金类型)',
  valuesConfig: {
    COMMUNITY_GOVERNANCE: { description: 'Community governance special fund (社区治理专项基金)' },
    CHARITY_ASSOCIATION: { description: 'Charity association fund (慈善会基金)' },
    WELFARE_LOTTERY: { description: 'Welfare-lottery public-welfare fund (福彩公益金)' },
  },
});

/** Who a grant goes to. */
export enum CharityRecipientKind {
  PROJECT = 'PROJECT',
  COMMUNITY = 'COMMUNITY',
  PERSON = 'PERSON',
}
registerEnumType(CharityRecipientKind, {
  name: 'CharityRecipientKind',
  description: 'Recipient of a charity grant (资助对象)',
  valuesConfig: {
    PROJECT: { description: 'A purchased-service project (项目)' },
    COMMUNITY: { description: 'A community or village (社区/村)' },
    PERSON: { description: 'A person in difficulty (个人)' },
  },
});

/** A charity fund (慈善基金) of a region. */
@Entity({ tableName: 'charity_funds' })
@Unique({ properties: ['regionCode', 'name'] })
export class CharityFund extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => CharityFundKind })
  kind!: CharityFundKind;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Property({ type: 'date' })
  establishedOn!: string;
}

/** A donation received by a fund (捐赠). */
@Entity({ tableName: 'donations' })
@Unique({ properties: ['keyScope', 'reference'] })
export class Donation extends KeyedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @ManyToOne(() => CharityFund, { mapToPk: true, fieldName: 'fund_id' })
  fundId!: string;

  @Property({ type: 'string', length: 200 })
  donor!: string;

  @Property({ type: 'boolean' })
  anonymous!: boolean;

  @Property({ type: 'bigint', fieldName: 'amount_fen' })
  amountFen!: bigint;

  @Property({ type: 'date' })
  receivedOn!: string;
  @Property({ type: 'string', length: 100 })
  reference!: string;
}

/** A grant from a fund to a project, a community or a person (资助). */
@Entity({ tableName: 'charity_grants' })
@Unique({ properties: ['keyScope', 'reference'] })
export class CharityGrant extends KeyedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @ManyToOne(() => CharityFund, { mapToPk: true, fieldName: 'fund_id' })
  fundId!: string;

  @Enum({ items: () => CharityRecipientKind })
  recipientKind!: CharityRecipientKind;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  projectId: string | null = null;

  @Property({ type: 'string', length: 12, nullable: true })
  communityCode: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  /** The recipient's division, for scope and regional sums. */
  @Index()
  @Property({ type: 'string', length: 12 })
  recipientRegionCode!: string;

  @Property({ type: 'bigint', fieldName: 'amount_fen' })
  amountFen!: bigint;

  @Property({ type: 'date' })
  grantedOn!: string;

  @Property({ type: 'string', length: 500 })
  purpose!: string;

  @Property({ type: 'string', length: 100 })
  reference!: string;

  /** The grant this entry reverses (冲正), with a negative amount; null for a grant. */
  @Property({ type: 'uuid', nullable: true })
  reversesId: string | null = null;

  /** Why the grant was reversed. */
  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;
}

/** A charity volunteer (慈善志愿者). */
@Entity({ tableName: 'charity_volunteers' })
export class CharityVolunteer extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Property({ type: 'date' })
  joinedOn!: string;
}
