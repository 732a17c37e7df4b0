import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { requirePlace } from '../../../shared/department/owned.js';
import { writeOnce } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import { FamilyService } from '../entities/index.js';
import { FamilyServiceInput } from '../graphql/inputs.js';
import { StationRef } from '../graphql/references.js';
import {
  toWomenFederationStationFigures,
  WomenFederationStationFigures,
} from '../graphql/women-federation-station-figures.js';
import type { WomenFederationContext } from '../loaders.js';

/** What the federation does at a station: its children's homes and family services. */
async function stationFigures(
  stationId: string,
  ctx: WomenFederationContext,
): Promise<WomenFederationStationFigures> {
  const [homes, services] = await Promise.all([
    ctx.loaders.homesByStation.load(stationId),
    ctx.loaders.servicesByStation.load(stationId),
  ]);
  return toWomenFederationStationFigures(homes, services);
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
    return stationFigures(station.id, ctx);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => WomenFederationStationFigures, {
    nullable: true,
    description:
      "Records a family service (记录家庭服务); returns the station's figures when given",
  })
  async recordFamilyService(
    @Arg('input', () => FamilyServiceInput) input: FamilyServiceInput,
    @Ctx() ctx: WomenFederationContext,
  ) {
    assertDepartment(ctx.principal, ['WOMEN_FEDERATION'], 'recording family services');
    await requirePlace(ctx, input.regionCode, input.stationId);
    await writeOnce(ctx, FamilyService, input, 'idempotencyKey', {
      ...input,
      stationId: input.stationId ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
    });
    if (!input.stationId) return null;
    return stationFigures(input.stationId, ctx);
  }
}
