import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { CharityFundKind, CharityRecipientKind } from '../entities/index.js';
import { PersonRef, ServiceProjectRef, StationRef } from '../references.js';
import { Amount, EventDate, FreeText } from '../../../shared/input/rules.js';

@ObjectType({ description: 'Charity fund (慈善基金) with its money, summed in SQL' })
export class CharityFundView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (基金名称)' })
  name!: string;

  @Field(() => CharityFundKind)
  kind!: CharityFundKind;

  @Field({ description: 'Division (所在区划)' })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Established on (设立日期)' })
  establishedOn!: string;

  @Field(() => MoneyScalar, { description: 'Donations received (累计募集)' })
  raised!: bigint;

  @Field(() => MoneyScalar, { description: 'Granted out (累计资助)' })
  granted!: bigint;

  @Field(() => MoneyScalar, { description: 'Balance (结余)' })
  balance!: bigint;
}

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

@ObjectType({ description: 'Charity volunteer (慈善志愿者)' })
export class CharityVolunteerView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Name (姓名): for charity's case teams and admins, and supervisors who state a purpose",
  })
  name!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Joined on (加入日期); null when de-identified or withheld',
  })
  joinedOn!: string | null;

  @Field(() => StationRef, { nullable: true })
  station!: { id: string } | null;
}

@ObjectType({ description: 'Charity figures over a region subtree (慈善数据)' })
export class CharityRegionFigures {
  @Field(() => Int, { description: 'Funds (基金数)' })
  funds!: number;

  @Field(() => MoneyScalar, { description: 'Donations received by funds here (募集)' })
  raised!: bigint;

  @Field(() => MoneyScalar, { description: 'Granted to recipients here (资助)' })
  granted!: bigint;

  @Field(() => MoneyScalar, { description: 'Of it to projects (资助项目)' })
  grantedToProjects!: bigint;

  @Field(() => MoneyScalar, { description: 'Of it to communities (资助社区)' })
  grantedToCommunities!: bigint;

  @Field(() => MoneyScalar, { description: 'Of it to people (资助个人)' })
  grantedToPeople!: bigint;

  @Field(() => Int, { description: 'Communities granted to (获资助社区数)' })
  communitiesGranted!: number;

  @Field(() => Int, { description: 'Charity volunteers (慈善志愿者)' })
  volunteers!: number;
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

  @Field(() => DateScalar)
  @EventDate()
  establishedOn!: string;
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

  @Field(() => DateScalar)
  @EventDate()
  receivedOn!: string;

  @Field({ description: 'Receipt number (收据号)' })
  @Length(1, 100)
  reference!: string;
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

  @Field(() => ID, { nullable: true, description: 'For a PROJECT grant' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a COMMUNITY grant: the community or village code',
  })
  @IsOptional()
  @IsDivisionCode(['TOWNSHIP', 'VILLAGE'])
  communityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a PERSON grant' })
  @IsOptional()
  @IsUUID()
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

  @Field(() => DateScalar)
  @EventDate()
  grantedOn!: string;

  @Field({ description: 'What for (用途)' })
  @FreeText()
  @Length(1, 500)
  purpose!: string;

  @Field({ description: 'Grant number (资助编号)' })
  @Length(1, 100)
  reference!: string;
}
