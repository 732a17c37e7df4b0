import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { requireStationFor } from '../../../shared/department/owned.js';
import { writeOnce } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import { RehabilitationService } from '../entities/index.js';
import { RehabilitationInput } from '../graphql/inputs.js';
import {
  RehabilitationServiceView,
  toRehabilitationServiceView,
} from '../graphql/rehabilitation-service.js';
import type { DisabilityContext } from '../loaders.js';
import { requireCertificateHolder } from '../rules.js';

@Resolver(() => RehabilitationServiceView)
export class RehabilitationServiceResolver {
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
    const row = await writeOnce(ctx, RehabilitationService, input, 'idempotencyKey', {
      personId: input.personId,
      personRegionCode: certificate.personRegionCode,
      stationId: input.stationId ?? null,
      kind: input.kind,
      servedOn: input.servedOn,
      durationMinutes: Math.round(input.hours * 60),
      idempotencyKey: input.idempotencyKey ?? null,
    });
    return toRehabilitationServiceView(row);
  }
}
