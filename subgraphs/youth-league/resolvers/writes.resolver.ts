import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../../../shared/errors.js';
import {
  optionalOwned,
  requireOwnRecord,
  requirePlace,
  requirePersonOf,
} from '../../../shared/department/owned.js';
import { keyedBy, replayOf, writtenBy } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import {
  ProgrammeEnrolment,
  Volunteer,
  VolunteerService,
  VolunteerTeam,
  YouthProgramme,
} from '../entities/index.js';
import type { YouthLeagueContext } from '../loaders.js';
import {
  EnrolmentInput,
  VolunteerInput,
  VolunteerServiceInput,
  VolunteerTeamInput,
  VolunteerTeamView,
  YouthEnrolmentView,
  YouthProgrammeInput,
  YouthProgrammeView,
  YouthVolunteerView,
} from './types.js';
import { programmeView, teamView, volunteerView } from './views.js';

const LEAGUE = ['YOUTH_LEAGUE'] as const;

/** A row of this database by id in the caller's region; absent and elsewhere read alike. */
function inScope<T extends { regionCode: string }>(
  ctx: YouthLeagueContext,
  row: T | null,
  field: string,
  noun: string,
): T {
  return requireOwnRecord(ctx.principal, row, (found) => found.regionCode, field, noun);
}

@Resolver()
export class YouthWritesResolver {
  @Authorized(['ADMIN'])
  @Mutation(() => VolunteerTeamView, {
    description:
      'Registers a youth volunteer team (登记青年志愿服务队); idempotent by region and name',
  })
  async registerVolunteerTeam(
    @Arg('input', () => VolunteerTeamInput) input: VolunteerTeamInput,
    @Ctx() ctx: YouthLeagueContext,
  ) {
    assertDepartment(ctx.principal, [...LEAGUE], 'registering volunteer teams');
    await requirePlace(ctx, input.regionCode, input.stationId);
    const existing = await ctx.em.findOne(VolunteerTeam, {
      regionCode: input.regionCode,
      name: input.name,
    });
    const fields = { stationId: input.stationId ?? null, foundedOn: input.foundedOn };
    const team = existing
      ? Object.assign(existing, fields)
      : ctx.em.create(VolunteerTeam, {
          name: input.name,
          regionCode: input.regionCode,
          ...fields,
          ...writtenBy(ctx.principal),
        });
    await ctx.em.flush();
    return teamView(team, ctx);
  }

  @Authorized(['ADMIN', 'CASEWORKER'])
  @Mutation(() => YouthVolunteerView, {
    description: 'Registers a youth volunteer (登记青年志愿者); idempotent by person when given',
  })
  async registerVolunteer(
    @Arg('input', () => VolunteerInput) input: VolunteerInput,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthVolunteerView> {
    assertDepartment(ctx.principal, [...LEAGUE], 'registering volunteers');
    const team = inScope(
      ctx,
      await ctx.em.findOne(VolunteerTeam, { id: input.teamId }),
      'teamId',
      'team',
    );
    await optionalOwned(ctx, 'person', input.personId, 'personId');
    const existing = input.personId
      ? await ctx.em.findOne(Volunteer, { personId: input.personId })
      : null;
    const fields = {
      teamId: team.id,
      name: input.name,
      regionCode: team.regionCode,
      joinedOn: input.joinedOn,
    };
    const volunteer = existing
      ? Object.assign(existing, fields)
      : ctx.em.create(Volunteer, {
          personId: input.personId ?? null,
          ...fields,
          ...writtenBy(ctx.principal),
        });
    await ctx.em.flush();
    return volunteerView(volunteer, ctx);
  }

  @Authorized(['ADMIN', 'CASEWORKER', 'SUPERVISOR'])
  @Mutation(() => YouthVolunteerView, {
    description: 'Records hours a volunteer served (记录志愿服务)',
  })
  async recordVolunteerService(
    @Arg('input', () => VolunteerServiceInput) input: VolunteerServiceInput,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthVolunteerView> {
    assertDepartment(ctx.principal, [...LEAGUE], 'recording volunteer service');
    const volunteer = inScope(
      ctx,
      await ctx.em.findOne(Volunteer, { id: input.volunteerId }),
      'volunteerId',
      'volunteer',
    );
    const earlier = await replayOf(ctx, VolunteerService, input, 'idempotencyKey');
    if (!earlier) {
      ctx.em.create(VolunteerService, {
        volunteerId: volunteer.id,
        regionCode: volunteer.regionCode,
        servedOn: input.servedOn,
        durationMinutes: Math.round(input.hours * 60),
        activity: input.activity,
        idempotencyKey: input.idempotencyKey ?? null,
        ...keyedBy(ctx.principal, input),
      });
      await ctx.em.flush();
    }
    return volunteerView(volunteer, ctx);
  }

  @Authorized(['ADMIN'])
  @Mutation(() => YouthProgrammeView, { description: 'Creates a youth programme (新建青少年项目)' })
  async createYouthProgramme(
    @Arg('input', () => YouthProgrammeInput) input: YouthProgrammeInput,
    @Ctx() ctx: YouthLeagueContext,
  ) {
    assertDepartment(ctx.principal, [...LEAGUE], 'creating youth programmes');
    await requirePlace(ctx, input.regionCode, input.stationId);
    if (input.endsOn < input.startsOn)
      throw badInput('endsOn', `endsOn (${input.endsOn}) is before startsOn (${input.startsOn})`);
    const programme = ctx.em.create(YouthProgramme, {
      ...input,
      stationId: input.stationId ?? null,
      ...writtenBy(ctx.principal),
    });
    await ctx.em.flush();
    return programmeView(programme, ctx);
  }

  @Authorized(['CASEWORKER', 'SUPERVISOR'])
  @Mutation(() => YouthEnrolmentView, {
    description: 'Enrols a person in a programme (项目报名); idempotent by programme and person',
  })
  async enrolInYouthProgramme(
    @Arg('input', () => EnrolmentInput) input: EnrolmentInput,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<YouthEnrolmentView> {
    assertDepartment(ctx.principal, [...LEAGUE], 'enrolling people');
    const person = await requirePersonOf(ctx, input);
    const programme = inScope(
      ctx,
      await ctx.em.findOne(YouthProgramme, { id: input.programmeId }),
      'programmeId',
      'programme',
    );
    if (input.enrolledOn < programme.startsOn || input.enrolledOn > programme.endsOn) {
      throw badInput(
        'enrolledOn',
        `${input.enrolledOn} is outside the programme's term ${programme.startsOn} – ${programme.endsOn}`,
      );
    }
    const existing = await ctx.em.findOne(ProgrammeEnrolment, {
      programmeId: programme.id,
      personId: input.personId,
    });
    const enrolment =
      existing ??
      ctx.em.create(ProgrammeEnrolment, {
        programmeId: programme.id,
        personId: input.personId,
        personRegionCode: person.regionCode,
        enrolledOn: input.enrolledOn,
        ...writtenBy(ctx.principal),
      });
    await ctx.em.flush();
    return { kind: programme.kind, programme: programme.name, enrolledOn: enrolment.enrolledOn };
  }
}
