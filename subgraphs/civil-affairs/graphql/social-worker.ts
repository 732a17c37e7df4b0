import { Directive, Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import type { SocialWorker } from '../entities/index.js';
import { Certification, Employment } from './enums.js';
import { recordFields, RecordView } from './record.js';

@ObjectType('SocialWorker', {
  description: 'Social worker (社会工作者), however employed, certified or not',
})
@Directive('@key(fields: "id")')
export class SocialWorkerView extends RecordView {
  @Field(() => Employment, {
    description: 'Employment (用工性质): full-time, part-time, dispatched…',
  })
  employment!: Employment;

  @Field(() => Certification, { description: 'Qualification held (持证情况)' })
  certification!: Certification;

  /** A name: `name` shows it through the masking rule. */
  name!: string;

  /** The day of the qualification: `certifiedOn` shows it through the masking rule. */
  certifiedOn!: string | null;

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
    certifiedOn: worker.certifiedOn,
    regionCode: worker.regionCode,
    stationId: worker.stationId,
    agencyId: worker.agencyId,
  };
}
