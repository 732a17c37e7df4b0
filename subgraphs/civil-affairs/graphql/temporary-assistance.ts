import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import type { TemporaryAssistance } from '../entities/index.js';
import { recordFields, RecordView } from './record.js';
import { OtherHelpField, type HelpNoticeView } from '../../../shared/ledger/graphql.js';

@ObjectType('TemporaryAssistance', {
  description: 'Temporary assistance grant (临时救助) to a household',
})
export class TemporaryAssistanceView extends RecordView {
  @Field(() => DateScalar, { description: 'Date granted (救助日期)' })
  grantedOn!: string;

  @Field({ description: 'Reason (救助事由)' })
  reason!: string;

  /** Amount in fen: `amount` shows it through the masking rule. */
  amountFen!: bigint;

  /** The applicant, and the region the grant is counted in (for the access log). */
  personId!: string;
  regionCode!: string;

  /** For `station`. */
  stationId!: string | null;

  @OtherHelpField()
  otherHelp?: HelpNoticeView | null;
}

export const TemporaryAssistanceConnection = connectionType(
  TemporaryAssistanceView,
  'TemporaryAssistance',
  'temporary assistance grants (临时救助)',
);

export function toTemporaryAssistanceView(grant: TemporaryAssistance): TemporaryAssistanceView {
  return {
    ...recordFields(grant),
    grantedOn: grant.grantedOn,
    reason: grant.reason,
    amountFen: BigInt(grant.amountFen),
    personId: grant.personId,
    regionCode: grant.regionCode,
    stationId: grant.stationId,
  };
}
