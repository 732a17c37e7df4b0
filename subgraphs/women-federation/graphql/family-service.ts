import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { FamilyService } from '../entities/index.js';
import { FamilyServiceKind } from './enums.js';
import { StationRef } from './references.js';

@ObjectType({ description: 'Family service delivered (家庭服务)' })
export class FamilyServiceView {
  @Field(() => ID)
  id!: string;

  @Field(() => FamilyServiceKind)
  kind!: FamilyServiceKind;

  @Field({ description: 'Division served (服务区划)' })
  regionCode!: string;

  @Field(() => StationRef, { nullable: true, description: 'Station that served (服务站点)' })
  station!: { id: string } | null;

  @Field(() => DateScalar, { description: 'Served on (服务日期)' })
  servedOn!: string;

  @Field(() => Int, { description: 'Households served (服务户数)' })
  households!: number;

  @Field(() => Int, { description: 'Person-times served (服务人次)' })
  personTimes!: number;
}

/** A family service as the graph shows it: counts of households, no one named. */
export function toFamilyServiceView(service: FamilyService): FamilyServiceView {
  return {
    id: service.id,
    kind: service.kind,
    regionCode: service.regionCode,
    station: service.stationId ? { id: service.stationId } : null,
    servedOn: service.servedOn,
    households: service.households,
    personTimes: service.personTimes,
  };
}

export const FamilyServiceConnection = connectionType(
  FamilyServiceView,
  'FamilyService',
  'family services (家庭服务)',
);
