import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../../../shared/errors.js';
import { requireOwned, requireStationFor } from '../../../shared/department/owned.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import { AssistiveDeviceGrant, RehabilitationService } from '../entities/index.js';
import type { DisabilityContext } from '../loaders.js';
import {
  AssistiveDeviceInput,
  AssistiveDeviceView,
  RehabilitationInput,
  RehabilitationServiceView,
  deviceView,
  rehabilitationView,
} from './types.js';

/**
 * The holder as the register places them, who must hold a certificate: services and devices go
 * to certified people (持证残疾人). The same refusal when the person is absent or elsewhere.
 */
async function holder(ctx: DisabilityContext, personId: string) {
  const person = await requireOwned(ctx, 'person', personId, 'personId');
  const certificate = await ctx.loaders.certificateByPerson.load(personId);
  if (!certificate) throw badInput('personId', 'the person holds no disability certificate');
  return { personRegionCode: person.regionCode };
}

@Resolver()
export class DisabilityServicesResolver {
  @Authorized(['CASEWORKER', 'SUPERVISOR'])
  @Mutation(() => RehabilitationServiceView, {
    description: 'Records a rehabilitation service (记录康复服务)',
  })
  async recordRehabilitationService(
    @Arg('input', () => RehabilitationInput) input: RehabilitationInput,
    @Ctx() ctx: DisabilityContext,
  ): Promise<RehabilitationServiceView> {
    assertDepartment(ctx.principal, ['DISABLED_PERSONS_FEDERATION'], 'recording rehabilitation');
    const certificate = await holder(ctx, input.personId);
    await requireStationFor(ctx, input.stationId, certificate.personRegionCode);
    const earlier = await replayOf(ctx, RehabilitationService, input, 'idempotencyKey');
    const row =
      earlier ??
      ctx.em.create(RehabilitationService, {
        ...keyedBy(ctx.principal, input),
        personId: input.personId,
        personRegionCode: certificate.personRegionCode,
        stationId: input.stationId ?? null,
        kind: input.kind,
        servedOn: input.servedOn,
        durationMinutes: Math.round(input.hours * 60),
        idempotencyKey: input.idempotencyKey ?? null,
      });
    await ctx.em.flush();
    return rehabilitationView(row);
  }

  @Authorized(['CASEWORKER', 'SUPERVISOR'])
  @Mutation(() => AssistiveDeviceView, {
    description: 'Records an assistive device given (发放辅助器具); idempotent by reference',
  })
  async grantAssistiveDevice(
    @Arg('input', () => AssistiveDeviceInput) input: AssistiveDeviceInput,
    @Ctx() ctx: DisabilityContext,
  ): Promise<AssistiveDeviceView> {
    assertDepartment(ctx.principal, ['DISABLED_PERSONS_FEDERATION'], 'giving assistive devices');
    if (input.value <= 0n) throw badInput('value', 'value must be more than zero');
    const certificate = await holder(ctx, input.personId);
    const earlier = await replayOf(ctx, AssistiveDeviceGrant, input, 'reference');
    const row =
      earlier ??
      ctx.em.create(AssistiveDeviceGrant, {
        ...keyedBy(ctx.principal, input),
        personId: input.personId,
        personRegionCode: certificate.personRegionCode,
        device: input.device,
        valueFen: input.value,
        grantedOn: input.grantedOn,
        reference: input.reference,
      });
    await ctx.em.flush();
    return deviceView(row);
  }
}
