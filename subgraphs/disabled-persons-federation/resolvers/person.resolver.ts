import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { badInput, forbidden, unusable } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { assertDepartment, scopeWhere } from '../../../shared/scope.js';
import { parseDivisionCode } from '../../../shared/validators/division-code.js';
import { validateIdentityNumber } from '../../../shared/validators/identity-number.js';
import { requirePersonOf } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import {
  maskPersonal,
  type MaskForms,
  type PersonalKind,
} from '../../../shared/department/masking.js';
import { CERTIFICATES, certificateAccess, maskCertificateNumber } from '../access.js';
import { personalRecords } from '../../../shared/department/personal-records.js';
import { CATEGORY_DIGIT } from '../entities/enums.js';
import { DisabilityCertificate } from '../entities/index.js';
import { todayInChina, type DisabilityContext } from '../loaders.js';
import { PersonRef } from '../references.js';
import {
  AssistiveDeviceView,
  CertificateFilter,
  DisabilityCertificateView,
  IssueCertificateInput,
  RehabilitationServiceView,
  deviceView,
  rehabilitationView,
} from './types.js';

export const CertificateConnection = connectionType(
  DisabilityCertificateView,
  'DisabilityCertificate',
  'disability certificates (残疾人证)',
);

/** What the caller sees of a certificate, logging a reveal before returning it. */
export async function viewCertificate(
  certificate: DisabilityCertificate,
  ctx: DisabilityContext,
): Promise<DisabilityCertificateView | null> {
  const { principal, purpose } = ctx;
  const access = certificateAccess(principal, purpose);
  if (access === 'none') return null;
  if (access === 'revealed') {
    await ctx.loaders.reveal.load({
      personId: certificate.personId,
      personRegionCode: certificate.personRegionCode,
      field: 'disabilityCertificate',
    });
  }
  const mask = <T>(kind: PersonalKind, value: T, forms?: MaskForms<T>) =>
    maskPersonal(kind, value, principal, purpose, CERTIFICATES, forms);
  return {
    number: mask('identifier', certificate.number, { masked: maskCertificateNumber }),
    category: certificate.category,
    grade: certificate.grade,
    issuedOn: mask('eventDate', certificate.issuedOn),
    expiresOn: mask('eventDate', certificate.expiresOn),
    expired: certificate.expiresOn < todayInChina(),
    person: { id: certificate.personId },
  };
}

@Resolver(() => PersonRef)
export class DisabilityPersonResolver {
  @FieldResolver(() => DisabilityCertificateView, {
    nullable: true,
    description:
      "Disability certificate (残疾人证): for the federation's caseworkers, analysts (de-identified) and supervisors who state a purpose (logged)",
  })
  async disabilityCertificate(@Root() person: { id: string }, @Ctx() ctx: DisabilityContext) {
    const certificate = await ctx.loaders.certificateByPerson.load(person.id);
    return certificate ? viewCertificate(certificate, ctx) : null;
  }

  @FieldResolver(() => [RehabilitationServiceView], {
    nullable: true,
    description:
      "Rehabilitation received (康复服务), newest first: for the federation's case teams and supervisors who state a purpose (logged)",
  })
  async rehabilitationServices(@Root() person: { id: string }, @Ctx() ctx: DisabilityContext) {
    const records = await personalRecords(
      ctx,
      'assistance',
      CERTIFICATES,
      'rehabilitationServices',
      person,
      () => ctx.loaders.rehabilitationByPerson.load(person.id),
      (record) => record.personRegionCode,
    );
    return records?.map(rehabilitationView) ?? null;
  }

  @FieldResolver(() => [AssistiveDeviceView], {
    nullable: true,
    description:
      "Assistive devices received (辅助器具), newest first: for the federation's case teams and supervisors who state a purpose (logged)",
  })
  async assistiveDevices(@Root() person: { id: string }, @Ctx() ctx: DisabilityContext) {
    const records = await personalRecords(
      ctx,
      'assistance',
      CERTIFICATES,
      'assistiveDevices',
      person,
      () => ctx.loaders.devicesByPerson.load(person.id),
      (record) => record.personRegionCode,
    );
    return records?.map(deviceView) ?? null;
  }
}

@Resolver(() => DisabilityCertificateView)
export class CertificateResolver {
  @Authorized(['ANALYST', 'CASEWORKER', 'SUPERVISOR'])
  @Query(() => CertificateConnection, {
    description:
      'Disability certificates of residents in your region (残疾人证列表); de-identified for analysts',
  })
  async disabilityCertificates(
    @Arg('filter', () => CertificateFilter, { nullable: true }) filter: CertificateFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: DisabilityContext,
  ): Promise<Connection<DisabilityCertificateView>> {
    if (certificateAccess(ctx.principal, ctx.purpose) === 'none') {
      throw forbidden(
        "certificates are for the disabled persons' federation, analysts and supervisors who state a purpose",
      );
    }
    let prefix = '';
    if (filter?.regionCode) {
      const parsed = parseDivisionCode(filter.regionCode);
      if (!parsed.ok) throw badInput('regionCode', `invalid division code: ${parsed.reason}`);
      prefix = parsed.subtreePrefix;
    }
    const where = {
      $and: [
        { personRegionCode: scopeWhere(ctx.principal).regionCode },
        prefix ? { personRegionCode: { $like: `${prefix}%` } } : {},
        filter?.category ? { category: filter.category } : {},
        filter?.grade ? { grade: filter.grade } : {},
      ],
    };
    const certificates = await findConnection(ctx.em, DisabilityCertificate, where, page);
    return mapConnection(
      certificates,
      async (certificate) => (await viewCertificate(certificate, ctx))!,
    );
  }

  @Authorized(['CASEWORKER', 'SUPERVISOR'])
  @Mutation(() => DisabilityCertificateView, {
    description:
      'Issues or renews the certificate of a person (发放/换发残疾人证); one per person, idempotent',
  })
  async issueDisabilityCertificate(
    @Arg('input', () => IssueCertificateInput) input: IssueCertificateInput,
    @Ctx() ctx: DisabilityContext,
  ): Promise<DisabilityCertificateView | null> {
    assertDepartment(ctx.principal, ['DISABLED_PERSONS_FEDERATION'], 'issuing certificates');
    if (input.expiresOn <= input.issuedOn) {
      throw badInput(
        'expiresOn',
        `expiresOn (${input.expiresOn}) must come after issuedOn (${input.issuedOn})`,
      );
    }
    const identity = validateIdentityNumber(input.identityNumber);
    if (!identity.ok) throw badInput('identityNumber', identity.reason);
    const person = await requirePersonOf(ctx, input);
    const number = `${identity.value}${CATEGORY_DIGIT[input.category]}${input.grade}`;
    const holderOfNumber = await ctx.em.findOne(DisabilityCertificate, {
      number: { $like: `${identity.value}%` },
    });
    // Whoever holds the number, and wherever, the answer must not tell that someone does.
    if (holderOfNumber && holderOfNumber.personId !== input.personId) {
      throw unusable('identityNumber', 'identity number');
    }
    const existing = await ctx.em.findOne(DisabilityCertificate, { personId: input.personId });
    const fields = {
      personRegionCode: person.regionCode,
      number,
      category: input.category,
      grade: input.grade,
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn,
    };
    const certificate = existing
      ? Object.assign(existing, fields)
      : ctx.em.create(DisabilityCertificate, {
          personId: input.personId,
          ...fields,
          ...writtenBy(ctx.principal),
        });
    await ctx.em.flush();
    return viewCertificate(certificate, ctx);
  }
}
