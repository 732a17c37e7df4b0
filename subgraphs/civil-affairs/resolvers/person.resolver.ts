import { GraphQLError } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { badInput, forbidden, unusable } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { inScope, scopedLookup, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { writtenBy } from '../../../shared/department/written.js';
import { parseDivisionCode } from '../../../shared/validators/division-code.js';
import { ageOn, validateIdentityNumber } from '../../../shared/validators/identity-number.js';
import { chinaToday } from '../../../shared/input/dates.js';
import {
  CASE_TEAM,
  PERSON_READERS,
  personalAccess,
  REGISTER,
  type RecordHolder,
} from '../../../shared/department/access.js';
import {
  maskPersonal,
  personalTreatment,
  type MaskForms,
  type PersonalKind,
} from '../../../shared/department/masking.js';
import { CIVIL_AFFAIRS_RECORDS, type RevealedField } from '../access.js';
import { ageBand, scopePopulation, type Release } from '../de-identification.js';
import { Person } from '../entities/index.js';
import { PersonCategory, Sex } from '../graphql/enums.js';
import { PersonConnection, PersonView, toPersonView } from '../graphql/person.js';
import { RegionView, toRegionView } from '../graphql/region.js';
import { PersonFilter, RegisterPersonInput } from '../graphql/registry.input.js';
import {
  TemporaryAssistanceView,
  toTemporaryAssistanceView,
} from '../graphql/temporary-assistance.js';
import type { CivilAffairsContext } from '../loaders.js';
import { refuseMerged } from '../rules.js';
import { requireOwned } from '../../../shared/department/owned.js';
import { relatedView } from '../../../shared/department/related.js';

/**
 * What the caller sees of one field of a person under the masking rule of its kind; a value
 * shown because the request reveals it is written to the access log first.
 */
async function personal<T>(
  ctx: CivilAffairsContext,
  person: PersonView,
  kind: PersonalKind,
  holder: RecordHolder,
  value: T,
  logAs: RevealedField | null,
  forms?: MaskForms<T>,
): Promise<T | null> {
  const shown = maskPersonal(kind, value, ctx.principal, ctx.purpose, holder, forms);
  if (
    logAs &&
    shown !== null &&
    personalAccess(ctx.principal, ctx.purpose, holder) === 'revealed'
  ) {
    await ctx.loaders.reveal.load({
      personId: person.id,
      personRegionCode: person.regionCode,
      field: logAs,
    });
  }
  return shown;
}

/** Where the analyst view releases a person (only asked for de-identified answers). */
async function release(ctx: CivilAffairsContext, person: PersonView): Promise<Release> {
  if (personalAccess(ctx.principal, ctx.purpose, REGISTER) !== 'de-identified') return null;
  return ctx.loaders.deIdentification.release(person, ageOn(person.birthDate, chinaToday()));
}

@Resolver(() => PersonView)
export class PersonResolver {
  @Authorized(PERSON_READERS)
  @Query(() => PersonConnection, {
    description:
      "People in the register, in your region (服务对象列表). For analysts de-identified with k = 5: no name, number, birth date or exact age; sex, age band (ageBand) and region (the township, or the county for small groups) such that every combination of the three is shared by at least 5 people of the list's population (your region, narrowed by the filter); a person whose combination is still rarer is suppressed: sex, ageBand and region all null",
  })
  async people(
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<PersonView>> {
    const category = filter?.category;
    // Filtering by a sensitive category says who holds it: only for de-identified lists, or
    // for a request that may reveal categories.
    // Filtering by a category says who holds it, unless the list is de-identified.
    if (
      category &&
      personalAccess(ctx.principal, ctx.purpose, CIVIL_AFFAIRS_RECORDS) !== 'de-identified' &&
      personalTreatment('assistance', ctx.principal, ctx.purpose, CIVIL_AFFAIRS_RECORDS) !== 'shown'
    ) {
      throw forbidden(
        `filtering people by ${category} reveals a category of the register: for civil affairs' case teams and supervisors, and for analysts`,
      );
    }
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        // Entries merged into another are the same person as their survivor: listed once.
        { mergedInto: null },
        subtreeFilter(filter?.regionCode),
        category ? { categories: { $contains: [category] } } : {},
      ],
    };
    const connection = await mapConnection(
      await findConnection(ctx.em, Person, where, page),
      toPersonView,
    );
    if (personalAccess(ctx.principal, ctx.purpose, REGISTER) === 'de-identified') {
      // The analyst view's groups are counted over exactly the people this list draws from.
      const scope = scopePopulation(ctx.principal);
      const narrowed = filter?.regionCode ? parseDivisionCode(filter.regionCode) : null;
      ctx.loaders.deIdentification.listed(
        connection.edges.map((edge) => edge.node),
        {
          prefixes: [...scope.prefixes, ...(narrowed?.ok ? [narrowed.subtreePrefix] : [])],
          category: category ?? null,
        },
      );
    }
    return connection;
  }

  @Authorized(PERSON_READERS)
  @Query(() => PersonView, { nullable: true, description: 'A person by hub id (服务对象)' })
  async person(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView | null> {
    return relatedView(ctx.loaders.person, id, toPersonView);
  }

  @Authorized(CASE_TEAM)
  @Query(() => PersonView, {
    nullable: true,
    description:
      'A person by identity number (按身份证号查询); null when not registered or registered outside your region',
  })
  async personByIdentityNumber(
    @Arg('identityNumber') identityNumber: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView | null> {
    const checked = validateIdentityNumber(identityNumber);
    if (!checked.ok) throw badInput('identityNumber', `invalid identity number: ${checked.reason}`);
    const person = scopedLookup(
      ctx.principal,
      await ctx.em.findOne(Person, { identityNumber: checked.value }),
    );
    return person && toPersonView(person);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => PersonView, {
    description:
      'Registers a person; the same identity number returns the same person, updated (登记服务对象)',
  })
  async registerPerson(
    @Arg('input', () => RegisterPersonInput) input: RegisterPersonInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView> {
    const identity = validateIdentityNumber(input.identityNumber);
    if (!identity.ok) throw badInput('identityNumber', identity.reason);
    await requireOwned(ctx, 'region', input.regionCode, 'regionCode');
    const ownsCategories = ctx.principal.department === 'CIVIL_AFFAIRS';
    if (input.categories.length && !ownsCategories) {
      throw forbidden('categories of the register are kept by civil affairs');
    }
    const existing = await ctx.em.findOne(Person, { identityNumber: identity.value });
    // Registered elsewhere: the number cannot be used here, and the answer says no more.
    if (existing && !inScope(ctx.principal, existing.regionCode)) {
      throw unusable('identityNumber', 'identity number');
    }
    if (existing) await refuseMerged(ctx, existing, 'identityNumber');
    // The register is civil affairs' record: other departments add people to it and find them
    // in it, but only civil affairs renames or moves an entry.
    if (
      existing &&
      !ownsCategories &&
      (existing.name !== input.name || existing.regionCode !== input.regionCode)
    ) {
      throw new GraphQLError(
        'the register holds this person under another name or division; only civil affairs changes an entry',
        { extensions: { code: 'CONFLICT', field: 'name' } },
      );
    }
    const person =
      existing ??
      ctx.em.create(Person, {
        identityNumber: identity.value,
        name: input.name,
        sex: identity.sex as Sex,
        birthDate: identity.birthDate,
        regionCode: input.regionCode,
        categories: [],
        ...writtenBy(ctx.principal),
      });
    Object.assign(person, { name: input.name, regionCode: input.regionCode });
    if (ownsCategories) person.categories = [...new Set(input.categories)];
    await ctx.em.flush();
    return toPersonView(person);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Name (姓名): for case teams of every department; null for analysts and everyone else',
  })
  name(@Root() person: PersonView, @Ctx() ctx: CivilAffairsContext): Promise<string | null> {
    return personal(ctx, person, 'name', REGISTER, person.name, null);
  }

  @FieldResolver(() => Sex, {
    nullable: true,
    description:
      'Sex (性别); for analysts null when the person is suppressed by the de-identified view (k = 5)',
  })
  async sex(@Root() person: PersonView, @Ctx() ctx: CivilAffairsContext): Promise<Sex | null> {
    const released = await release(ctx, person);
    return personal(ctx, person, 'demographic', REGISTER, person.sex, null, {
      generalised: (sex) => (released ? sex : null),
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Age band of 10 years (年龄段), e.g. "30-39", "80+"; for analysts null when the person is suppressed by the de-identified view (k = 5)',
  })
  async ageBand(
    @Root() person: PersonView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<string | null> {
    const released = await release(ctx, person);
    const band = ageBand(ageOn(person.birthDate, chinaToday()));
    return personal(ctx, person, 'birthDate', REGISTER, band, null, {
      generalised: (value) => (released ? value : null),
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Resident identity number (居民身份证号码, GB 11643), masked as 2301**********123X for case teams; in full only for a supervisor who states a purpose (logged); null for analysts and everyone else',
  })
  identityNumber(
    @Root() person: PersonView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<string | null> {
    return personal(ctx, person, 'identifier', REGISTER, person.identityNumber, 'identityNumber');
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'Date of birth (出生日期); null for analysts (see ageBand) and everyone else',
  })
  birthDate(@Root() person: PersonView, @Ctx() ctx: CivilAffairsContext): Promise<string | null> {
    return personal(ctx, person, 'birthDate', REGISTER, person.birthDate, null);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Age in completed years (年龄); null for analysts (see ageBand) and everyone else',
  })
  age(@Root() person: PersonView, @Ctx() ctx: CivilAffairsContext): Promise<number | null> {
    return personal(
      ctx,
      person,
      'birthDate',
      REGISTER,
      ageOn(person.birthDate, chinaToday()),
      null,
    );
  }

  @FieldResolver(() => [PersonCategory], {
    description:
      "Categories in the register (困难群体类别), civil affairs' own record of assistance: for its case teams and supervisors (with a purpose, logged); empty for everyone else, see categoriesMasked",
  })
  async categories(
    @Root() person: PersonView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonCategory[]> {
    const logAs = person.categories.length ? 'categories' : null;
    return (
      (await personal(
        ctx,
        person,
        'assistance',
        CIVIL_AFFAIRS_RECORDS,
        person.categories,
        logAs,
      )) ?? []
    );
  }

  @FieldResolver(() => Boolean, {
    description:
      'Categories are withheld from this caller (类别已脱敏): true whether or not the person has any, so that it says nothing about the person',
  })
  categoriesMasked(@Root() _person: PersonView, @Ctx() ctx: CivilAffairsContext): boolean {
    return (
      personalTreatment('assistance', ctx.principal, ctx.purpose, CIVIL_AFFAIRS_RECORDS) ===
      'withheld'
    );
  }

  @FieldResolver(() => RegionView, {
    nullable: true,
    description:
      'Division of residence (居住地): the village for case teams; for analysts the township, or the county where fewer than 5 share the combination, or null when suppressed (k = 5); null for everyone else',
  })
  async region(
    @Root() person: PersonView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView | null> {
    const released = await release(ctx, person);
    const code = await personal(ctx, person, 'address', REGISTER, person.regionCode, null, {
      generalised: () => released?.regionCode ?? null,
    });
    return relatedView(ctx.loaders.region, code, toRegionView);
  }

  @FieldResolver(() => PersonView, {
    nullable: true,
    description:
      'The entry this one was merged into as the same person (已合并至): the entry stays in the register, out of lists and counts, and takes no writes; null for a live entry, or when the survivor lies outside your region',
  })
  async mergedInto(
    @Root() person: PersonView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView | null> {
    return relatedView(ctx.loaders.person, person.mergedInto, toPersonView);
  }

  @FieldResolver(() => [TemporaryAssistanceView], {
    nullable: true,
    description:
      "Temporary assistance received, newest first (临时救助): for civil affairs' case teams and supervisors who state a purpose (logged)",
  })
  async temporaryAssistance(
    @Root() person: PersonView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<TemporaryAssistanceView[] | null> {
    const grants = await personal(
      ctx,
      person,
      'assistance',
      CIVIL_AFFAIRS_RECORDS,
      person.id,
      'temporaryAssistance',
    );
    if (!grants) return null;
    return (await ctx.loaders.assistanceByPerson.load(person.id)).map(toTemporaryAssistanceView);
  }
}
