import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import type { CharityGrant } from '../entities/index.js';
import { CharityRecipientKind } from './enums.js';
import { PersonRef, ServiceProjectRef } from './references.js';

@ObjectType({ description: 'Charity grant (慈善资助)' })
export class CharityGrantView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Fund granting (资助基金)' })
  fundId!: string;

  @Field(() => CharityRecipientKind)
  recipientKind!: CharityRecipientKind;

  @Field(() => ServiceProjectRef, { nullable: true, description: 'Project granted to' })
  project!: { id: string } | null;

  @Field(() => String, { nullable: true, description: 'Community granted to (division code)' })
  communityCode!: string | null;

  @Field(() => PersonRef, { nullable: true, description: 'Person granted to' })
  person!: { id: string } | null;

  @Field(() => MoneyScalar, { description: 'Amount (金额)' })
  amount!: bigint;

  @Field(() => DateScalar, { description: 'Granted on (资助日期)' })
  grantedOn!: string;

  @Field({ description: 'What for (用途)' })
  purpose!: string;
}

/** A grant as the graph shows it. */
export function toCharityGrantView(grant: CharityGrant): CharityGrantView {
  return {
    id: grant.id,
    fundId: grant.fundId,
    recipientKind: grant.recipientKind,
    project: grant.projectId ? { id: grant.projectId } : null,
    communityCode: grant.communityCode,
    person: grant.personId ? { id: grant.personId } : null,
    amount: BigInt(grant.amountFen),
    grantedOn: grant.grantedOn,
    purpose: grant.purpose,
  };
}
