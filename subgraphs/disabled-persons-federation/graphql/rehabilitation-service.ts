import { Field, Float, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { RehabilitationService } from '../entities/index.js';
import { RehabilitationKind } from './enums.js';
import { PersonRef, StationRef } from './references.js';

@ObjectType({ description: 'Rehabilitation service (康复服务)' })
export class RehabilitationServiceView {
  @Field(() => ID, { description: 'Record id' })
  id!: string;

  @Field(() => RehabilitationKind, { description: 'Kind (类型)' })
  kind!: RehabilitationKind;

  @Field(() => DateScalar, { description: 'Date (服务日期)' })
  servedOn!: string;

  @Field(() => Float, { description: 'Hours (时长)' })
  hours!: number;

  @Field(() => StationRef, { nullable: true, description: 'Station whose team delivered it' })
  station!: { id: string } | null;

  @Field(() => PersonRef, { description: 'Person served' })
  person!: { id: string };
}

export const RehabilitationServiceConnection = connectionType(
  RehabilitationServiceView,
  'RehabilitationService',
  'rehabilitation services (康复服务)',
);

/** The graph's view of a rehabilitation record. */
export function toRehabilitationServiceView(row: RehabilitationService): RehabilitationServiceView {
  return {
    id: row.id,
    kind: row.kind,
    servedOn: row.servedOn,
    hours: row.durationMinutes / 60,
    station: row.stationId ? { id: row.stationId } : null,
    person: { id: row.personId },
  };
}
