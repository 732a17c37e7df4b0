import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { relatedView } from '../../../shared/department/related.js';
import { writtenBy } from '../../../shared/department/written.js';
import { badInput } from '../../../shared/errors.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { inScope } from '../../../shared/scope.js';
import { giverProblem, inForce } from '../case-work/consent-rules.js';
import { Consent } from '../entities/index.js';
import { ConsentGiver } from '../entities/enums.js';
import {
  ConsentView,
  RecordConsentInput,
  toConsentView,
  WithdrawConsentInput,
} from '../graphql/consent.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from '../rules.js';

type Ctx = CivilAffairsContext;

/**
 * Consents (知情同意): recorded by any department's case team for a person in its region, given
 * by the person or — for a child under 14 or a person without capacity — a guardian; withdrawn
 * the same way, which stops every sharing it allowed at once.
 */
@Resolver(() => ConsentView)
export class ConsentResolver {
  @Authorized(CASE_TEAM)
  @Mutation(() => ConsentView, {
    description:
      "Records a person's consent to share their data with other departments (登记知情同意)",
  })
  async recordConsent(
    @Arg('input', () => RecordConsentInput) input: RecordConsentInput,
    @Ctx() ctx: Ctx,
  ): Promise<ConsentView> {
    const person = await requireExisting(ctx, 'person', input.personId, 'personId');
    if (input.personRegionCode != null && input.personRegionCode !== person.regionCode) {
      throw unusableReference('person', 'personId');
    }
    if (input.givenOn > chinaToday()) throw badInput('givenOn', 'givenOn is after today');
    if (input.givenOn < person.birthDate) {
      throw badInput('givenOn', 'givenOn is before the person was born');
    }
    if (input.expiresOn != null && input.expiresOn <= input.givenOn) {
      throw badInput('expiresOn', 'expiresOn must be after givenOn');
    }
    const giver = giverProblem(input, person.birthDate);
    if (giver) throw badInput('givenBy', giver);
    const byGuardian = input.givenBy === ConsentGiver.GUARDIAN;
    if (byGuardian && (!input.guardianName || !input.guardianRelation)) {
      const field = input.guardianName ? 'guardianRelation' : 'guardianName';
      throw badInput(field, 'a consent given by a guardian names the guardian and the relation');
    }
    if (!byGuardian && (input.guardianName || input.guardianRelation)) {
      throw badInput('guardianName', 'a consent the person gives names no guardian');
    }
    const consent = ctx.em.create(Consent, {
      personId: person.id,
      regionCode: person.regionCode,
      givenBy: input.givenBy,
      guardianName: input.guardianName ?? null,
      guardianRelation: input.guardianRelation ?? null,
      lacksCapacity: input.lacksCapacity,
      departments: [...new Set(input.departments)],
      categories: [...new Set(input.categories)],
      purposes: [...new Set(input.purposes)],
      givenOn: input.givenOn,
      expiresOn: input.expiresOn ?? null,
      ...writtenBy(ctx.principal),
    });
    await ctx.em.flush();
    return toConsentView(consent);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => ConsentView, {
    description:
      'Withdraws a consent (撤回同意): no referral may rely on it from now on, and what it let receiving departments see is hidden from them at once',
  })
  async withdrawConsent(
    @Arg('input', () => WithdrawConsentInput) input: WithdrawConsentInput,
    @Ctx() ctx: Ctx,
  ): Promise<ConsentView> {
    const consent = await ctx.em.findOne(Consent, { id: input.consentId });
    if (!consent || !inScope(ctx.principal, consent.regionCode)) {
      throw unusableReference('consent', 'consentId');
    }
    if (consent.withdrawnOn) throw badInput('consentId', 'the consent is already withdrawn');
    if (input.withdrawnOn > chinaToday()) {
      throw badInput('withdrawnOn', 'withdrawnOn is after today');
    }
    if (input.withdrawnOn < consent.givenOn) {
      throw badInput('withdrawnOn', 'withdrawnOn is before the consent was given');
    }
    consent.withdrawnOn = input.withdrawnOn;
    consent.withdrawalReason = input.reason;
    consent.withdrawnBy = ctx.principal.subject;
    consent.withdrawnByDepartment = ctx.principal.department;
    await ctx.em.flush();
    return toConsentView(consent);
  }

  @FieldResolver(() => Boolean, {
    description: 'In force today: given, not expired and not withdrawn (有效)',
  })
  inForce(@Root() consent: ConsentView): boolean {
    return inForce(consent, chinaToday());
  }

  @FieldResolver(() => PersonView, { nullable: true, description: 'Person whose data it is' })
  async person(@Root() consent: ConsentView, @Ctx() ctx: Ctx): Promise<PersonView | null> {
    return relatedView(ctx.loaders.person, consent.personId, toPersonView);
  }
}
