import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { requireStationFor } from '../../../shared/department/owned.js';
import { findInRegion } from '../../../shared/department/own-records.js';
import { writeOnce } from '../../../shared/department/written.js';
import { emitBenefits } from '../../../shared/ledger/outbox.js';
import { disabilityFederationBenefits } from '../benefits.js';
import { inDateRange } from '../../../shared/input/period.js';
import { ConnectionArgs, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { listedServices } from '../access.js';
import { RehabilitationService } from '../entities/index.js';
import { RehabilitationInput, RehabilitationServiceFilter } from '../graphql/inputs.js';
import {
  RehabilitationServiceConnection,
  RehabilitationServiceView,
  toRehabilitationServiceView,
} from '../graphql/rehabilitation-service.js';
import type { DisabilityContext } from '../loaders.js';
import { requireCertificateHolder } from '../rules.js';

@Resolver(() => RehabilitationServiceView)
export class RehabilitationServiceResolver {
  @Authorized(CASE_TEAM)
  @Query(() => RehabilitationServiceConnection, {
    description:
      "Rehabilitation services to certificate holders living in your region (康复服务列表): for the federation's case teams, and its supervisors who state a purpose (logged)",
  })
  rehabilitationServices(
    @Arg('filter', () => RehabilitationServiceFilter, { nullable: true })
    filter: RehabilitationServiceFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: DisabilityContext,
  ): Promise<Connection<RehabilitationServiceView>> {
    return listedServices(
      ctx,
      'rehabilitationServices',
      () => {
        const where = {
          $and: [
            inDateRange('servedOn', filter?.from, filter?.to),
            filter?.kind ? { kind: filter.kind } : {},
            filter?.stationId ? { stationId: filter.stationId } : {},
          ],
        };
        return findInRegion(
          ctx,
          RehabilitationService,
          page,
          filter?.regionCode,
          where,
          'personRegionCode',
        );
      },
      toRehabilitationServiceView,
    );
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => RehabilitationServiceView, {
    description: 'Records a rehabilitation service (记录康复服务)',
  })
  async recordRehabilitationService(
    @Arg('input', () => RehabilitationInput) input: RehabilitationInput,
    @Ctx() ctx: DisabilityContext,
  ): Promise<RehabilitationServiceView> {
    assertDepartment(ctx.principal, ['DISABLED_PERSONS_FEDERATION'], 'recording rehabilitation');
    const certificate = await requireCertificateHolder(ctx, input.personId);
    await requireStationFor(ctx, input.stationId, certificate.personRegionCode);
    const row = await writeOnce(
      ctx,
      RehabilitationService,
      input,
      'idempotencyKey',
      {
        personId: input.personId,
        personRegionCode: certificate.personRegionCode,
        stationId: input.stationId ?? null,
        kind: input.kind,
        servedOn: input.servedOn,
        durationMinutes: Math.round(input.hours * 60),
        idempotencyKey: input.idempotencyKey ?? null,
      },
      (tx, created) =>
        emitBenefits(tx, disabilityFederationBenefits, 'REHABILITATION', [created.id]),
    );
    return toRehabilitationServiceView(row);
  }
}
