import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ADMINISTRATORS } from '../../../shared/department/access.js';
import { requirePlace } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import { CharityVolunteer } from '../entities/index.js';
import { CharityVolunteerView, toCharityVolunteerView } from '../graphql/charity-volunteer.js';
import { CharityVolunteerInput } from '../graphql/inputs.js';
import type { CharityContext } from '../loaders.js';

@Resolver(() => CharityVolunteerView)
export class CharityVolunteerResolver {
  @Authorized(ADMINISTRATORS)
  @Mutation(() => CharityVolunteerView, {
    description: 'Registers a charity volunteer (登记慈善志愿者)',
  })
  async registerCharityVolunteer(
    @Arg('input', () => CharityVolunteerInput) input: CharityVolunteerInput,
    @Ctx() ctx: CharityContext,
  ) {
    assertDepartment(ctx.principal, ['CHARITY'], 'registering volunteers');
    await requirePlace(ctx, input.regionCode, input.stationId);
    const volunteer = ctx.em.create(CharityVolunteer, {
      ...input,
      stationId: input.stationId ?? null,
      ...writtenBy(ctx.principal),
    });
    await ctx.em.flush();
    return toCharityVolunteerView(volunteer, ctx);
  }
}
