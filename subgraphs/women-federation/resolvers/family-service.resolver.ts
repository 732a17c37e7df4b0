import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ANY_ROLE } from '../../../shared/department/access.js';
import { findInRegion } from '../../../shared/department/own-records.js';
import { inDateRange } from '../../../shared/input/period.js';
import { ConnectionArgs, mapConnection, type Connection } from '../../../shared/pagination.js';
import { FamilyService } from '../entities/index.js';
import {
  FamilyServiceConnection,
  FamilyServiceView,
  toFamilyServiceView,
} from '../graphql/family-service.js';
import { FamilyServiceFilter } from '../graphql/inputs.js';
import type { WomenFederationContext } from '../loaders.js';

@Resolver(() => FamilyServiceView)
export class FamilyServiceResolver {
  @Authorized(ANY_ROLE)
  @Query(() => FamilyServiceConnection, {
    description: 'Family services recorded in your region (家庭服务列表)',
  })
  async familyServices(
    @Arg('filter', () => FamilyServiceFilter, { nullable: true })
    filter: FamilyServiceFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: WomenFederationContext,
  ): Promise<Connection<FamilyServiceView>> {
    const where = {
      $and: [
        filter?.stationId ? { stationId: filter.stationId } : {},
        filter?.kind ? { kind: filter.kind } : {},
        inDateRange('servedOn', filter?.from, filter?.to),
      ],
    };
    const services = await findInRegion(ctx, FamilyService, page, filter?.regionCode, where);
    return mapConnection(services, toFamilyServiceView);
  }
}
