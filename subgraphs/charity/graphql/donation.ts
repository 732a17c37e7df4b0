import { Field, ID, ObjectType } from 'type-graphql';
import type { Principal } from '../../../shared/context.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { DONORS } from '../access.js';
import type { Donation } from '../entities/index.js';

@ObjectType({ description: 'Donation received into a fund (捐赠记录)' })
export class DonationView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Fund receiving (受赠基金)' })
  fundId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Donor (捐赠人): a person's name masked as the register's are; null when the donor asked to stay anonymous",
  })
  donor!: string | null;

  @Field({ description: 'The donor asked to stay anonymous (匿名)' })
  anonymous!: boolean;

  @Field(() => MoneyScalar, { description: 'Amount (金额)' })
  amount!: bigint;

  @Field(() => DateScalar, { description: 'Received on (接收日期)' })
  receivedOn!: string;

  @Field({ description: 'Receipt number (收据号)' })
  reference!: string;
}

/**
 * A donation as the graph shows it to the caller: an anonymous donor's name is never given out,
 * and another donor's name is masked by the rule for names of people.
 */
export function toDonationView(
  donation: Donation,
  principal: Principal,
  purpose: string | null,
): DonationView {
  return {
    id: donation.id,
    fundId: donation.fundId,
    donor: donation.anonymous
      ? null
      : maskPersonal('name', donation.donor, principal, purpose, DONORS),
    anonymous: donation.anonymous,
    amount: BigInt(donation.amountFen),
    receivedOn: donation.receivedOn,
    reference: donation.reference,
  };
}

export const DonationConnection = connectionType(
  DonationView,
  'Donation',
  'donations received (捐赠记录)',
);
