import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars.js';
import { assertInScope } from '../../../shared/scope.js';
import { RegionView } from '../graphql/region.js';
import {
  CertificationGrowth,
  StationFacilities,
  WorkforceDetail,
} from '../graphql/worker-detail.js';
import type { CivilAffairsContext } from '../loaders.js';

/** A region's figures of station standards and of its workers' files. */
@Resolver(() => RegionView)
export class RegionWorkforceResolver {
  @FieldResolver(() => WorkforceDetail, {
    nullable: true,
    description:
      'Qualifications by level, employment and allowances over the subtree (人才队伍明细); only in your region',
  })
  async workforceDetail(
    @Root() region: RegionView,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Day of the figures; as registered now when omitted',
    })
    asOf: string | null,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<WorkforceDetail> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const figures = await ctx.loaders.standards.workforceDetail.load({
      code: region.code,
      asOf: asOf ?? null,
    });
    return { ...figures, annualAllowances: figures.monthlyAllowances * 12n };
  }

  @FieldResolver(() => CertificationGrowth, {
    nullable: true,
    description:
      'Growth of certified workers since a day (持证社工增幅), counting dated qualifications; only in your region',
  })
  async certifiedGrowth(
    @Root() region: RegionView,
    @Arg('since', () => DateScalar, { description: 'The earlier day, e.g. 2021-12-31' })
    since: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The later day; now when omitted',
    })
    asOf: string | null,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<CertificationGrowth> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const [then, later] = await ctx.loaders.standards.workforceDetail.loadMany([
      { code: region.code, asOf: since },
      { code: region.code, asOf: asOf ?? null },
    ]);
    if (then instanceof Error) throw then;
    if (later instanceof Error) throw later;
    return {
      since,
      asOf: asOf ?? null,
      certifiedSince: then!.certified,
      certifiedAsOf: later!.certified,
      growth: then!.certified === 0 ? null : (later!.certified - then!.certified) / then!.certified,
    };
  }

  @FieldResolver(() => StationFacilities, {
    nullable: true,
    description:
      'Premises and designations of the stations in the subtree (阵地建设); only in your region',
  })
  async stationFacilities(
    @Root() region: RegionView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationFacilities> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const figures = await ctx.loaders.standards.facilities.load(region.code);
    const recorded = figures.independentOffice + figures.sharedOffice;
    return {
      ...figures,
      independentOfficeRate: recorded === 0 ? null : figures.independentOffice / recorded,
    };
  }
}
