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
import { badInput, forbidden } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { inScope, scopedLookup, scopeWhere } from '../../../shared/scope.js';
import { writtenBy } from '../../../shared/department/written.js';
import { ageOn, validateIdentityNumber } from '../../../shared/validators/identity-number.js';
import {
  CASE_ROLES,
  isDeIdentified,
  maskIdentityNumber,
  maskName,
  mayReveal,
  PERSON_READERS,
  SENSITIVE_CATEGORIES,
  type SensitiveField,
} from '../access.js';
import { PersonCategory, Sex } from '../entities/enums.js';
import { Person, Region, TemporaryAssistance } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { inRegionSubtree } from './filters.js';
import { PersonFilter, RegisterPersonInput } from './types/registry.input.js';
import { requireOwned } from '../../../shared/department/owned.js';

export const PersonConnection = connectionType(Person, 'Person', 'people served (服务对象)');

/** Today's date in China, where the hub's users live, for ages. */
function todayInChina(): Date {
  return new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
}

/** Reveals a field of a person when the request may, after its access-log row is written. */
async function revealed(
  ctx: CivilAffairsContext,
  person: Person,
  field: SensitiveField,
): Promise<boolean> {
  if (!mayReveal(ctx.principal, ctx.purpose, field)) return false;
  await ctx.loaders.reveal.load({
    personId: person.id,
    personRegionCode: person.regionCode,
    field,
  });
  return true;
}

@Resolver(() => Person)
export class PersonResolver {
  @Authorized(PERSON_READERS)
  @Query(() => PersonConnection, {
    description:
      'People in the register, in your region (服务对象列表); de-identified for analysts',
  })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<Person>> {
    const category = filter?.category;
    // Filtering by a sensitive category says who holds it: only for de-identified lists, or
    // for a request that may reveal categories.
    if (
      category &&
      SENSITIVE_CATEGORIES.has(category) &&
      !isDeIdentified(ctx.principal) &&
      !mayReveal(ctx.principal, ctx.purpose, 'categories')
    ) {
      throw forbidden(
        `filtering people by ${category} reveals a sensitive category: state a purpose as a supervisor of civil affairs`,
      );
    }
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        inRegionSubtree(filter?.regionCode),
        category ? { categories: { $contains: [category] } } : {},
      ],
    };
    return findConnection(ctx.em, Person, where, page);
  }

  @Authorized(PERSON_READERS)
  @Query(() => Person, { nullable: true, description: 'A person by hub id (服务对象)' })
  async person(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Person | null> {
    return scopedLookup(ctx.principal, await ctx.em.findOne(Person, { id }), 'person');
  }

  @Authorized(CASE_ROLES)
  @Query(() => Person, {
    nullable: true,
    description: 'A person by identity number (按身份证号查询)',
  })
  async personByIdentityNumber(
    @Arg('identityNumber') identityNumber: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Person | null> {
    const checked = validateIdentityNumber(identityNumber);
    if (!checked.ok) throw badInput('identityNumber', `invalid identity number: ${checked.reason}`);
    return scopedLookup(
      ctx.principal,
      await ctx.em.findOne(Person, { identityNumber: checked.value }),
      'person',
    );
  }

  @Authorized(CASE_ROLES)
  @Mutation(() => Person, {
    description:
      'Registers a person; the same identity number returns the same person, updated (登记服务对象)',
  })
  async registerPerson(
    @Arg('input', () => RegisterPersonInput) input: RegisterPersonInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Person> {
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
      throw badInput('identityNumber', 'this identity number cannot be registered in your region');
    }
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
    return person;
  }

  @FieldResolver(() => String, {
    description: 'Name (姓名); only the surname for de-identified lists',
  })
  name(@Root() person: Person, @Ctx() ctx: CivilAffairsContext): string {
    return isDeIdentified(ctx.principal) ? maskName(person.name) : person.name;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Resident identity number (居民身份证号码, GB 11643), masked as 2301**********123X; in full only for a supervisor who states a purpose (logged); null when de-identified',
  })
  async identityNumber(
    @Root() person: Person,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<string | null> {
    if (isDeIdentified(ctx.principal)) return null;
    return (await revealed(ctx, person, 'identityNumber'))
      ? person.identityNumber
      : maskIdentityNumber(person.identityNumber);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'Date of birth (出生日期); null when de-identified',
  })
  birthDate(@Root() person: Person, @Ctx() ctx: CivilAffairsContext): string | null {
    return isDeIdentified(ctx.principal) ? null : person.birthDate;
  }

  @FieldResolver(() => Int, { description: 'Age in completed years (年龄)' })
  age(@Root() person: Person): number {
    return ageOn(person.birthDate, todayInChina());
  }

  @FieldResolver(() => [PersonCategory], {
    description:
      'Categories in the register (困难群体类别). Those that show assistance status or mark a minor appear only when revealed (logged); see categoriesMasked',
  })
  async categories(
    @Root() person: Person,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonCategory[]> {
    const sensitive = person.categories.some((category) => SENSITIVE_CATEGORIES.has(category));
    if (sensitive && (await revealed(ctx, person, 'categories'))) return person.categories;
    return person.categories.filter((category) => !SENSITIVE_CATEGORIES.has(category));
  }

  @FieldResolver(() => Boolean, {
    description: 'Some categories are withheld from this answer (类别已脱敏)',
  })
  categoriesMasked(@Root() person: Person, @Ctx() ctx: CivilAffairsContext): boolean {
    return (
      person.categories.some((category) => SENSITIVE_CATEGORIES.has(category)) &&
      !mayReveal(ctx.principal, ctx.purpose, 'categories')
    );
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Division of residence (居住地)' })
  region(@Root() person: Person, @Ctx() ctx: CivilAffairsContext): Promise<Region | null> {
    return ctx.loaders.region.load(person.regionCode);
  }

  @FieldResolver(() => [TemporaryAssistance], {
    nullable: true,
    description:
      'Temporary assistance received, newest first (临时救助); only when revealed (logged)',
  })
  async temporaryAssistance(
    @Root() person: Person,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<TemporaryAssistance[] | null> {
    if (!(await revealed(ctx, person, 'temporaryAssistance'))) return null;
    return ctx.loaders.assistanceByPerson.load(person.id);
  }
}
