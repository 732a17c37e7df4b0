import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { badInput, forbidden } from '../../../shared/errors.js';
import { runCaseStep, worksOnCase } from '../case-work/case-flow.js';
import { linkRecordToCase } from '../case-work/links.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { CaseGoal, CaseNeed } from '../entities/index.js';
import { CaseStage } from '../entities/enums.js';
import { CaseView, toCaseView } from '../graphql/case.js';
import {
  AssessCaseInput,
  DecideCaseClosureInput,
  EvaluateCaseInput,
  LinkCaseRecordInput,
  PlanCaseInput,
  ReopenCaseInput,
  RequestCaseClosureInput,
  StartCaseInterventionInput,
} from '../graphql/case.input.js';
import type { CivilAffairsContext } from '../loaders.js';

type Ctx = CivilAffairsContext;
const { INTAKE, ASSESSMENT, PLANNING, INTERVENTION, EVALUATION, CLOSED } = CaseStage;

/**
 * The steps of case work after intake (MZ/T 094): assess → plan → intervene → evaluate → close,
 * closure approved by a supervisor other than who asked for it, and reopening with the history
 * kept. Only the lead department's case team works on a case; each step is one event.
 */
@Resolver(() => CaseView)
export class CaseStepResolver {
  @Authorized(CASE_TEAM)
  @Mutation(() => CaseView, {
    description: 'Records the assessment of needs (预估): the case moves to ASSESSMENT',
  })
  async assessCase(
    @Arg('input', () => AssessCaseInput) input: AssessCaseInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    const step = {
      what: 'assess the case',
      from: [INTAKE, ASSESSMENT],
      kind: 'NEEDS_ASSESSED',
    } as const;
    const row = await runCaseStep(ctx, input, step, (row, tx) => {
      for (const need of input.needs) {
        tx.create(CaseNeed, {
          caseId: row.id,
          ...need,
          note: need.note ?? null,
          assessedOn: input.on,
        });
      }
      row.stage = ASSESSMENT;
      row.assessedOn = input.on;
    });
    return toCaseView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => CaseView, {
    description: 'Records the service plan (计划) with its goals: the case moves to PLANNING',
  })
  async planCase(
    @Arg('input', () => PlanCaseInput) input: PlanCaseInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    input.goals.forEach((goal, index) => {
      if (goal.targetOn != null && goal.targetOn < input.on) {
        throw badInput(`goals.${index}.targetOn`, 'a goal cannot be due before the plan is made');
      }
    });
    const step = { what: 'plan the case', from: [ASSESSMENT, PLANNING], kind: 'PLANNED' } as const;
    const row = await runCaseStep(ctx, input, step, (row, tx) => {
      for (const goal of input.goals) {
        tx.create(CaseGoal, {
          caseId: row.id,
          area: goal.area,
          description: goal.description,
          targetOn: goal.targetOn ?? null,
          plannedOn: input.on,
        });
      }
      row.stage = PLANNING;
      row.plannedOn = input.on;
    });
    return toCaseView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => CaseView, {
    description: 'Intervention begins (介入): the case moves to INTERVENTION',
  })
  async startCaseIntervention(
    @Arg('input', () => StartCaseInterventionInput) input: StartCaseInterventionInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    const step = {
      what: 'start the intervention',
      from: [PLANNING],
      kind: 'INTERVENTION_STARTED',
    } as const;
    const row = await runCaseStep(ctx, input, step, (row) => {
      row.stage = INTERVENTION;
      row.interventionOn = input.on;
    });
    return toCaseView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => CaseView, {
    description: 'Records the evaluation (评估): the case moves to EVALUATION',
  })
  async evaluateCase(
    @Arg('input', () => EvaluateCaseInput) input: EvaluateCaseInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    const step = {
      what: 'evaluate the case',
      from: [INTERVENTION, EVALUATION],
      kind: 'EVALUATED',
    } as const;
    const row = await runCaseStep(ctx, input, step, async (row) => {
      if (row.closureRequestedOn) {
        throw badInput('caseId', 'a closure is waiting for a supervisor: it is decided first');
      }
      const goals = await ctx.loaders.caseWork.goalsByCase.load(row.id);
      const planned = goals.filter((goal) => goal.plannedOn === row.plannedOn).length;
      if (input.goalsAchieved > planned) {
        throw badInput('goalsAchieved', `the plan has ${planned} goals`);
      }
      row.stage = EVALUATION;
      row.evaluatedOn = input.on;
      row.evaluation = input.evaluation;
      row.goalsAchieved = input.goalsAchieved;
    });
    return toCaseView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => CaseView, {
    description:
      'Asks a supervisor to close the case (申请结案): only after an evaluation; the case stays at EVALUATION until decided',
  })
  async requestCaseClosure(
    @Arg('input', () => RequestCaseClosureInput) input: RequestCaseClosureInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    const step = {
      what: 'close a case that has no evaluation',
      from: [EVALUATION],
      kind: 'CLOSURE_REQUESTED',
    } as const;
    const row = await runCaseStep(ctx, input, step, (row) => {
      if (row.closureRequestedOn) throw badInput('caseId', 'closure has already been asked for');
      row.closureRequestedOn = input.on;
      row.closureRequestedBy = ctx.principal.subject;
      row.closureReason = input.reason;
      row.closureOutcome = input.outcome;
      return input.outcome;
    });
    return toCaseView(row);
  }

  @Authorized(['SUPERVISOR'])
  @Mutation(() => CaseView, {
    description:
      "A supervisor's decision on a closure asked for (结案审批): approved, the case is CLOSED; returned, it stays at EVALUATION. Whoever asked cannot approve.",
  })
  async decideCaseClosure(
    @Arg('input', () => DecideCaseClosureInput) input: DecideCaseClosureInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    if (!input.approve && !input.note) {
      throw badInput('note', 'say why the closure is returned');
    }
    const step = {
      what: 'decide on a closure',
      from: [EVALUATION],
      kind: input.approve ? 'CLOSED' : 'CLOSURE_RETURNED',
    } as const;
    const row = await runCaseStep(ctx, input, step, (row) => {
      if (!row.closureRequestedOn) throw badInput('caseId', 'no closure has been asked for');
      if (row.closureRequestedBy === ctx.principal.subject) {
        throw forbidden('a closure is approved by a supervisor other than whoever asked for it');
      }
      if (input.approve) {
        row.stage = CLOSED;
        row.closedOn = input.on;
        row.closureApprovedBy = ctx.principal.subject;
      } else {
        row.closureRequestedOn = null;
        row.closureRequestedBy = null;
        row.closureReason = null;
        row.closureOutcome = null;
      }
      return input.note ?? null;
    });
    return toCaseView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => CaseView, {
    description:
      "Links a record of your department's about the case's person to the case (关联服务记录); your department's system vouches for it",
  })
  async linkCaseRecord(
    @Arg('input', () => LinkCaseRecordInput) input: LinkCaseRecordInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    const row = await ctx.loaders.caseWork.case.load(input.caseId);
    if (!row || !worksOnCase(ctx.principal, row)) throw unusableReference('case', 'caseId');
    const record = await ctx.records.find(input.record.kind, input.record.id);
    if (!record) throw unusableReference('record', 'record.id');
    if (record.personId !== row.personId) {
      throw badInput('record.id', "the record is not about the case's person");
    }
    await linkRecordToCase(ctx.em, ctx.principal, row.id, record);
    return toCaseView(row);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => CaseView, {
    description:
      'Reopens a closed case (重新开案): it returns to ASSESSMENT; its history, needs and plans stay',
  })
  async reopenCase(
    @Arg('input', () => ReopenCaseInput) input: ReopenCaseInput,
    @Ctx() ctx: Ctx,
  ): Promise<CaseView> {
    const step = { what: 'reopen the case', from: [CLOSED], kind: 'REOPENED' } as const;
    const row = await runCaseStep(ctx, input, step, (row) => {
      row.stage = ASSESSMENT;
      row.closedOn = null;
      row.closureApprovedBy = null;
      row.closureRequestedOn = null;
      row.closureRequestedBy = null;
      row.closureReason = null;
      row.closureOutcome = null;
      return input.reason;
    });
    return toCaseView(row);
  }
}
