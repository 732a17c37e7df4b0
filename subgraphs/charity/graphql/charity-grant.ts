import { Field, ID, ObjectType } from 'type-graphql';
import { personalRecord } from '../../../shared/department/personal-records.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { AID } from '../access.js';
import type { CharityGrant } from '../entities/index.js';
import type { CharityContext } from '../loaders.js';
import { CharityRecipientKind } from './enums.js';
import { PersonRef, ServiceProjectRef } from './references.js';
import { OtherHelpField, type HelpNoticeView } from '../../../shared/ledger/graphql.js';

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

  @OtherHelpField()
  otherHelp?: HelpNoticeView | null;
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

export const CharityGrantConnection = connectionType(
  CharityGrantView,
  'CharityGrant',
  'charity grants (慈善资助)',
);

/**
 * A grant of a list of many recipients' grants: one to a person is that person's aid, shown as
 * `Person.charityAid` shows it and logged under the same field when the request reveals it.
 * The list holds such grants only for callers who see aid at all (`seesAid`).
 */
export async function toListedCharityGrantView(
  grant: CharityGrant,
  ctx: CharityContext,
): Promise<CharityGrantView> {
  if (!grant.personId) return toCharityGrantView(grant);
  const aid = { personId: grant.personId, personRegionCode: grant.recipientRegionCode };
  return (await personalRecord(ctx, AID, 'charityAid', aid, () => toCharityGrantView(grant)))!;
}
