import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { writeOnce } from '../../../shared/department/written.js';
import { badInput } from '../../../shared/errors.js';
import { assertDepartment } from '../../../shared/scope.js';
import { AssistiveDeviceGrant } from '../entities/index.js';
import { AssistiveDeviceView, toAssistiveDeviceView } from '../graphql/assistive-device.js';
import { AssistiveDeviceInput } from '../graphql/inputs.js';
import type { DisabilityContext } from '../loaders.js';
import { requireCertificateHolder } from '../rules.js';

@Resolver(() => AssistiveDeviceView)
export class AssistiveDeviceResolver {
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
    const row = await writeOnce(ctx, AssistiveDeviceGrant, input, 'reference', {
      personId: input.personId,
      personRegionCode: certificate.personRegionCode,
      device: input.device,
      valueFen: input.value,
      grantedOn: input.grantedOn,
      reference: input.reference,
    });
    return toAssistiveDeviceView(row);
  }
}
