import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ANY_ROLE, REFERENCE_WRITERS } from '../access.js';
import { scopedLookup, scopeWhere } from '../../../shared/scope.js';
import { badInput, forbidden } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import type { Department } from '../../../shared/enums.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import { Agency, ProjectStation, Region, ServiceProject, Station } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { projectStationProblem, projectTermsProblem } from '../rules.js';
import { requireAll, requireExisting } from './checks.js';
import { inRegionSubtree } from './filters.js';
import { CreateServiceProjectInput, ServiceProjectFilter } from './types/service.input.js';
import { writtenBy } from '../../../shared/department/written.js';
import { requireOwned } from '../../../shared/department/owned.js';

export const ServiceProjectConnection = connectionType(
  ServiceProject,
  'ServiceProject',
  'purchased-service projects (购买服务项目)',
);

@Resolver(() => ServiceProject)
export class ServiceProjectResolver {
  @Authorized(ANY_ROLE)
  @Query(() => ServiceProjectConnection, {
    description: 'The integrated project catalogue (项目目录)',
  })
  serviceProjects(
    @Arg('filter', () => ServiceProjectFilter, { nullable: true })
    filter: ServiceProjectFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<ServiceProject>> {
    const where = {
      $and: [scopeWhere(ctx.principal), inRegionSubtree(filter?.regionCode)],
      ...(filter?.leadDepartment ? { leadDepartment: filter.leadDepartment } : {}),
      ...(filter?.serviceArea ? { serviceAreas: { $contains: [filter.serviceArea] } } : {}),
      ...(filter?.status ? { status: filter.status } : {}),
    };
    return findConnection(ctx.em, ServiceProject, where, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => ServiceProject, { nullable: true, description: 'A project by id (项目)' })
  async serviceProject(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceProject | null> {
    return scopedLookup(ctx.principal, await ctx.em.findOne(ServiceProject, { id }));
  }

  @Authorized(REFERENCE_WRITERS)
  @Mutation(() => ServiceProject, { description: 'Adds a project to the catalogue (新建项目)' })
  async createServiceProject(
    @Arg('input', () => CreateServiceProjectInput) input: CreateServiceProjectInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceProject> {
    const terms = projectTermsProblem(input);
    if (terms) throw badInput(terms.field, terms.message);
    if (
      input.leadDepartment !== (ctx.principal.department) &&
      ctx.principal.department !== 'CIVIL_AFFAIRS'
    ) {
      throw forbidden(
        `a ${ctx.principal.department} administrator adds projects that ${ctx.principal.department} leads`,
      );
    }
    await requireOwned(ctx, 'region', input.regionCode, 'regionCode');
    if (input.agencyId) await requireExisting(ctx, 'agency', input.agencyId, 'agencyId');
    const stationIds = [...new Set(input.stationIds)];
    const stations = await requireAll(ctx, 'station', stationIds, 'stationIds');
    stations.forEach((station, index) => {
      const problem = projectStationProblem(station, input.regionCode);
      if (problem) throw badInput(`stationIds.${index}`, problem);
    });
    const project = ctx.em.create(ServiceProject, {
      ...writtenBy(ctx.principal),
      name: input.name,
      leadDepartment: input.leadDepartment,
      agencyId: input.agencyId ?? null,
      regionCode: input.regionCode,
      serviceAreas: [...new Set(input.serviceAreas)],
      targetGroups: [...new Set(input.targetGroups)],
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      contractAmountFen: input.contractAmount,
      status: input.status,
    });
    for (const stationId of stationIds)
      ctx.em.create(ProjectStation, { projectId: project.id, stationId });
    await ctx.em.flush();
    return project;
  }

  @FieldResolver(() => MoneyScalar, { description: 'Contract amount (合同金额)' })
  contractAmount(@Root() project: ServiceProject): bigint {
    return BigInt(project.contractAmountFen);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'Division of the purchasing authority (采购地)',
  })
  region(@Root() project: ServiceProject, @Ctx() ctx: CivilAffairsContext): Promise<Region | null> {
    return ctx.loaders.region.load(project.regionCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Contracted agency (承接机构)' })
  agency(
    @Root() project: ServiceProject,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Agency | null> | null {
    return project.agencyId ? ctx.loaders.agency.load(project.agencyId) : null;
  }

  @FieldResolver(() => [Station], { description: 'Stations that deliver it (服务站点)' })
  stations(@Root() project: ServiceProject, @Ctx() ctx: CivilAffairsContext): Promise<Station[]> {
    return ctx.loaders.stationsByProject.load(project.id);
  }
}
