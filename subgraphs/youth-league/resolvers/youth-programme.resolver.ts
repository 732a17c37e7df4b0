import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINISTRATORS, ANY_ROLE } from '../../../shared/department/access.js';
import { findInRegion } from '../../../shared/department/own-records.js';
import { requirePlace } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import { badInput } from '../../../shared/errors.js';
import { ConnectionArgs, mapConnection, type Connection } from '../../../shared/pagination.js';
import { assertDepartment } from '../../../shared/scope.js';
import { YouthProgramme } from '../entities/index.js';
import { YouthProgrammeFilter, YouthProgrammeInput } from '../graphql/inputs.js';
import {
  toYouthProgrammeView,
  YouthProgrammeConnection,
  YouthProgrammeView,
} from '../graphql/youth-programme.js';
import type { YouthLeagueContext } from '../loaders.js';

@Resolver(() => YouthProgrammeView)
export class YouthProgrammeResolver {
  @Authorized(ANY_ROLE)
  @Query(() => YouthProgrammeConnection, {
    description: 'Youth programmes in your region (青少年项目)',
  })
  async youthProgrammes(
    @Arg('filter', () => YouthProgrammeFilter, { nullable: true })
    filter: YouthProgrammeFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: YouthLeagueContext,
  ): Promise<Connection<YouthProgrammeView>> {
    const kind = filter?.kind ? { kind: filter.kind } : {};
    const programmes = await findInRegion(ctx, YouthProgramme, page, filter?.regionCode, kind);
    return mapConnection(programmes, (programme) => toYouthProgrammeView(programme, ctx));
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => YouthProgrammeView, { description: 'Creates a youth programme (新建青少年项目)' })
  async createYouthProgramme(
    @Arg('input', () => YouthProgrammeInput) input: YouthProgrammeInput,
    @Ctx() ctx: YouthLeagueContext,
  ) {
    assertDepartment(ctx.principal, ['YOUTH_LEAGUE'], 'creating youth programmes');
    await requirePlace(ctx, input.regionCode, input.stationId);
    if (input.endsOn < input.startsOn)
      throw badInput('endsOn', `endsOn (${input.endsOn}) is before startsOn (${input.startsOn})`);
    const programme = ctx.em.create(YouthProgramme, {
      ...input,
      stationId: input.stationId ?? null,
      ...writtenBy(ctx.principal),
    });
    await ctx.em.flush();
    return toYouthProgrammeView(programme, ctx);
  }
}
