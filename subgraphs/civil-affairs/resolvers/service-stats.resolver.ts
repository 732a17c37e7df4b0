import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ServiceAreaCount, ServiceStats, TargetGroupCount } from '../graphql/region-stats.js';
import type { CivilAffairsContext } from '../loaders.js';

/**
 * The breakdowns of a region's service output, each one statement per batch and only when
 * asked: `serviceStats` already checked that the region is the caller's.
 */
@Resolver(() => ServiceStats)
export class ServiceStatsResolver {
  @FieldResolver(() => [ServiceAreaCount], {
    description:
      'By service area (按服务领域), every area listed, then the services without one (serviceArea null)',
  })
  byServiceArea(
    @Root() stats: ServiceStats,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceAreaCount[]> {
    return ctx.loaders.serviceAreas.load(stats.key);
  }

  @FieldResolver(() => [TargetGroupCount], {
    description:
      'By group served (按服务对象类别), every group listed, then the services naming none (targetGroup null); a service to several groups counts in each',
  })
  byTargetGroup(
    @Root() stats: ServiceStats,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<TargetGroupCount[]> {
    return ctx.loaders.targetGroups.load(stats.key);
  }
}
