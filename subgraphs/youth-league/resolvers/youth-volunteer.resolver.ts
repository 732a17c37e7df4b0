import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import {
  REGISTRARS,
  REGISTRARS_AND_SUPERVISORS,
  STAFF_READERS,
} from '../../../shared/department/access.js';
import { findInRegion, registerOwn } from '../../../shared/department/own-records.js';
import { optionalOwned } from '../../../shared/department/owned.js';
import { writeOnce } from '../../../shared/department/written.js';
import { forbidden } from '../../../shared/errors.js';
import { inDateRange } from '../../../shared/input/period.js';
import { ConnectionArgs, mapConnection, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { volunteerAccess } from '../access.js';
import { Volunteer, VolunteerService, VolunteerTeam } from '../entities/index.js';
import { VolunteerInput, VolunteerServiceInput, YouthVolunteerFilter } from '../graphql/inputs.js';
import {
  readYouthVolunteerView,
  toYouthVolunteerView,
  YouthVolunteerConnection,
  YouthVolunteerView,
} from '../graphql/youth-volunteer.js';
import type { YouthLeagueContext } from '../loaders.js';
import { requireInRegion } from '../rules.js';

@Resolver(() => YouthVolunteerView)
export class YouthVolunteerResolver {
  // Staff readers reach the check below: the League's admins register volunteers and see them
  // in full, which a list for person readers alone would leave out.
  @Authorized(STAFF_READERS)
  @Query(() => YouthVolunteerConnection, {
    description:
      "Youth volunteers of the League's teams in your region (青年志愿者列表): in full for the League's case teams and admins, de-identified for analysts, revealed and logged for supervisors who state a purpose",
  })
  async youthVolunteers(
    @Arg('filter', () => YouthVolunteerFilter, { nullable: true })
    filter: YouthVolunteerFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<Connection<YouthVolunteerView>> {
    if (volunteerAccess(ctx.principal, ctx.purpose) === 'none') {
      throw forbidden(
        'volunteers are for the Youth League, analysts and supervisors who state a purpose',
      );
    }
    const where = {
      $and: [
        filter?.teamId ? { teamId: filter.teamId } : {},
        inDateRange('joinedOn', filter?.from, filter?.to),
      ],
    };
    const volunteers = await findInRegion(ctx, Volunteer, page, filter?.regionCode, where);
    return mapConnection(volunteers, (volunteer) => readYouthVolunteerView(volunteer, ctx));
  }

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
