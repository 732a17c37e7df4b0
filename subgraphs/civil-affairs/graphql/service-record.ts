import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ServiceArea, ServiceMethod } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { ServiceRecord } from '../entities/index.js';
import { TargetGroup } from './enums.js';
import { recordFields, RecordView } from './record.js';

@ObjectType('ServiceRecord', {
  description: 'Service record (服务记录) written by the station team against a project',
})
export class ServiceRecordView extends RecordView {
  @Field(() => ServiceMethod, { description: 'Method (服务方法)' })
  method!: ServiceMethod;

  @Field(() => ServiceArea, {
    nullable: true,
    description:
      'Service area (服务领域); null on records written before areas were recorded, or without one',
  })
  serviceArea!: ServiceArea | null;

  @Field(() => [TargetGroup], {
    description:
      'Groups served (服务对象类别); empty on records written before groups were recorded, or without any',
  })
  targetGroups!: TargetGroup[];

  @Field(() => DateScalar, { description: 'Date of service (服务日期)' })
  servedOn!: string;

  @Field(() => Int, { description: 'Person-times served (服务人次)' })
  personTimes!: number;

  @Field(() => Int, { description: 'Households reached (户数), for home visits' })
  households!: number;

  @Field(() => Float, { description: 'Hours spent (服务时长)' })
  hours!: number;

  /** A case note: `summary` shows it through the masking rule. */
  summary!: string | null;

  /** For `station` and `project`. */
  stationId!: string;
  projectId!: string | null;
}

export const ServiceRecordConnection = connectionType(
  ServiceRecordView,
  'ServiceRecord',
  'service records (服务记录)',
);

export function toServiceRecordView(record: ServiceRecord): ServiceRecordView {
  return {
    ...recordFields(record),
    method: record.method,
    serviceArea: record.serviceArea,
    targetGroups: record.targetGroups,
    servedOn: record.servedOn,
    personTimes: record.personTimes,
    households: record.households,
    hours: record.durationMinutes / 60,
    summary: record.summary,
    stationId: record.stationId,
    projectId: record.projectId,
  };
}
