import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { toAgencyView } from '../graphql/agency.js';
import {
  ProjectAmendmentView,
  ProjectBidView,
  ProjectEvaluationView,
  ProjectMilestoneView,
  ProjectServiceItemView,
  ProjectTargetView,
  toAmendmentView,
  toEvaluationView,
  toMilestoneView,
  toServiceItemView,
} from '../graphql/project-lifecycle.js';
import { ServiceProjectView } from '../graphql/service-project.js';
import type { CivilAffairsContext } from '../loaders.js';
import { factsFrom } from '../projects/project-write.js';
import { INDICATOR_UNITS, passed, payable } from '../projects/rules.js';

type Ctx = CivilAffairsContext;

/**
 * A project's purchase, contract and evaluation as read: every list through a loader, so that a
 * page of projects costs one statement per list, whatever its length.
 */
@Resolver(() => ServiceProjectView)
export class ProjectTermsResolver {
  @FieldResolver(() => [ProjectBidView], { description: 'Agencies that bid (投标/响应机构)' })
  async bids(@Root() project: ServiceProjectView, @Ctx() ctx: Ctx): Promise<ProjectBidView[]> {
    const rows = await ctx.loaders.projects.bids.load(project.id);
    const agencies = await Promise.all(rows.map((row) => ctx.loaders.agency.load(row.agencyId)));
    return rows.map((row, index) => ({
      id: row.id,
      agency: agencies[index] ? toAgencyView(agencies[index]) : null,
      amount: row.amountFen == null ? null : BigInt(row.amountFen),
      note: row.note,
      chosen: project.contractNumber != null && row.agencyId === project.agencyId,
    }));
  }

  @FieldResolver(() => [ProjectServiceItemView], {
    description: 'Services the departments brought into the bundle (下沉服务事项)',
  })
  async serviceItems(
    @Root() project: ServiceProjectView,
    @Ctx() ctx: Ctx,
  ): Promise<ProjectServiceItemView[]> {
    return (await ctx.loaders.projects.items.load(project.id)).map(toServiceItemView);
  }

  @FieldResolver(() => [ProjectMilestoneView], {
    description: 'Milestones and payment tranches, by due date (履约节点与付款)',
  })
  async milestones(
    @Root() project: ServiceProjectView,
    @Ctx() ctx: Ctx,
  ): Promise<ProjectMilestoneView[]> {
    const [rows, evaluations, rectifications] = await Promise.all([
      ctx.loaders.projects.milestones.load(project.id),
      ctx.loaders.projects.evaluations.load(project.id),
      ctx.loaders.projects.rectifications.load(project.id),
    ]);
    const open = rectifications.filter((row) => !row.closedOn).length;
    const facts = factsFrom(project, evaluations, open);
    return rows.map((row) => toMilestoneView(row, payable(row, project.status, facts)));
  }

  @FieldResolver(() => [ProjectAmendmentView], {
    description: 'Amendments of the contract, oldest first (合同变更记录)',
  })
  async amendments(
    @Root() project: ServiceProjectView,
    @Ctx() ctx: Ctx,
  ): Promise<ProjectAmendmentView[]> {
    return (await ctx.loaders.projects.amendments.load(project.id)).map(toAmendmentView);
  }

  @FieldResolver(() => [ProjectTargetView], {
    description: "Contracted indicators, each with what the project's service records show",
  })
  async targets(
    @Root() project: ServiceProjectView,
    @Ctx() ctx: Ctx,
  ): Promise<ProjectTargetView[]> {
    const [rows, achieved] = await Promise.all([
      ctx.loaders.projects.targets.load(project.id),
      ctx.loaders.projects.achieved.load(project.id),
    ]);
    return rows.map((row) => ({
      indicator: row.indicator,
      unit: INDICATOR_UNITS[row.indicator],
      target: row.target,
      achieved: achieved[row.indicator],
      rate:
        row.target === 0 ? null : Math.round((achieved[row.indicator] / row.target) * 1000) / 1000,
    }));
  }

  @FieldResolver(() => [ProjectEvaluationView], {
    description: 'Evaluations, oldest first (评估记录)',
  })
  async evaluations(
    @Root() project: ServiceProjectView,
    @Ctx() ctx: Ctx,
  ): Promise<ProjectEvaluationView[]> {
    const [rows, rectifications] = await Promise.all([
      ctx.loaders.projects.evaluations.load(project.id),
      ctx.loaders.projects.rectifications.load(project.id),
    ]);
    return rows.map((row) => toEvaluationView(row, passed(row.score), rectifications));
  }
}
