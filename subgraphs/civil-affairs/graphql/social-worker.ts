import { Directive, Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import type { SocialWorker } from '../entities/index.js';
import { Certification, Employment } from './enums.js';
import { recordFields, RecordView } from './record.js';

@ObjectType('SocialWorker', {
  description: 'Social worker (社会工作者), full-time or part-time, certified or not',
})
@Directive('@key(fields: "id")')
export class SocialWorkerView extends RecordView {
  @Field(() => Employment, { description: 'Full-time or part-time (专职/兼职)' })
  employment!: Employment;

  @Field(() => Certification, { description: 'Qualification held (持证情况)' })
  certification!: Certification;

  /** A name: `name` shows it through the masking rule. */
  name!: string;

  /** For `region`, `station` and `agency`. */
  regionCode!: string;
  stationId!: string | null;
  agencyId!: string | null;
}

export const SocialWorkerConnection = connectionType(
  SocialWorkerView,
  'SocialWorker',
  'social workers (社工)',
);

export function toSocialWorkerView(worker: SocialWorker): SocialWorkerView {
  return {
    ...recordFields(worker),
    employment: worker.employment,
    certification: worker.certification,
    name: worker.name,
    regionCode: worker.regionCode,
    stationId: worker.stationId,
    agencyId: worker.agencyId,
  };
}
