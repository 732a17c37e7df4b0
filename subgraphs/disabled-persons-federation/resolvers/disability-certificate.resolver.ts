import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CASE_TEAM, PERSON_READERS } from '../../../shared/department/access.js';
import { requirePersonOf } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import { badInput, forbidden, unusable } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { assertDepartment, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { validateIdentityNumber } from '../../../shared/validators/identity-number.js';
import { certificateAccess } from '../access.js';
import { CATEGORY_DIGIT } from '../entities/enums.js';
import { DisabilityCertificate } from '../entities/index.js';
import {
  DisabilityCertificateConnection,
  DisabilityCertificateView,
  toDisabilityCertificateView,
} from '../graphql/disability-certificate.js';
import { CertificateFilter, IssueCertificateInput } from '../graphql/inputs.js';
import type { DisabilityContext } from '../loaders.js';

@Resolver(() => DisabilityCertificateView)
export class DisabilityCertificateResolver {
  @Authorized(PERSON_READERS)
  @Query(() => DisabilityCertificateConnection, {
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
    const where = {
      $and: [
        { personRegionCode: scopeWhere(ctx.principal).regionCode },
        // An empty code narrows nothing here, as it always has.
        subtreeFilter(filter?.regionCode || null, 'personRegionCode'),
        filter?.category ? { category: filter.category } : {},
        filter?.grade ? { grade: filter.grade } : {},
      ],
    };
    const certificates = await findConnection(ctx.em, DisabilityCertificate, where, page);
    return mapConnection(
      certificates,
      async (certificate) => (await toDisabilityCertificateView(certificate, ctx))!,
    );
  }

  @Authorized(CASE_TEAM)
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
    return toDisabilityCertificateView(certificate, ctx);
  }
}
