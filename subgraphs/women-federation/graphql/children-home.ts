import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { ChildrenHome } from '../entities/index.js';
import { ChildrenHomeStatus } from './enums.js';
import { StationRef } from './references.js';

@ObjectType({ description: "Children's home (儿童之家)" })
export class ChildrenHomeView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (名称)' })
  name!: string;

  @Field({ description: 'Village or community code (所在村/社区)' })
  villageCode!: string;

  @Field(() => DateScalar)
  openedOn!: string;

  @Field(() => ChildrenHomeStatus)
  status!: ChildrenHomeStatus;

  @Field(() => StationRef, { nullable: true })
  station!: { id: string } | null;
}

export function toChildrenHomeView(home: ChildrenHome): ChildrenHomeView {
  return {
    id: home.id,
    name: home.name,
    villageCode: home.villageCode,
    openedOn: home.openedOn,
    status: home.status,
    station: home.stationId ? { id: home.stationId } : null,
  };
}

export const ChildrenHomeConnection = connectionType(
  ChildrenHomeView,
  'ChildrenHome',
  "children's homes (儿童之家)",
);
