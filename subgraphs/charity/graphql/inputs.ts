import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EventOn, OptionalId, PeriodBound, RegionFilter } from '../../../shared/input/fields.js';
import { Amount, FreeText } from '../../../shared/input/rules.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { CharityFundKind, CharityRecipientKind } from './enums.js';

@InputType({ description: 'Which charity funds to list' })
export class CharityFundFilter extends RegionFilter {
  @Field(() => CharityFundKind, { nullable: true })
  kind?: CharityFundKind | null;
}

@InputType({ description: 'A fund to establish (设立慈善基金); idempotent by region and name' })
export class CharityFundInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => CharityFundKind)
  kind!: CharityFundKind;

  @Field()
  @IsDivisionCode()
  regionCode!: string;

  @EventOn()
  establishedOn!: string;
}

@InputType({ description: 'Which donations to list (捐赠记录筛选)' })
export class DonationFilter extends RegionFilter {
  @OptionalId('Only donations into this fund (受赠基金)')
  fundId?: string | null;

  @PeriodBound('Received on or after (接收日期起)')
  from?: string | null;

  @PeriodBound('Received on or before (接收日期止)')
  to?: string | null;
}

@InputType({ description: 'A donation received (接收捐赠); idempotent by receipt number' })
export class DonationInput {
  @Field(() => ID)
  @IsUUID()
  fundId!: string;

  @Field({ description: 'Donor (捐赠人)' })
  @Length(1, 200)
  donor!: string;

  @Field({ defaultValue: false, description: 'Show the donor as anonymous (匿名)' })
  anonymous!: boolean;

  @Field(() => MoneyScalar, { description: 'More than zero' })
  @Amount('donation')
  amount!: bigint;

  @EventOn()
  receivedOn!: string;

  @Field({ description: 'Receipt number (收据号)' })
  @Length(1, 100)
  reference!: string;
}

@InputType({ description: 'Which charity grants to list (慈善资助筛选)' })
export class CharityGrantFilter extends RegionFilter {
  @OptionalId('Only grants from this fund (资助基金)')
  fundId?: string | null;

  @Field(() => CharityRecipientKind, {
    nullable: true,
    description: 'Only grants to this kind of recipient (受助类型)',
  })
  recipientKind?: CharityRecipientKind | null;

  @PeriodBound('Granted on or after (资助日期起)')
  from?: string | null;

  @PeriodBound('Granted on or before (资助日期止)')
  to?: string | null;
}

@InputType({
  description: 'A grant to make (慈善资助); idempotent by reference; within the fund balance',
})
export class CharityGrantInput {
  @Field(() => ID)
  @IsUUID()
  fundId!: string;

  @Field(() => CharityRecipientKind)
  recipientKind!: CharityRecipientKind;

  @OptionalId('For a PROJECT grant')
  projectId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a COMMUNITY grant: the community or village code',
  })
  @IsOptional()
  @IsDivisionCode(['TOWNSHIP', 'VILLAGE'])
  communityCode?: string | null;

  @OptionalId('For a PERSON grant')
  personId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The recipient's division as the caller believes it; the owner's (project's, community's or person's) is what counts",
  })
  @IsOptional()
  @IsDivisionCode()
  recipientRegionCode?: string | null;

  @Field(() => MoneyScalar, { description: 'More than zero, at most the balance' })
  @Amount('charityGrant')
  amount!: bigint;

  @EventOn()
  grantedOn!: string;

  @Field({ description: 'What for (用途)' })
  @FreeText()
  @Length(1, 500)
  purpose!: string;

  @Field({ description: 'Grant number (资助编号)' })
  @Length(1, 100)
  reference!: string;
}

@InputType({ description: 'A charity volunteer to register (登记慈善志愿者)' })
export class CharityVolunteerInput {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field()
  @IsDivisionCode()
  regionCode!: string;

  @OptionalId()
  stationId?: string | null;

  @EventOn()
  joinedOn!: string;
}
