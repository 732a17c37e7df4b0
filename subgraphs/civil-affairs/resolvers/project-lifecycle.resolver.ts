import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CORRECTORS } from '../../../shared/department/access.js';
import { badInput } from '../../../shared/errors.js';
import { ProjectStatus } from '../entities/enums.js';
import {
  ProjectAmendment,
  ProjectBid,
  ProjectEvaluation,
  ProjectMilestone,
  ProjectRectification,
} from '../entities/index.js';
import {
  AddProjectMilestoneInput,
  AmendServiceProjectInput,
  CloseProjectRectificationInput,
  PayProjectTrancheInput,
  RecordProjectBidInput,
  RecordProjectEvaluationInput,
  SetServiceProjectStatusInput,
  SignProjectContractInput,
} from '../graphql/project-lifecycle.input.js';
import { ServiceProjectView, toServiceProjectView } from '../graphql/service-project.js';
import type { CivilAffairsContext } from '../loaders.js';
import { factsOf, onProject, tranchesOf } from '../projects/project-write.js';
import {
  AMENDABLE,
  EVALUATED_IN,
  OPEN,
  payable,
  refused,
  statusProblem,
  transitionProblem,
} from '../projects/rules.js';
import { requireExisting } from '../rules.js';

type Ctx = CivilAffairsContext;
const { PROCURING, ACTIVE } = ProjectStatus;
const writer = (ctx: Ctx) => ({
  recordedBy: ctx.principal.subject,
  recordedByDepartment: ctx.principal.department,
});

/**
 * The steps of a purchased-service project (政府购买服务): put out to purchase, bids, the signed
 * contract, milestones and tranches, amendments, evaluations, rectifications and payments. Each
 * checks the project's status and facts in one transaction; a refusal names the field at fault.
 */
@Resolver(() => ServiceProjectView)
export class ProjectLifecycleResolver {
  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, {
    description:
      'Moves a project to another status (项目状态): PLANNED → PROCURING → ACTIVE → EVALUATING → COMPLETED, or TERMINATED with a reason',
  })
  async setServiceProjectStatus(
    @Arg('input', () => SetServiceProjectStatusInput) input: SetServiceProjectStatusInput,
    @Ctx() ctx: Ctx,
  ): Promise<ServiceProjectView> {
    const project = await onProject(ctx, input.projectId, 'projectId', async (row, tx) => {
      const problem = transitionProblem(
        row.status,
        input.status,
        await factsOf(tx, row),
        input.reason,
      );
      if (problem) throw problem;
      row.status = input.status;
      return row;
    });
    return toServiceProjectView(project);
  }

  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, { description: 'Records a bid (投标/响应) while PROCURING' })
  async recordProjectBid(
    @Arg('input', () => RecordProjectBidInput) input: RecordProjectBidInput,
    @Ctx() ctx: Ctx,
  ): Promise<ServiceProjectView> {
    const agency = await requireExisting(ctx, 'agency', input.agencyId, 'agencyId');
    const project = await onProject(ctx, input.projectId, 'projectId', async (row, tx) => {
      const problem = statusProblem('record a bid', row.status, [PROCURING]);
      if (problem) throw problem;
      if (await tx.count(ProjectBid, { projectId: row.id, agencyId: agency.id })) {
        throw badInput('agencyId', 'this agency has already bid for the project');
      }
      tx.create(ProjectBid, {
        ...writer(ctx),
        projectId: row.id,
        agencyId: agency.id,
        amountFen: input.amount ?? null,
        note: input.note ?? null,
      });
      return row;
    });
    return toServiceProjectView(project);
  }

  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, {
    description:
      'Records the signed contract (合同签订) with the chosen bidder: the project becomes ACTIVE',
  })
  async signProjectContract(
    @Arg('input', () => SignProjectContractInput) input: SignProjectContractInput,
    @Ctx() ctx: Ctx,
  ): Promise<ServiceProjectView> {
    const project = await onProject(ctx, input.projectId, 'projectId', async (row, tx) => {
      const problem = statusProblem('sign the contract', row.status, [PROCURING]);
      if (problem) throw problem;
      if (!(await tx.count(ProjectBid, { projectId: row.id, agencyId: input.agencyId }))) {
        throw badInput('agencyId', 'the contracted agency must be one of the bidders');
      }
      if (input.signedOn > row.endsOn) {
        throw badInput(
          'signedOn',
          `the contract cannot be signed after the term ends (${row.endsOn})`,
        );
      }
      row.agencyId = input.agencyId;
      row.selectionReason = input.selectionReason;
      row.contractNumber = input.contractNumber;
      row.contractSignedOn = input.signedOn;
      if (input.contractAmount != null) row.contractAmountFen = input.contractAmount;
      const moved = transitionProblem(row.status, ACTIVE, await factsOf(tx, row), null);
      if (moved) throw moved;
      row.status = ACTIVE;
      return row;
    });
    return toServiceProjectView(project);
  }

  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, {
    description: 'Adds a milestone with its deliverable and payment tranche (履约节点)',
  })
  async addProjectMilestone(
    @Arg('input', () => AddProjectMilestoneInput) input: AddProjectMilestoneInput,
    @Ctx() ctx: Ctx,
  ): Promise<ServiceProjectView> {
    if ((input.trancheAmount == null) !== (input.trancheCondition == null)) {
      throw badInput('trancheCondition', 'a tranche has both an amount and a condition');
    }
    const project = await onProject(ctx, input.projectId, 'projectId', async (row, tx) => {
      const problem = statusProblem('add a milestone', row.status, OPEN);
      if (problem) throw problem;
      if (input.dueOn < row.startsOn) {
        throw badInput('dueOn', `a milestone cannot fall before the term starts (${row.startsOn})`);
      }
      const total = (await tranchesOf(tx, row.id)) + (input.trancheAmount ?? 0n);
      if (total > BigInt(row.contractAmountFen)) {
        throw badInput('trancheAmount', 'the tranches together would exceed the contract amount');
      }
      tx.create(ProjectMilestone, {
        ...writer(ctx),
        projectId: row.id,
        title: input.title,
        deliverable: input.deliverable,
        dueOn: input.dueOn,
        trancheAmountFen: input.trancheAmount ?? null,
        trancheCondition: input.trancheCondition ?? null,
      });
      return row;
    });
    return toServiceProjectView(project);
  }

  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, {
    description:
      'Amends the signed contract (合同变更): amount, term or scope; the project takes the new values and the old ones are kept',
  })
  async amendServiceProject(
    @Arg('input', () => AmendServiceProjectInput) input: AmendServiceProjectInput,
    @Ctx() ctx: Ctx,
  ): Promise<ServiceProjectView> {
    const { contractAmount, endsOn, serviceAreas, targetGroups } = input;
    if (contractAmount == null && endsOn == null && serviceAreas == null && targetGroups == null) {
      throw badInput('reason', 'an amendment changes the amount, the term or the scope');
    }
    const project = await onProject(ctx, input.projectId, 'projectId', async (row, tx) => {
      const problem = statusProblem('amend the contract', row.status, AMENDABLE);
      if (problem) throw problem;
      if (input.amendedOn < row.contractSignedOn!) {
        throw badInput('amendedOn', 'an amendment cannot precede the contract');
      }
      if (endsOn != null && endsOn < row.startsOn) {
        throw badInput('endsOn', `endsOn (${endsOn}) is before startsOn (${row.startsOn})`);
      }
      if (contractAmount != null && contractAmount < (await tranchesOf(tx, row.id))) {
        throw badInput('contractAmount', 'the contract amount would be less than its tranches');
      }
      const amendment = tx.create(ProjectAmendment, {
        ...writer(ctx),
        projectId: row.id,
        amendedOn: input.amendedOn,
        reason: input.reason,
      });
      if (contractAmount != null) {
        amendment.contractAmountFenBefore = BigInt(row.contractAmountFen);
        amendment.contractAmountFenAfter = contractAmount;
        row.contractAmountFen = contractAmount;
      }
      if (endsOn != null) {
        amendment.endsOnBefore = row.endsOn;
        amendment.endsOnAfter = endsOn;
        row.endsOn = endsOn;
      }
      if (serviceAreas != null) {
        amendment.serviceAreasBefore = row.serviceAreas;
        amendment.serviceAreasAfter = [...new Set(serviceAreas)];
        row.serviceAreas = [...new Set(serviceAreas)];
      }
      if (targetGroups != null) {
        amendment.targetGroupsBefore = row.targetGroups;
        amendment.targetGroupsAfter = [...new Set(targetGroups)];
        row.targetGroups = [...new Set(targetGroups)];
      }
      return row;
    });
    return toServiceProjectView(project);
  }

  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, {
    description:
      'Records an evaluation (评估): mid-term while ACTIVE, final while EVALUATING, with what it asks to put right',
  })
  async recordProjectEvaluation(
    @Arg('input', () => RecordProjectEvaluationInput) input: RecordProjectEvaluationInput,
    @Ctx() ctx: Ctx,
  ): Promise<ServiceProjectView> {
    input.rectifications.forEach((item, index) => {
      if (item.dueOn < input.evaluatedOn) {
        throw badInput(
          `rectifications.${index}.dueOn`,
          'a rectification is due after the evaluation',
        );
      }
    });
    const project = await onProject(ctx, input.projectId, 'projectId', async (row, tx) => {
      const stage = input.stage.toLowerCase().replace('_', '-');
      const problem = statusProblem(`record a ${stage} evaluation`, row.status, [
        EVALUATED_IN[input.stage],
      ]);
      if (problem) throw problem;
      if (input.evaluatedOn < row.contractSignedOn!) {
        throw badInput('evaluatedOn', 'an evaluation cannot precede the contract');
      }
      const evaluation = tx.create(ProjectEvaluation, {
        ...writer(ctx),
        projectId: row.id,
        stage: input.stage,
        evaluator: input.evaluator,
        evaluatorName: input.evaluatorName ?? null,
        evaluatedOn: input.evaluatedOn,
        score: input.score,
        findings: input.findings,
      });
      for (const item of input.rectifications) {
        tx.create(ProjectRectification, {
          ...writer(ctx),
          evaluationId: evaluation.id,
          projectId: row.id,
          description: item.description,
          dueOn: item.dueOn,
        });
      }
      return row;
    });
    return toServiceProjectView(project);
  }

  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, {
    description: 'Closes a rectification item (整改销号), recording who closed it and when',
  })
  async closeProjectRectification(
    @Arg('input', () => CloseProjectRectificationInput) input: CloseProjectRectificationInput,
    @Ctx() ctx: Ctx,
  ): Promise<ServiceProjectView> {
    const item = await ctx.em.findOne(ProjectRectification, { id: input.rectificationId });
    const projectId = item?.projectId ?? input.rectificationId;
    const project = await onProject(
      ctx,
      projectId,
      'rectificationId',
      async (row, tx) => {
        const rectification = await tx.findOneOrFail(ProjectRectification, { id: item!.id });
        if (rectification.closedOn) {
          throw refused('rectificationId', `already closed on ${rectification.closedOn}`);
        }
        const evaluation = await tx.findOneOrFail(ProjectEvaluation, {
          id: rectification.evaluationId,
        });
        if (input.closedOn < evaluation.evaluatedOn) {
          throw badInput('closedOn', 'a rectification cannot close before its evaluation');
        }
        rectification.closedOn = input.closedOn;
        rectification.closedBy = ctx.principal.subject;
        rectification.closedByDepartment = ctx.principal.department;
        rectification.closingNote = input.note;
        return row;
      },
      'rectification',
    );
    return toServiceProjectView(project);
  }

  @Authorized(CORRECTORS)
  @Mutation(() => ServiceProjectView, {
    description: 'Records the payment of a tranche (支付) whose condition holds',
  })
  async payProjectTranche(
    @Arg('input', () => PayProjectTrancheInput) input: PayProjectTrancheInput,
    @Ctx() ctx: Ctx,
  ): Promise<ServiceProjectView> {
    const found = await ctx.em.findOne(ProjectMilestone, { id: input.milestoneId });
    const project = await onProject(
      ctx,
      found?.projectId ?? input.milestoneId,
      'milestoneId',
      async (row, tx) => {
        const milestone = await tx.findOneOrFail(ProjectMilestone, { id: found!.id });
        if (!milestone.trancheCondition) {
          throw refused('milestoneId', 'this milestone has no tranche to pay');
        }
        if (milestone.paidOn) throw refused('milestoneId', `already paid on ${milestone.paidOn}`);
        if (!payable(milestone, row.status, await factsOf(tx, row))) {
          throw refused(
            'milestoneId',
            `not payable yet: the tranche is paid ${milestone.trancheCondition}, and the project is ${row.status}`,
            row.status,
          );
        }
        if (input.paidOn < row.contractSignedOn!) {
          throw badInput('paidOn', 'a tranche cannot be paid before the contract is signed');
        }
        milestone.paidOn = input.paidOn;
        milestone.paidBy = ctx.principal.subject;
        milestone.paidByDepartment = ctx.principal.department;
        return row;
      },
      'milestone',
    );
    return toServiceProjectView(project);
  }
}
