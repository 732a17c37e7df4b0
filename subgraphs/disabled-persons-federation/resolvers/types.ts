import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { IsDivisionCode, IsIdentityNumber } from '../../../shared/validation.js';
import { DisabilityCategory, RehabilitationKind } from '../entities/enums.js';
import { PersonRef, StationRef } from '../references.js';
import { Amount, EventDate, TermEndDate } from '../../../shared/input/rules.js';

@ObjectType({ description: 'Disability certificate (残疾人证) as the caller may see it' })
export class DisabilityCertificateView {
  @Field(() => String, {
    nullable: true,
    description:
      'Certificate number (残疾人证号, 20 digits), masked unless revealed; null when de-identified',
  })
  number!: string | null;

  @Field(() => DisabilityCategory, { description: 'Category (残疾类别)' })
  category!: DisabilityCategory;

  @Field(() => Int, { description: 'Grade 1 (most severe) to 4 (残疾等级)' })
  grade!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Issued on (发证日期); null when de-identified',
  })
  issuedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Valid until (有效期至); null when de-identified',
  })
  expiresOn!: string | null;

  @Field({ description: 'The certificate has expired (已过期)' })
  expired!: boolean;

  @Field(() => PersonRef, { description: 'Holder (持证人)' })
  person!: { id: string };
}

@ObjectType({ description: 'Rehabilitation service (康复服务)' })
export class RehabilitationServiceView {
  @Field(() => ID, { description: 'Record id' })
  id!: string;

  @Field(() => RehabilitationKind, { description: 'Kind (类型)' })
  kind!: RehabilitationKind;

  @Field(() => DateScalar, { description: 'Date (服务日期)' })
  servedOn!: string;

  @Field(() => Float, { description: 'Hours (时长)' })
  hours!: number;

  @Field(() => StationRef, { nullable: true, description: 'Station whose team delivered it' })
  station!: { id: string } | null;

  @Field(() => PersonRef, { description: 'Person served' })
  person!: { id: string };
}

@ObjectType({ description: 'Assistive device given (辅助器具发放)' })
export class AssistiveDeviceView {
  @Field(() => ID, { description: 'Record id' })
  id!: string;

  @Field({ description: 'Device (器具名称), e.g. 轮椅' })
  device!: string;

  @Field(() => MoneyScalar, { description: 'Value (价值)' })
  value!: bigint;

  @Field(() => DateScalar, { description: 'Given on (发放日期)' })
  grantedOn!: string;

  @Field(() => PersonRef, { description: 'Person given to' })
  person!: { id: string };
}

@ObjectType({ description: 'Certificate holders in one category' })
export class CategoryCount {
  @Field(() => DisabilityCategory)
  category!: DisabilityCategory;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Certificate holders of one grade' })
export class GradeCount {
  @Field(() => Int, { description: 'Grade 1–4' })
  grade!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: "Disabled persons' federation figures over a region subtree (残联数据)",
})
export class DisabilityRegionFigures {
  @Field(() => Int, { description: 'Valid certificates held by residents (持证残疾人)' })
  certificateHolders!: number;

  @Field(() => [CategoryCount], {
    description: 'Valid certificates by category, every category listed',
  })
  byCategory!: CategoryCount[];

  @Field(() => [GradeCount], { description: 'Valid certificates by grade, grades 1–4' })
  byGrade!: GradeCount[];

  @Field(() => Int, { description: 'Rehabilitation services (康复服务人次)' })
  rehabilitationServices!: number;

  @Field(() => Float, { description: 'Rehabilitation hours (康复服务时长)' })
  rehabilitationHours!: number;

  @Field(() => Int, { description: 'Assistive devices given (辅具发放件数)' })
  assistiveDevices!: number;

  @Field(() => MoneyScalar, { description: 'Value of devices given (辅具价值)' })
  assistiveDeviceValue!: bigint;

  @Field(() => MoneyScalar, {
    description: 'Federation money put into projects bought here (项目投入)',
  })
  contributed!: bigint;
}

@ObjectType({
  description: "What the disabled persons' federation delivers at a station (残联在站服务)",
})
export class DisabilityStationFigures {
  @Field(() => Int, { description: 'Rehabilitation services delivered by the station team' })
  rehabilitationServices!: number;

  @Field(() => Int, { description: 'Different people served' })
  people!: number;

  @Field(() => Float, { description: 'Hours' })
  hours!: number;
}

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

  @Field(() => String, {
    nullable: true,
    description:
      'Where the caller believes the person lives; checked against the register, never taken from here',
  })
  @IsOptional()
  @IsDivisionCode(['TOWNSHIP', 'VILLAGE'])
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

  @Field(() => DateScalar, { description: 'Issued on' })
  @EventDate()
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'Valid until, after the issue date' })
  @TermEndDate()
  expiresOn!: string;
}

@InputType({ description: 'A rehabilitation service delivered (记录康复服务)' })
export class RehabilitationInput {
  @Field(() => ID, { description: 'Certificate holder' })
  @IsUUID()
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'Station whose team delivered it' })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field(() => RehabilitationKind)
  kind!: RehabilitationKind;

  @Field(() => DateScalar)
  @EventDate()
  servedOn!: string;

  @Field(() => Float, { description: 'Hours, 0–24' })
  @Min(0)
  @Max(24)
  hours!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Key chosen by the writing system; a retry returns the first record',
  })
  @IsOptional()
  @Length(1, 100)
  idempotencyKey?: string | null;
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

  @Field(() => DateScalar)
  @EventDate()
  grantedOn!: string;

  @Field({ description: 'Voucher number (发放单号); a retry with it changes nothing' })
  @Length(1, 100)
  reference!: string;
}

/** The graph's view of a rehabilitation record. */
export function rehabilitationView(row: {
  id: string;
  kind: RehabilitationKind;
  servedOn: string;
  durationMinutes: number;
  stationId: string | null;
  personId: string;
}): RehabilitationServiceView {
  return {
    id: row.id,
    kind: row.kind,
    servedOn: row.servedOn,
    hours: row.durationMinutes / 60,
    station: row.stationId ? { id: row.stationId } : null,
    person: { id: row.personId },
  };
}

/** The graph's view of a device grant. */
export function deviceView(row: {
  id: string;
  device: string;
  valueFen: bigint;
  grantedOn: string;
  personId: string;
}): AssistiveDeviceView {
  return {
    id: row.id,
    device: row.device,
    value: BigInt(row.valueFen),
    grantedOn: row.grantedOn,
    person: { id: row.personId },
  };
}
