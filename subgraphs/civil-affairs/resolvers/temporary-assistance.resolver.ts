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
import { badInput } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import { requireStationFor } from '../../../shared/department/owned.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { assertDepartment, scopeWhere } from '../../../shared/scope.js';
import { personalAccess } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import { CASE_ROLES, CIVIL_AFFAIRS_RECORDS } from '../access.js';
import { Person, Station, TemporaryAssistance } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from './checks.js';
import { inDateRange, inRegionSubtree } from './filters.js';
import { AssistanceFilter, GrantTemporaryAssistanceInput } from './types/service.input.js';

export const TemporaryAssistanceConnection = connectionType(
  TemporaryAssistance,
  'TemporaryAssistance',
  'temporary assistance grants (临时救助)',
);

@Resolver(() => TemporaryAssistance)
export class TemporaryAssistanceResolver {
  @Authorized(CASE_ROLES)
  @Query(() => TemporaryAssistanceConnection, {
    description: 'Temporary assistance grants in your region (临时救助列表), for civil affairs',
  })
  temporaryAssistanceGrants(
    @Arg('filter', () => AssistanceFilter, { nullable: true }) filter: AssistanceFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<TemporaryAssistance>> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'temporary assistance');
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        inRegionSubtree(filter?.regionCode),
        filter?.personId ? { personId: filter.personId } : {},
        inDateRange('grantedOn', filter?.from, filter?.to),
      ],
    };
    return findConnection(ctx.em, TemporaryAssistance, where, page);
  }

  @Authorized(CASE_ROLES)
  @Mutation(() => TemporaryAssistance, {
    description: 'Grants temporary assistance to a household (发放临时救助)',
  })
  async grantTemporaryAssistance(
    @Arg('input', () => GrantTemporaryAssistanceInput) input: GrantTemporaryAssistanceInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<TemporaryAssistance> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'granting temporary assistance');
    if (input.amount <= 0n) throw badInput('amount', 'amount must be more than zero');
    const person = await requireExisting(ctx, 'person', input.personId, 'personId');
    await requireStationFor(ctx, input.stationId, person.regionCode);
    const earlier = await replayOf(ctx, TemporaryAssistance, input, 'idempotencyKey');
    if (earlier) return earlier;
    const grant = ctx.em.create(TemporaryAssistance, {
      personId: person.id,
      regionCode: person.regionCode,
      stationId: input.stationId ?? null,
      amountFen: input.amount,
      grantedOn: input.grantedOn,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey ?? null,
      ...keyedBy(ctx.principal, input),
    });
    await ctx.em.flush();
    return grant;
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "Amount granted (救助金额): for civil affairs' case teams and supervisors who state a purpose (logged)",
  })
  async amount(
    @Root() grant: TemporaryAssistance,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<bigint | null> {
    const { principal, purpose } = ctx;
    const amount = maskPersonal(
      'assistance',
      BigInt(grant.amountFen),
      principal,
      purpose,
      CIVIL_AFFAIRS_RECORDS,
    );
    if (
      amount !== null &&
      personalAccess(principal, purpose, CIVIL_AFFAIRS_RECORDS) === 'revealed'
    ) {
      await ctx.loaders.reveal.load({
        personId: grant.personId,
        personRegionCode: grant.regionCode,
        field: 'temporaryAssistance',
      });
    }
    return amount;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Applicant (申请人)' })
  person(
    @Root() grant: TemporaryAssistance,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Person | null> {
    return ctx.loaders.person.load(grant.personId);
  }

  @FieldResolver(() => Station, {
    nullable: true,
    description: 'Station that handled it (经办站点)',
  })
  station(
    @Root() grant: TemporaryAssistance,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Station | null> | null {
    return grant.stationId ? ctx.loaders.station.load(grant.stationId) : null;
  }
}
