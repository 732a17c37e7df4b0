import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PERSON_READERS, personalAccess, REGISTER } from '../../../shared/department/access.js';
import { personalTreatment } from '../../../shared/department/masking.js';
import { relatedView } from '../../../shared/department/related.js';
import { forbidden } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { CIVIL_AFFAIRS_RECORDS } from '../access.js';
import { Household, Person } from '../entities/index.js';
import { HouseholdCategory } from '../graphql/enums.js';
import {
  HouseholdConnection,
  HouseholdMembershipEventView,
  HouseholdMemberView,
  HouseholdView,
  toHouseholdView,
} from '../graphql/household.js';
import { HouseholdFilter } from '../graphql/household.input.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import { RegionView, toRegionView } from '../graphql/region.js';
import { eventViews, memberViews, reveals, seen, townshipOf } from '../households/views.js';
import type { CivilAffairsContext } from '../loaders.js';

type Ctx = CivilAffairsContext;

/** Households: looking them up and listing them, and what each caller sees of one. */
@Resolver(() => HouseholdView)
export class HouseholdResolver {
  @Authorized(PERSON_READERS)
  @Query(() => HouseholdView, {
    nullable: true,
    description:
      'A household by hub id (户); null when there is none in your region. For analysts de-identified: no names, address or dates, the township for the village',
  })
  async household(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<HouseholdView | null> {
    return relatedView(ctx.loaders.households.household, id, toHouseholdView);
  }

  @Authorized(PERSON_READERS)
  @Query(() => HouseholdConnection, {
    description:
      "Households in your region (户列表), oldest first. Filtering by category is for civil affairs' case teams and for analysts; by the head's name, for those who see names",
  })
  async households(
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter: HouseholdFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<HouseholdView>> {
    const category = filter?.category;
    // Filtering by a category or a name says who holds it or who it is.
    if (
      category &&
      personalAccess(ctx.principal, ctx.purpose, CIVIL_AFFAIRS_RECORDS) !== 'de-identified' &&
      personalTreatment('assistance', ctx.principal, ctx.purpose, CIVIL_AFFAIRS_RECORDS) !== 'shown'
    ) {
      throw forbidden(
        `filtering households by ${category} reveals a category of the register: for civil affairs' case teams and supervisors, and for analysts`,
      );
    }
    const headName = filter?.headName;
    if (headName && personalTreatment('name', ctx.principal, ctx.purpose, REGISTER) !== 'shown') {
      throw forbidden("filtering households by the head's name is for those who see names");
    }
    const heads = headName
      ? (
          await ctx.em.find(
            Person,
            {
              $and: [scopeWhere(ctx.principal), { name: { $like: `${likePattern(headName)}%` } }],
            },
            { fields: ['id'] },
          )
        ).map((person) => person.id)
      : null;
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        subtreeFilter(filter?.regionCode),
        category ? { categories: { $contains: [category] } } : {},
        heads ? { headPersonId: { $in: heads } } : {},
      ],
    };
    return mapConnection(await findConnection(ctx.em, Household, where, page), toHouseholdView);
  }

  @FieldResolver(() => RegionView, {
    nullable: true,
    description: 'Village of the household (所在村/社区): for analysts its township',
  })
  async region(@Root() household: HouseholdView, @Ctx() ctx: Ctx): Promise<RegionView | null> {
    const code = seen(ctx, 'address', REGISTER, household.regionCode, {
      generalised: () => townshipOf(household),
    });
    return relatedView(ctx.loaders.region, code, toRegionView);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Address (住址): for case teams; null for analysts',
  })
  address(@Root() household: HouseholdView, @Ctx() ctx: Ctx): string | null {
    return seen(ctx, 'address', REGISTER, household.address);
  }

  @FieldResolver(() => [HouseholdCategory], {
    description:
      "Categories (户类别), civil affairs' own record of assistance: for its case teams and supervisors (with a purpose, logged); empty for everyone else, see categoriesMasked",
  })
  async categories(
    @Root() household: HouseholdView,
    @Ctx() ctx: Ctx,
  ): Promise<HouseholdCategory[]> {
    const shown = seen(ctx, 'assistance', CIVIL_AFFAIRS_RECORDS, household.categories);
    if (shown?.length && reveals(ctx, CIVIL_AFFAIRS_RECORDS)) {
      await ctx.loaders.reveal.load({
        personId: household.headPersonId,
        personRegionCode: household.regionCode,
        field: 'householdCategories',
      });
    }
    return shown ?? [];
  }

  @FieldResolver(() => Boolean, {
    description:
      'Categories are withheld from this caller (类别已脱敏): true whether or not the household has any',
  })
  categoriesMasked(@Root() _household: HouseholdView, @Ctx() ctx: Ctx): boolean {
    return (
      personalTreatment('assistance', ctx.principal, ctx.purpose, CIVIL_AFFAIRS_RECORDS) ===
      'withheld'
    );
  }

  @FieldResolver(() => Int, { description: 'Current members, the head included (户内人数)' })
  async size(@Root() household: HouseholdView, @Ctx() ctx: Ctx): Promise<number> {
    return (await ctx.loaders.households.membersByHousehold.load(household.id)).length;
  }

  @FieldResolver(() => PersonView, { nullable: true, description: 'The head (户主)' })
  async head(@Root() household: HouseholdView, @Ctx() ctx: Ctx): Promise<PersonView | null> {
    return relatedView(ctx.loaders.person, household.headPersonId, toPersonView);
  }

  @FieldResolver(() => [HouseholdMemberView], {
    description: 'Current members, the head first, then in the order they joined (家庭成员)',
  })
  async members(@Root() household: HouseholdView, @Ctx() ctx: Ctx): Promise<HouseholdMemberView[]> {
    const rows = await ctx.loaders.households.membersByHousehold.load(household.id);
    const ordered = [
      ...rows.filter((row) => row.personId === household.headPersonId),
      ...rows.filter((row) => row.personId !== household.headPersonId),
    ];
    return memberViews(ctx, ordered);
  }

  @FieldResolver(() => [HouseholdMembershipEventView], {
    description: 'Who joined, who left and who became head, oldest first (成员变动记录)',
  })
  async history(
    @Root() household: HouseholdView,
    @Ctx() ctx: Ctx,
  ): Promise<HouseholdMembershipEventView[]> {
    return eventViews(ctx, await ctx.loaders.households.eventsByHousehold.load(household.id));
  }
}

/** A name as a LIKE prefix: its wildcards taken literally. */
function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
