import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../../../shared/errors.js';
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

/** The holder's certificate, in the caller's region, or `BAD_USER_INPUT` naming `personId`. */
async function holder(ctx: DisabilityContext, personId: string) {
  const certificate = await ctx.loaders.certificateByPerson.load(personId);
  if (!certificate)
    throw badInput('personId', `person ${personId} holds no certificate in your region`);
  return certificate;
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
    const earlier = input.idempotencyKey
      ? await ctx.em.findOne(RehabilitationService, { idempotencyKey: input.idempotencyKey })
      : null;
    const row =
      earlier ??
      ctx.em.create(RehabilitationService, {
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
    const earlier = await ctx.em.findOne(AssistiveDeviceGrant, { reference: input.reference });
    if (earlier && earlier.personId !== input.personId) {
      throw badInput(
        'reference',
        `reference ${input.reference} already records a device for another person`,
      );
    }
    const row =
      earlier ??
      ctx.em.create(AssistiveDeviceGrant, {
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
