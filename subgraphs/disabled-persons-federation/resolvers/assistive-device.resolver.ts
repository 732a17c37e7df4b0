import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { findInRegion } from '../../../shared/department/own-records.js';
import { writeOnce } from '../../../shared/department/written.js';
import { emitBenefits } from '../../../shared/ledger/outbox.js';
import { disabilityFederationBenefits } from '../benefits.js';
import { badInput } from '../../../shared/errors.js';
import { inDateRange } from '../../../shared/input/period.js';
import { ConnectionArgs, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { listedServices } from '../access.js';
import { AssistiveDeviceGrant } from '../entities/index.js';
import {
  AssistiveDeviceConnection,
  AssistiveDeviceView,
  toAssistiveDeviceView,
} from '../graphql/assistive-device.js';
import { AssistiveDeviceFilter, AssistiveDeviceInput } from '../graphql/inputs.js';
import type { DisabilityContext } from '../loaders.js';
import { requireCertificateHolder } from '../rules.js';

@Resolver(() => AssistiveDeviceView)
export class AssistiveDeviceResolver {
  @Authorized(CASE_TEAM)
  @Query(() => AssistiveDeviceConnection, {
    description:
      "Assistive devices given to certificate holders living in your region (辅具适配列表): for the federation's case teams, and its supervisors who state a purpose (logged)",
  })
  assistiveDeviceGrants(
    @Arg('filter', () => AssistiveDeviceFilter, { nullable: true })
    filter: AssistiveDeviceFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: DisabilityContext,
  ): Promise<Connection<AssistiveDeviceView>> {
    return listedServices(
      ctx,
      'assistiveDevices',
      () => {
        const where = inDateRange('grantedOn', filter?.from, filter?.to);
        return findInRegion(
          ctx,
          AssistiveDeviceGrant,
          page,
          filter?.regionCode,
          where,
          'personRegionCode',
        );
      },
      toAssistiveDeviceView,
    );
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => AssistiveDeviceView, {
    description: 'Records an assistive device given (发放辅助器具); idempotent by reference',
  })
  async grantAssistiveDevice(
    @Arg('input', () => AssistiveDeviceInput) input: AssistiveDeviceInput,
    @Ctx() ctx: DisabilityContext,
  ): Promise<AssistiveDeviceView> {
    assertDepartment(ctx.principal, ['DISABLED_PERSONS_FEDERATION'], 'giving assistive devices');
    if (input.value <= 0n) throw badInput('value', 'value must be more than zero');
    const certificate = await requireCertificateHolder(ctx, input.personId);
    const row = await writeOnce(
      ctx,
      AssistiveDeviceGrant,
      input,
      'reference',
      {
        personId: input.personId,
        personRegionCode: certificate.personRegionCode,
        device: input.device,
        valueFen: input.value,
        grantedOn: input.grantedOn,
        reference: input.reference,
      },
      (tx, created) =>
        emitBenefits(tx, disabilityFederationBenefits, 'ASSISTIVE_DEVICE', [created.id]),
    );
    return toAssistiveDeviceView(row);
  }
}
