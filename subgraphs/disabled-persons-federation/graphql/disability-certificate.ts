import { Field, Int, ObjectType } from 'type-graphql';
import { personalRecord } from '../../../shared/department/personal-records.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { FEDERATION_RECORDS } from '../access.js';
import type { DisabilityCertificate } from '../entities/index.js';
import { chinaToday } from '../../../shared/input/dates.js';
import type { DisabilityContext } from '../loaders.js';
import { DisabilityCategory } from './enums.js';
import { PersonRef } from './references.js';

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

export const DisabilityCertificateConnection = connectionType(
  DisabilityCertificateView,
  'DisabilityCertificate',
  'disability certificates (残疾人证)',
);

/** What the caller sees of a certificate, logging a reveal before returning it. */
export function toDisabilityCertificateView(
  certificate: DisabilityCertificate,
  ctx: DisabilityContext,
): Promise<DisabilityCertificateView | null> {
  return personalRecord(ctx, FEDERATION_RECORDS, 'disabilityCertificate', certificate, (mask) => ({
    // The identifier mask keeps the province and city and the last four of the 20 digits.
    number: mask('identifier', certificate.number),
    category: certificate.category,
    grade: certificate.grade,
    issuedOn: mask('eventDate', certificate.issuedOn),
    expiresOn: mask('eventDate', certificate.expiresOn),
    expired: certificate.expiresOn < chinaToday(),
    person: { id: certificate.personId },
  }));
}
