import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ADMINISTRATORS, ANY_ROLE, CORRECTORS } from '../../../shared/department/access.js';
import { scopedLookup, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { badInput, forbidden } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { MoneyScalar } from '../../../shared/scalars.js';
import { ProjectStation, ServiceProject } from '../entities/index.js';
import { AgencyView, toAgencyView } from '../graphql/agency.js';
import {
  FUNDING_REQUIRES,
  ProjectFundingView,
  toProjectFundingView,
} from '../graphql/project-funding.js';
import { RegionView, toRegionView } from '../graphql/region.js';
import {
  ServiceProjectConnection,
  ServiceProjectView,
  toServiceProjectView,
} from '../graphql/service-project.js';
import { CreateServiceProjectInput, ServiceProjectFilter } from '../graphql/service.input.js';
import { StationView, toStationView } from '../graphql/station.js';
import type { CivilAffairsContext } from '../loaders.js';
import {
  projectStationProblem,
  projectTermsProblem,
  requireAll,
  requireExisting,
} from '../rules.js';
import { keyedBy, replayOf } from '../../../shared/department/written.js';
import { ProjectStatus } from '../entities/enums.js';
import { UpdateServiceProjectInput } from '../graphql/project-lifecycle.input.js';
import { onProject, replaceScope, targetsProblem } from '../projects/project-write.js';
import { EDITABLE, statusProblem } from '../projects/rules.js';
import { requireOwned } from '../../../shared/department/owned.js';
import { relatedView } from '../../../shared/department/related.js';

const REQUIRED = FUNDING_REQUIRES;

@Resolver(() => ServiceProjectView)
export class ServiceProjectResolver {
  @Authorized(ANY_ROLE)
  @Query(() => ServiceProjectConnection, {
    description: 'The integrated project catalogue (项目目录)',
  })
  async serviceProjects(
    @Arg('filter', () => ServiceProjectFilter, { nullable: true })
    filter: ServiceProjectFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<ServiceProjectView>> {
    const where = {
      $and: [scopeWhere(ctx.principal), subtreeFilter(filter?.regionCode)],
      ...(filter?.leadDepartment ? { leadDepartment: filter.leadDepartment } : {}),
      ...(filter?.serviceArea ? { serviceAreas: { $contains: [filter.serviceArea] } } : {}),
      ...(filter?.status ? { status: filter.status } : {}),
    };
    const connection = await findConnection(ctx.em, ServiceProject, where, page);
    return mapConnection(connection, toServiceProjectView);
  }

  @Authorized(ANY_ROLE)
  @Query(() => ServiceProjectView, { nullable: true, description: 'A project by id (项目)' })
  async serviceProject(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceProjectView | null> {
    const project = scopedLookup(ctx.principal, await ctx.em.findOne(ServiceProject, { id }));
    return project && toServiceProjectView(project);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => ServiceProjectView, {
    description:
      'Adds a project to the catalogue (新建项目), PLANNED, with the service items the departments bring and its targets',
  })
  async createServiceProject(
    @Arg('input', () => CreateServiceProjectInput) input: CreateServiceProjectInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceProjectView> {
    const terms = projectTermsProblem(input);
    if (terms) throw badInput(terms.field, terms.message);
    if (
      input.leadDepartment !== ctx.principal.department &&
      ctx.principal.department !== 'CIVIL_AFFAIRS'
    ) {
      throw forbidden(
        `a ${ctx.principal.department} administrator adds projects that ${ctx.principal.department} leads`,
      );
    }
    targetsProblem(input.targets);
    await requireOwned(ctx, 'region', input.regionCode, 'regionCode');
    if (input.agencyId) await requireExisting(ctx, 'agency', input.agencyId, 'agencyId');
    const stationIds = [...new Set(input.stationIds)];
    const stations = await requireAll(ctx, 'station', stationIds, 'stationIds');
    stations.forEach((station, index) => {
      const problem = projectStationProblem(station, input.regionCode);
      if (problem) throw badInput(`stationIds.${index}`, problem);
    });
    // Keys are looked up only among the caller's own, after every reference was checked.
    const earlier = await replayOf(ctx, ServiceProject, input, 'idempotencyKey');
    if (earlier) return toServiceProjectView(earlier);
    const project = await ctx.em.transactional(async (tx) => {
      const row = tx.create(ServiceProject, {
        ...keyedBy(ctx.principal, input),
        name: input.name,
        leadDepartment: input.leadDepartment,
        agencyId: input.agencyId ?? null,
        regionCode: input.regionCode,
        serviceAreas: [...new Set(input.serviceAreas)],
        targetGroups: [...new Set(input.targetGroups)],
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        contractAmountFen: input.contractAmount,
        status: ProjectStatus.PLANNED,
        procurementMethod: input.procurementMethod ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      });
      for (const stationId of stationIds)
        tx.create(ProjectStation, { projectId: row.id, stationId });
      await replaceScope(tx, ctx.principal, row.id, input.serviceItems, input.targets);
      return row;
    });
    return toServiceProjectView(project);
  }

  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, {
    description:
      'Changes a project before its contract is signed (修改项目): name, term, budget, scope, stations, service items, targets, how it is purchased',
  })
  async updateServiceProject(
    @Arg('input', () => UpdateServiceProjectInput) input: UpdateServiceProjectInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<ServiceProjectView> {
    const project = await onProject(ctx, input.projectId, 'projectId', async (row, tx) => {
      const problem = statusProblem('change the project', row.status, EDITABLE);
      if (problem) throw problem;
      const next = {
        startsOn: input.startsOn ?? row.startsOn,
        endsOn: input.endsOn ?? row.endsOn,
        contractAmount: input.contractAmount ?? BigInt(row.contractAmountFen),
      };
      const terms = projectTermsProblem(next);
      if (terms) throw badInput(terms.field, terms.message);
      if (input.stationIds) {
        const stationIds = [...new Set(input.stationIds)];
        const stations = await requireAll(ctx, 'station', stationIds, 'stationIds');
        stations.forEach((station, index) => {
          const problem = projectStationProblem(station, row.regionCode);
          if (problem) throw badInput(`stationIds.${index}`, problem);
        });
        await tx.nativeDelete(ProjectStation, { projectId: row.id });
        for (const stationId of stationIds)
          tx.create(ProjectStation, { projectId: row.id, stationId });
      }
      if (input.name != null) row.name = input.name;
      if (input.serviceAreas) row.serviceAreas = [...new Set(input.serviceAreas)];
      if (input.targetGroups) row.targetGroups = [...new Set(input.targetGroups)];
      if (input.procurementMethod) row.procurementMethod = input.procurementMethod;
      row.startsOn = next.startsOn;
      row.endsOn = next.endsOn;
      row.contractAmountFen = next.contractAmount;
      await replaceScope(tx, ctx.principal, row.id, input.serviceItems, input.targets);
      return row;
    });
    return toServiceProjectView(project);
  }

  /**
   * The catalogue owns the contract amount, each department owns its contribution; `@requires`
   * has the gateway fetch every department's amount first, so that "who pays for what" is one
   * field computed in one place.
   */
  @Authorized(ANY_ROLE)
  @Directive(`@requires(fields: "${REQUIRED}")`)
  @FieldResolver(() => ProjectFundingView, {
    nullable: true,
    description: 'Who pays for the project, across departments (资金构成)',
  })
  funding(@Root() project: ServiceProjectView): ProjectFundingView {
    return toProjectFundingView(project);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Contract amount (合同金额)' })
  contractAmount(@Root() project: ServiceProjectView): bigint {
    return project.contractAmount;
  }

  @FieldResolver(() => RegionView, {
    nullable: true,
    description: 'Division of the purchasing authority (采购地)',
  })
  async region(
    @Root() project: ServiceProjectView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegionView | null> {
    return relatedView(ctx.loaders.region, project.regionCode, toRegionView);
  }

  @FieldResolver(() => AgencyView, { nullable: true, description: 'Contracted agency (承接机构)' })
  async agency(
    @Root() project: ServiceProjectView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<AgencyView | null> {
    return relatedView(ctx.loaders.agency, project.agencyId, toAgencyView);
  }

  @FieldResolver(() => [StationView], { description: 'Stations that deliver it (服务站点)' })
  async stations(
    @Root() project: ServiceProjectView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<StationView[]> {
    return (await ctx.loaders.stationsByProject.load(project.id)).map(toStationView);
  }
}
