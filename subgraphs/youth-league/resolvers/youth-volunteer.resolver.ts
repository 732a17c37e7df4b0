import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { REGISTRARS, REGISTRARS_AND_SUPERVISORS } from '../../../shared/department/access.js';
import { registerOwn } from '../../../shared/department/own-records.js';
import { optionalOwned } from '../../../shared/department/owned.js';
import { writeOnce } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import { Volunteer, VolunteerService, VolunteerTeam } from '../entities/index.js';
import { VolunteerInput, VolunteerServiceInput } from '../graphql/inputs.js';
import { toYouthVolunteerView, YouthVolunteerView } from '../graphql/youth-volunteer.js';
import type { YouthLeagueContext } from '../loaders.js';
import { requireInRegion } from '../rules.js';

@Resolver(() => YouthVolunteerView)
export class YouthVolunteerResolver {
  @Authorized(REGISTRARS)
  @Mutation(() => YouthVolunteerView, {
    description: 'Registers a youth volunteer (登记青年志愿者); idempotent by person when given',
  })
  async registerVolunteer(
    @Arg('input', () => VolunteerInput) input: VolunteerInput,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthVolunteerView> {
    assertDepartment(ctx.principal, ['YOUTH_LEAGUE'], 'registering volunteers');
    const team = requireInRegion(
      ctx,
      await ctx.em.findOne(VolunteerTeam, { id: input.teamId }),
      'teamId',
      'team',
    );
    await optionalOwned(ctx, 'person', input.personId, 'personId');
    const volunteer = await registerOwn(
      ctx,
      Volunteer,
      input.personId ? { personId: input.personId } : null,
      { teamId: team.id, name: input.name, regionCode: team.regionCode, joinedOn: input.joinedOn },
    );
    return toYouthVolunteerView(volunteer, ctx);
  }

  @Authorized(REGISTRARS_AND_SUPERVISORS)
  @Mutation(() => YouthVolunteerView, {
    description: 'Records hours a volunteer served (记录志愿服务)',
  })
  async recordVolunteerService(
    @Arg('input', () => VolunteerServiceInput) input: VolunteerServiceInput,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthVolunteerView> {
    assertDepartment(ctx.principal, ['YOUTH_LEAGUE'], 'recording volunteer service');
    const volunteer = requireInRegion(
      ctx,
      await ctx.em.findOne(Volunteer, { id: input.volunteerId }),
      'volunteerId',
      'volunteer',
    );
    await writeOnce(ctx, VolunteerService, input, 'idempotencyKey', {
      volunteerId: volunteer.id,
      regionCode: volunteer.regionCode,
      servedOn: input.servedOn,
      durationMinutes: Math.round(input.hours * 60),
      activity: input.activity,
      idempotencyKey: input.idempotencyKey ?? null,
    });
    return toYouthVolunteerView(volunteer, ctx);
  }
}
