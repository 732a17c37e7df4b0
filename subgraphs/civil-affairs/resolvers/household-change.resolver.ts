import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { badInput } from '../../../shared/errors.js';
import { inScope } from '../../../shared/scope.js';
import { Household, HouseholdMember } from '../entities/index.js';
import { HouseholdEventKind, HouseholdRelation } from '../entities/enums.js';
import { HouseholdView, toHouseholdView } from '../graphql/household.js';
import {
  AddHouseholdMemberInput,
  ChangeHouseholdHeadInput,
  RegisterHouseholdInput,
  RemoveHouseholdMemberInput,
  SetHouseholdCategoriesInput,
} from '../graphql/household.input.js';
import {
  alreadyHoused,
  checkChangeDay,
  currentMember,
  housedAmong,
  recordEvent,
  runHouseholdChange,
} from '../households/membership.js';
import { registerHousehold, requireCategoryKeeper } from '../households/register.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from '../rules.js';

type Ctx = CivilAffairsContext;

/**
 * Writing households: registering one, people joining and leaving, a new head, its categories.
 * The case team of any department writes them for people of its region (the register is shared);
 * every change is one transaction with its events, and a refused change writes nothing.
 */
@Resolver(() => HouseholdView)
export class HouseholdChangeResolver {
  @Authorized(CASE_TEAM)
  @Mutation(() => HouseholdView, {
    description:
      'Registers a household (登记家庭户) of people of your region, none of them in another household. A retry with the same idempotencyKey returns the same household.',
  })
  async registerHousehold(
    @Arg('input', () => RegisterHouseholdInput) input: RegisterHouseholdInput,
    @Ctx() ctx: Ctx,
  ): Promise<HouseholdView> {
    return toHouseholdView(await registerHousehold(ctx, input));
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => HouseholdView, {
    description: 'A person joins a household (成员迁入); they may not be in another one',
  })
  async addHouseholdMember(
    @Arg('input', () => AddHouseholdMemberInput) input: AddHouseholdMemberInput,
    @Ctx() ctx: Ctx,
  ): Promise<HouseholdView> {
    if (input.relation === HouseholdRelation.HEAD) {
      throw badInput('relation', 'a household has one head: see changeHouseholdHead');
    }
    const row = await runHouseholdChange(ctx, input, async ({ household, tx }) => {
      const person = await requireExisting(ctx, 'person', input.personId, 'personId');
      checkChangeDay(input.on);
      if ((await housedAmong(tx, [person.id])).size) throw alreadyHoused('personId');
      tx.create(HouseholdMember, {
        householdId: household.id,
        personId: person.id,
        relation: input.relation,
        joinedOn: input.on,
        recordedBy: ctx.principal.subject,
        recordedByDepartment: ctx.principal.department,
      });
      recordEvent(tx, ctx.principal, {
        householdId: household.id,
        kind: HouseholdEventKind.JOINED,
        personId: person.id,
        relation: input.relation,
        effectiveOn: input.on,
        reason: input.reason,
      });
    });
    return toHouseholdView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => HouseholdView, {
    description:
      'A member leaves a household (成员迁出); the head leaves last, or after changeHouseholdHead',
  })
  async removeHouseholdMember(
    @Arg('input', () => RemoveHouseholdMemberInput) input: RemoveHouseholdMemberInput,
    @Ctx() ctx: Ctx,
  ): Promise<HouseholdView> {
    const row = await runHouseholdChange(ctx, input, async ({ household, members, tx }) => {
      await requireExisting(ctx, 'person', input.personId, 'personId');
      const member = currentMember(members, input.personId);
      if (member.personId === household.headPersonId && members.length > 1) {
        throw badInput(
          'personId',
          'the head cannot leave while others remain: make another member head first (changeHouseholdHead)',
        );
      }
      checkChangeDay(input.on);
      if (input.on < member.joinedOn) {
        throw badInput('on', `on (${input.on}) is before the member joined (${member.joinedOn})`);
      }
      member.leftOn = input.on;
      recordEvent(tx, ctx.principal, {
        householdId: household.id,
        kind: HouseholdEventKind.LEFT,
        personId: member.personId,
        relation: member.relation,
        effectiveOn: input.on,
        reason: input.reason,
      });
    });
    return toHouseholdView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => HouseholdView, {
    description:
      'A current member becomes the head (户主变更); the former head stays, with formerHeadRelation',
  })
  async changeHouseholdHead(
    @Arg('input', () => ChangeHouseholdHeadInput) input: ChangeHouseholdHeadInput,
    @Ctx() ctx: Ctx,
  ): Promise<HouseholdView> {
    if (input.formerHeadRelation === HouseholdRelation.HEAD) {
      throw badInput('formerHeadRelation', 'a household has one head');
    }
    const row = await runHouseholdChange(ctx, input, async ({ household, members, tx }) => {
      await requireExisting(ctx, 'person', input.personId, 'personId');
      const member = currentMember(members, input.personId);
      if (member.personId === household.headPersonId) {
        throw badInput('personId', 'this person is already the head');
      }
      checkChangeDay(input.on);
      const former = members.find((row) => row.personId === household.headPersonId);
      if (former) former.relation = input.formerHeadRelation;
      member.relation = HouseholdRelation.HEAD;
      recordEvent(tx, ctx.principal, {
        householdId: household.id,
        kind: HouseholdEventKind.HEAD_CHANGED,
        personId: member.personId,
        relation: HouseholdRelation.HEAD,
        formerHeadPersonId: household.headPersonId,
        effectiveOn: input.on,
        reason: input.reason,
      });
      household.headPersonId = member.personId;
    });
    return toHouseholdView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => HouseholdView, {
    description: "Sets a household's categories (户类别), kept by civil affairs",
  })
  async setHouseholdCategories(
    @Arg('input', () => SetHouseholdCategoriesInput) input: SetHouseholdCategoriesInput,
    @Ctx() ctx: Ctx,
  ): Promise<HouseholdView> {
    const household = await ctx.em.findOne(Household, { id: input.householdId });
    if (!household || !inScope(ctx.principal, household.regionCode)) {
      throw unusableReference('household', 'householdId');
    }
    requireCategoryKeeper(ctx, true);
    household.categories = [...new Set(input.categories)];
    await ctx.em.flush();
    return toHouseholdView(household);
  }
}
