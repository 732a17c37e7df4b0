import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import type { UnionAssistance } from '../entities/index.js';
import { UnionAssistanceKind } from './enums.js';
import { PersonRef } from './references.js';
import { OtherHelpField, type HelpNoticeView } from '../../../shared/ledger/graphql.js';

@ObjectType({ description: 'Union assistance granted to a worker (帮扶救助)' })
export class UnionAssistanceView {
  @Field(() => ID, { description: 'Record id (记录编号)' })
  id!: string;

  @Field(() => UnionAssistanceKind, { description: 'Kind (帮扶类型)' })
  kind!: UnionAssistanceKind;

  @Field(() => MoneyScalar, { description: 'Amount granted (帮扶金额)' })
  amount!: bigint;

  @Field(() => DateScalar, { description: 'Granted on (发放日期)' })
  grantedOn!: string;

  @Field({ description: "The union's assistance number (帮扶单号)" })
  reference!: string;

  @Field(() => PersonRef, { description: 'The worker helped (受助职工)' })
  person!: { id: string };

  @OtherHelpField()
  otherHelp?: HelpNoticeView | null;
}

export const UnionAssistanceConnection = connectionType(
  UnionAssistanceView,
  'UnionAssistance',
  'union assistance grants (帮扶救助)',
);

/** The graph's view of an assistance record. */
export function toUnionAssistanceView(row: UnionAssistance): UnionAssistanceView {
  return {
    id: row.id,
    kind: row.kind,
    amount: BigInt(row.amountFen),
    grantedOn: row.grantedOn,
    reference: row.reference,
    person: { id: row.personId },
  };
}
