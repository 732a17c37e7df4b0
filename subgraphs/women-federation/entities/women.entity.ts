import { KeyedRecord, WrittenRecord } from '../../../shared/department/written.js';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

export enum ChildrenHomeStatus {
  OPERATING = 'OPERATING',
  CLOSED = 'CLOSED',
}
registerEnumType(ChildrenHomeStatus, {
  name: 'ChildrenHomeStatus',
  description: "Status of a children's home (儿童之家状态)",
});

export enum WomenChildCaseKind {
  DOMESTIC_VIOLENCE = 'DOMESTIC_VIOLENCE',
  CHILD_PROTECTION = 'CHILD_PROTECTION',
  WOMAN_IN_DIFFICULTY = 'WOMAN_IN_DIFFICULTY',
  FAMILY_CONFLICT = 'FAMILY_CONFLICT',
}
registerEnumType(WomenChildCaseKind, {
  name: 'WomenChildCaseKind',
  description: 'Kind of women and children case (个案类型)',
  valuesConfig: {
    DOMESTIC_VIOLENCE: { description: 'Domestic violence (家庭暴力)' },
    CHILD_PROTECTION: { description: 'Child protection (儿童保护)' },
    WOMAN_IN_DIFFICULTY: { description: 'Woman in difficulty (困难妇女)' },
    FAMILY_CONFLICT: { description: 'Family conflict (家庭矛盾)' },
  },
});

export enum WomenChildCaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(WomenChildCaseStatus, {
  name: 'WomenChildCaseStatus',
  description: 'Status of a case (个案状态)',
});

export enum FamilyServiceKind {
  PARENTING_CLASS = 'PARENTING_CLASS',
  FAMILY_EDUCATION = 'FAMILY_EDUCATION',
  MEDIATION = 'MEDIATION',
  HOME_VISIT = 'HOME_VISIT',
}
registerEnumType(FamilyServiceKind, {
  name: 'FamilyServiceKind',
  description: 'Kind of family service (家庭服务类型)',
  valuesConfig: {
    PARENTING_CLASS: { description: 'Parenting class (家长课堂)' },
    FAMILY_EDUCATION: { description: 'Family education (家庭教育)' },
    MEDIATION: { description: 'Marriage and family mediation (婚姻家庭纠纷调解)' },
    HOME_VISIT: { description: 'Home visit (入户走访)' },
  },
});

/** A children's home (儿童之家) in a village or community. */
@Entity({ tableName: 'children_homes' })
@Unique({ properties: ['villageCode', 'name'] })
export class ChildrenHome extends WrittenRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Property({ type: 'date' })
  openedOn!: string;

  @Enum({ items: () => ChildrenHomeStatus })
  status!: ChildrenHomeStatus;
}

/** A women and children case (妇女儿童个案); the summary is very sensitive. */
@Entity({ tableName: 'women_child_cases' })
@Unique({ properties: ['keyScope', 'reference'] })
export class WomenChildCase extends KeyedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  personRegionCode!: string;

  @Enum({ items: () => WomenChildCaseKind })
  kind!: WomenChildCaseKind;

  @Enum({ items: () => WomenChildCaseStatus })
  status!: WomenChildCaseStatus;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'text' })
  summary!: string;
  @Property({ type: 'string', length: 100 })
  reference!: string;
}

/** A family service delivered (家庭服务). */
@Entity({ tableName: 'family_services' })
@Unique({ properties: ['keyScope', 'idempotencyKey'] })
export class FamilyService extends KeyedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Index()
  @Property({ type: 'uuid', nullable: true })
  stationId: string | null = null;

  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Enum({ items: () => FamilyServiceKind })
  kind!: FamilyServiceKind;

  @Property({ type: 'date' })
  servedOn!: string;

  @Property({ type: 'integer' })
  households!: number;

  @Property({ type: 'integer' })
  personTimes!: number;
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;
}
