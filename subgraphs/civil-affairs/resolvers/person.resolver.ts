import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { badInput } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { ageOn, validateIdentityNumber } from '../../../shared/validators/identity-number.js';
import { Sex } from '../entities/enums.js';
import { Person, Region, TemporaryAssistance } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from './checks.js';
import { inRegionSubtree } from './filters.js';
import { PersonFilter, RegisterPersonInput } from './types/registry.input.js';

export const PersonConnection = connectionType(Person, 'Person', 'people served (服务对象)');

/** Today's date in China, where the hub's users live, for ages. */
function todayInChina(): Date {
  return new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People in the register (服务对象列表)' })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<Person>> {
    const where = {
      ...inRegionSubtree(filter?.regionCode),
      ...(filter?.category ? { categories: { $contains: [filter.category] } } : {}),
    };
    return findConnection(ctx.em, Person, where, page);
  }

  @Query(() => Person, { nullable: true, description: 'A person by hub id (服务对象)' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: CivilAffairsContext): Promise<Person | null> {
    return ctx.loaders.person.load(id);
  }

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
    return ctx.em.findOne(Person, { identityNumber: checked.value });
  }

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
    await requireExisting(ctx, 'region', input.regionCode, 'regionCode');
    const categories = [...new Set(input.categories)];
    const existing = await ctx.em.findOne(Person, { identityNumber: identity.value });
    const person =
      existing ??
      ctx.em.create(Person, {
        identityNumber: identity.value,
        name: input.name,
        sex: identity.sex as Sex,
        birthDate: identity.birthDate,
        regionCode: input.regionCode,
        categories,
      });
    Object.assign(person, { name: input.name, regionCode: input.regionCode, categories });
    await ctx.em.flush();
    return person;
  }

  @FieldResolver(() => Int, { description: 'Age in completed years (年龄)' })
  age(@Root() person: Person): number {
    return ageOn(person.birthDate, todayInChina());
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Division of residence (居住地)' })
  region(@Root() person: Person, @Ctx() ctx: CivilAffairsContext): Promise<Region | null> {
    return ctx.loaders.region.load(person.regionCode);
  }

  @FieldResolver(() => [TemporaryAssistance], {
    description: 'Temporary assistance received, newest first',
  })
  temporaryAssistance(
    @Root() person: Person,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<TemporaryAssistance[]> {
    return ctx.loaders.assistanceByPerson.load(person.id);
  }
}
