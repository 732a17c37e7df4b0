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
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import { requireStationFor } from '../../../shared/department/owned.js';
import { writeOnce } from '../../../shared/department/written.js';
import { assertDepartment, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { CASE_TEAM, personalAccess } from '../../../shared/department/access.js';
import { maskPersonal } from '../../../shared/department/masking.js';
import { CIVIL_AFFAIRS_RECORDS } from '../access.js';
import { TemporaryAssistance } from '../entities/index.js';
import { inDateRange } from '../../../shared/input/period.js';
import { PersonView, toPersonView } from '../graphql/person.js';
import { AssistanceFilter, GrantTemporaryAssistanceInput } from '../graphql/service.input.js';
import { StationView, toStationView } from '../graphql/station.js';
import {
  TemporaryAssistanceConnection,
  TemporaryAssistanceView,
  toTemporaryAssistanceView,
} from '../graphql/temporary-assistance.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from '../rules.js';
import { relatedView } from '../../../shared/department/related.js';
import { emitBenefits } from '../../../shared/ledger/outbox.js';
import { civilAffairsBenefits } from '../benefits.js';
import { noticeOtherHelp } from '../../../shared/ledger/notice.js';

@Resolver(() => TemporaryAssistanceView)
export class TemporaryAssistanceResolver {
  @Authorized(CASE_TEAM)
  @Query(() => TemporaryAssistanceConnection, {
    description: 'Temporary assistance grants in your region (临时救助列表), for civil affairs',
  })
  async temporaryAssistanceGrants(
    @Arg('filter', () => AssistanceFilter, { nullable: true }) filter: AssistanceFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<TemporaryAssistanceView>> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'temporary assistance');
    const where = {
      $and: [
        scopeWhere(ctx.principal),
        subtreeFilter(filter?.regionCode),
        filter?.personId ? { personId: filter.personId } : {},
        inDateRange('grantedOn', filter?.from, filter?.to),
      ],
    };
    const connection = await findConnection(ctx.em, TemporaryAssistance, where, page);
    return mapConnection(connection, toTemporaryAssistanceView);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => TemporaryAssistanceView, {
    description: 'Grants temporary assistance to a household (发放临时救助)',
  })
  async grantTemporaryAssistance(
    @Arg('input', () => GrantTemporaryAssistanceInput) input: GrantTemporaryAssistanceInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<TemporaryAssistanceView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], 'granting temporary assistance');
    if (input.amount <= 0n) throw badInput('amount', 'amount must be more than zero');
    const person = await requireExisting(ctx, 'person', input.personId, 'personId');
    await requireStationFor(ctx, input.stationId, person.regionCode);
    const grant = await writeOnce(
      ctx,
      TemporaryAssistance,
      input,
      'idempotencyKey',
      {
        personId: person.id,
        regionCode: person.regionCode,
        stationId: input.stationId ?? null,
        amountFen: input.amount,
        grantedOn: input.grantedOn,
        reason: input.reason,
        idempotencyKey: input.idempotencyKey ?? null,
      },
      (tx, row) => emitBenefits(tx, civilAffairsBenefits, 'TEMPORARY_ASSISTANCE', [row.id]),
    );
    const otherHelp = await noticeOtherHelp(ctx, 'grantTemporaryAssistance', {
      personId: grant.personId,
      givenOn: grant.grantedOn,
    });
    return { ...toTemporaryAssistanceView(grant), otherHelp };
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "Amount granted (救助金额): for civil affairs' case teams and supervisors who state a purpose (logged)",
  })
  async amount(
    @Root() grant: TemporaryAssistanceView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<bigint | null> {
    const { principal, purpose } = ctx;
    const amount = maskPersonal(
      'assistance',
      grant.amountFen,
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

  @FieldResolver(() => PersonView, { nullable: true, description: 'Applicant (申请人)' })
  async person(
    @Root() grant: TemporaryAssistanceView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<PersonView | null> {
    return relatedView(ctx.loaders.person, grant.personId, toPersonView);
  }

  @FieldResolver(() => StationView, {
    nullable: true,
    description: 'Station that handled it (经办站点)',
  })
  async station(
    @Root() grant: TemporaryAssistanceView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView | null> {
    return relatedView(ctx.loaders.station, grant.stationId, toStationView);
  }
}
