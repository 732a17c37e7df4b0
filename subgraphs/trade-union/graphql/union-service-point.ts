import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { UnionServicePoint } from '../entities/index.js';
import { UnionServicePointKind } from './enums.js';
import { StationRef } from './references.js';

@ObjectType({ description: 'Union service point (职工服务站点)' })
export class UnionServicePointView {
  @Field(() => ID, { description: 'Record id (记录编号)' })
  id!: string;

  @Field({ description: 'Name (名称)' })
  name!: string;

  @Field(() => UnionServicePointKind, { description: 'Kind (站点类型)' })
  kind!: UnionServicePointKind;

  @Field({ description: 'Division it serves (所在区划代码)' })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Opened on (启用日期)' })
  openedOn!: string;

  @Field(() => StationRef, {
    nullable: true,
    description: 'Social work station it sits in (所在社工站)',
  })
  station!: { id: string } | null;
}

export const UnionServicePointConnection = connectionType(
  UnionServicePointView,
  'UnionServicePoint',
  'union service points (职工服务站点)',
);

/** The graph's view of a service point. */
export function toUnionServicePointView(point: UnionServicePoint): UnionServicePointView {
  return {
    id: point.id,
    name: point.name,
    kind: point.kind,
    regionCode: point.regionCode,
    openedOn: point.openedOn,
    station: point.stationId ? { id: point.stationId } : null,
  };
}
