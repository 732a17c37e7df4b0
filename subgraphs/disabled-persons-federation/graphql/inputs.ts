import { IsInt, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { IsIdentityNumber } from '../../../shared/validation.js';
import { DisabilityCategory, RehabilitationKind } from './enums.js';
import {
  EventOn,
  IdempotencyKey,
  OptionalId,
  PeriodBound,
  PersonRegionCode,
  RegionFilter,
} from '../../../shared/input/fields.js';
import { Amount, TermEndDate } from '../../../shared/input/rules.js';

@InputType({ description: 'Which certificates to list (残疾人证筛选)' })
export class CertificateFilter {
  @Field(() => String, {
    nullable: true,
    description: "Only holders living in this division's subtree",
  })
  regionCode?: string | null;

  @Field(() => DisabilityCategory, { nullable: true })
  category?: DisabilityCategory | null;

  @Field(() => Int, { nullable: true, description: 'Grade 1–4' })
  grade?: number | null;
}

@InputType({ description: 'A certificate to issue or renew (发放/换发残疾人证); one per person' })
export class IssueCertificateInput {
  @Field(() => ID, { description: 'Person in the shared register (registerPerson gives the id)' })
  @IsUUID()
  personId!: string;

  @PersonRegionCode()
  personRegionCode?: string | null;

  @Field({
    description: "The holder's identity number, the first 18 digits of the certificate number",
  })
  @IsIdentityNumber()
  identityNumber!: string;

  @Field(() => DisabilityCategory, { description: 'Category (残疾类别)' })
  category!: DisabilityCategory;

  @Field(() => Int, { description: 'Grade 1–4 (残疾等级)' })
  @IsInt()
  @Min(1)
  @Max(4)
  grade!: number;

  @EventOn('Issued on')
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'Valid until, after the issue date' })
  @TermEndDate()
  expiresOn!: string;
}

@InputType({
  description:
    "Which rehabilitation services to list (康复服务筛选); regionCode is the holder's division",
})
export class RehabilitationServiceFilter extends RegionFilter {
  @PeriodBound('Served on or after (服务日期起)')
  from?: string | null;

  @PeriodBound('Served on or before (服务日期止)')
  to?: string | null;

  @Field(() => RehabilitationKind, { nullable: true, description: 'Only this kind (类型)' })
  kind?: RehabilitationKind | null;

  @OptionalId("Only services delivered by this station's team (服务站点)")
  stationId?: string | null;
}

@InputType({ description: 'A rehabilitation service delivered (记录康复服务)' })
export class RehabilitationInput {
  @Field(() => ID, { description: 'Certificate holder' })
  @IsUUID()
  personId!: string;

  @OptionalId('Station whose team delivered it')
  stationId?: string | null;

  @Field(() => RehabilitationKind)
  kind!: RehabilitationKind;

  @EventOn()
  servedOn!: string;

  @Field(() => Float, { description: 'Hours, 0–24' })
  @Min(0)
  @Max(24)
  hours!: number;

  @IdempotencyKey('Key chosen by the writing system; a retry returns the first record')
  idempotencyKey?: string | null;
}

@InputType({
  description:
    "Which assistive devices given to list (辅具发放筛选); regionCode is the holder's division",
})
export class AssistiveDeviceFilter extends RegionFilter {
  @PeriodBound('Given on or after (发放日期起)')
  from?: string | null;

  @PeriodBound('Given on or before (发放日期止)')
  to?: string | null;
}

@InputType({ description: 'An assistive device given (发放辅助器具)' })
export class AssistiveDeviceInput {
  @Field(() => ID, { description: 'Certificate holder' })
  @IsUUID()
  personId!: string;

  @Field({ description: 'Device, e.g. 轮椅' })
  @Length(1, 100)
  device!: string;

  @Field(() => MoneyScalar, { description: 'Value, more than zero' })
  @Amount('device')
  value!: bigint;

  @EventOn()
  grantedOn!: string;

  @Field({ description: 'Voucher number (发放单号); a retry with it changes nothing' })
  @Length(1, 100)
  reference!: string;
}
