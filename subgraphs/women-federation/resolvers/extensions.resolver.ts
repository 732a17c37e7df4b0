import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordAccess, type RecordHolder } from '../../../shared/department/access.js';
import { maskPersonal, type PersonalKind } from '../../../shared/department/masking.js';
import { assertInScope } from '../../../shared/scope.js';
import type { ChildrenHome, WomenChildCase } from '../entities/index.js';
import type { WomenFederationContext } from '../loaders.js';
import { PersonRef, RegionRef, StationRef } from '../references.js';
import {
  ChildrenHomeView,
  WomenChildCaseView,
  WomenFederationRegionFigures,
  WomenFederationStationFigures,
} from './types.js';

/** The federation's records of people: women's and children's cases. */
const CASES: RecordHolder = { owner: 'WOMEN_FEDERATION' };

export const homeView = (home: ChildrenHome): ChildrenHomeView => ({
  id: home.id,
  name: home.name,
  villageCode: home.villageCode,
  openedOn: home.openedOn,
  status: home.status,
  station: home.stationId ? { id: home.stationId } : null,
});

/** A person's cases as the caller may see them; the summary only for the federation's own revealing supervisors. */
export async function viewCases(
  cases: WomenChildCase[],
  ctx: WomenFederationContext,
): Promise<WomenChildCaseView[] | null> {
  const access = recordAccess(ctx.principal, ctx.purpose, 'WOMEN_FEDERATION');
  if (access === 'none') return null;
  if (access === 'revealed' && cases.length) {
    await ctx.loaders.reveal.load({
      personId: cases[0]!.personId,
      personRegionCode: cases[0]!.personRegionCode,
      field: 'womenFederationCases',
    });
  }
  const mask = <T>(kind: PersonalKind, value: T) =>
    maskPersonal(kind, value, ctx.principal, ctx.purpose, CASES);
  return cases.map((item) => ({
    kind: item.kind,
    status: item.status,
    openedOn: mask('eventDate', item.openedOn),
    closedOn: mask('eventDate', item.closedOn),
    summary: mask('caseNote', item.summary),
  }));
}

@Resolver(() => PersonRef)
export class WomenPersonResolver {
  @FieldResolver(() => [WomenChildCaseView], {
    nullable: true,
    description:
      "Women and children cases (妇女儿童个案): for the federation's caseworkers, analysts (de-identified) and supervisors who state a purpose (logged); summaries for the federation's own supervisors only",
  })
  async womenFederationCases(@Root() person: { id: string }, @Ctx() ctx: WomenFederationContext) {
    if (recordAccess(ctx.principal, ctx.purpose, 'WOMEN_FEDERATION') === 'none') return null;
    return viewCases(await ctx.loaders.casesByPerson.load(person.id), ctx);
  }
}

@Resolver(() => StationRef)
export class WomenStationResolver {
  @FieldResolver(() => WomenFederationStationFigures, {
    nullable: true,
    description: "What the women's federation does at the station (妇联在站服务)",
  })
  async womenFederation(
    @Root() station: { id: string },
    @Ctx() ctx: WomenFederationContext,
  ): Promise<WomenFederationStationFigures> {
    const [homes, services] = await Promise.all([
      ctx.loaders.homesByStation.load(station.id),
      ctx.loaders.servicesByStation.load(station.id),
    ]);
    return {
      childrenHomes: homes.map(homeView),
      familyServices: Number(services?.services ?? 0),
      householdsServed: Number(services?.households ?? 0),
      personTimes: Number(services?.person_times ?? 0),
    };
  }
}

@Resolver(() => RegionRef)
export class WomenRegionResolver {
  @FieldResolver(() => WomenFederationRegionFigures, {
    nullable: true,
    description: "Women's federation figures over the subtree (妇联数据); only in your region",
  })
  async womenFederation(
    @Root() region: { code: string },
    @Ctx() ctx: WomenFederationContext,
  ): Promise<WomenFederationRegionFigures> {
    assertInScope(ctx.principal, region.code, 'statistics');
    const [figures, contributed] = await Promise.all([
      ctx.loaders.regionFigures.load(region.code),
      ctx.loaders.contributedIn.load(region.code),
    ]);
    return { ...figures, contributed };
  }
}
