import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../shared/errors.js';
import {
  EvaluationStage,
  ProjectIndicator,
  ProjectStatus,
  TrancheCondition,
} from '../entities/enums.js';

// The life cycle of a purchased-service project, after the stages of the Ministry of Finance's
// rules on government purchase of services (政府购买服务管理办法): plan, purchase, contract,
// deliver, evaluate, settle. Each rule returns the problem or null, so that the mutations throw
// it and the tests can read it.

const { PLANNED, PROCURING, ACTIVE, EVALUATING, COMPLETED, TERMINATED } = ProjectStatus;

/** Where a project may go from each status. */
export const TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  [PLANNED]: [PROCURING, TERMINATED],
  [PROCURING]: [ACTIVE, TERMINATED],
  // A failed final evaluation sends the project back to delivery for rectification.
  [ACTIVE]: [EVALUATING, TERMINATED],
  [EVALUATING]: [ACTIVE, COMPLETED, TERMINATED],
  [COMPLETED]: [],
  [TERMINATED]: [],
};

/** Statuses in which the plain fields (name, term, amount, scope, stations, items, targets) change. */
export const EDITABLE: readonly ProjectStatus[] = [PLANNED, PROCURING];
/** Statuses in which a signed contract is changed by amendment. */
export const AMENDABLE: readonly ProjectStatus[] = [ACTIVE, EVALUATING];
/** Statuses in which milestones are added. */
export const OPEN: readonly ProjectStatus[] = [PLANNED, PROCURING, ACTIVE, EVALUATING];
/** Statuses in which a tranche whose condition holds is paid. */
export const PAYING: readonly ProjectStatus[] = [ACTIVE, EVALUATING, COMPLETED, TERMINATED];
/** The status in which each evaluation is made. */
export const EVALUATED_IN: Readonly<Record<EvaluationStage, ProjectStatus>> = {
  [EvaluationStage.MID_TERM]: ACTIVE,
  [EvaluationStage.FINAL]: EVALUATING,
};

/** The lowest passing score out of 100 (合格). */
export const PASS_MARK = 60;

/** Whether an evaluation with this score passed. */
export function passed(score: number): boolean {
  return score >= PASS_MARK;
}

/** The unit in which each indicator is contracted and counted. */
export const INDICATOR_UNITS: Readonly<Record<ProjectIndicator, string>> = {
  [ProjectIndicator.CASES]: '个',
  [ProjectIndicator.GROUPS]: '节',
  [ProjectIndicator.ACTIVITIES]: '场',
  [ProjectIndicator.PERSON_TIMES]: '人次',
  [ProjectIndicator.HOURS]: '小时',
  [ProjectIndicator.HOUSEHOLDS_VISITED]: '户',
};

/** A refusal of a step that the project's status or facts do not allow, naming the field at fault. */
export function refused(field: string, message: string, status?: ProjectStatus): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, ...(status ? { status } : {}) },
  });
}

/** The step needs the project in one of `allowed`. */
export function statusProblem(
  what: string,
  status: ProjectStatus,
  allowed: readonly ProjectStatus[],
): GraphQLError | null {
  if (allowed.includes(status)) return null;
  return refused(
    'projectId',
    `cannot ${what}: the project is ${status}, and this is done only when it is ${allowed.join(' or ')}`,
    status,
  );
}

/** What a project's evaluations and contract say, for the rules that depend on them. */
export interface ProjectFacts {
  contractNumber: string | null;
  contractSignedOn: string | null;
  agencyId: string | null;
  procurementMethod: string | null;
  /** Stages with at least one passed evaluation. */
  passedStages: ReadonlySet<EvaluationStage>;
  /** Rectification items not yet closed. */
  openRectifications: number;
}

/** Whether the project may move from its status to `to`; the refusal names the missing fact. */
export function transitionProblem(
  from: ProjectStatus,
  to: ProjectStatus,
  facts: ProjectFacts,
  reason: string | null | undefined,
): GraphQLError | null {
  if (!TRANSITIONS[from].includes(to)) {
    const next = TRANSITIONS[from];
    return refused(
      'status',
      next.length === 0
        ? `a ${from} project does not change status`
        : `a ${from} project moves to ${next.join(' or ')}, not ${to}`,
      from,
    );
  }
  if (to === PROCURING && !facts.procurementMethod) {
    return refused('procurementMethod', 'say how the project is purchased before procuring it');
  }
  if (to === ACTIVE) {
    if (!facts.agencyId) return refused('agencyId', 'no agency has been contracted');
    if (!facts.contractNumber) return refused('contractNumber', 'no contract has been signed');
    if (!facts.contractSignedOn) return refused('contractSignedOn', 'no contract has been signed');
  }
  if (to === COMPLETED && !facts.passedStages.has(EvaluationStage.FINAL)) {
    return refused('status', 'a project completes only after a passed final evaluation', from);
  }
  if (to === COMPLETED && facts.openRectifications > 0) {
    return refused(
      'status',
      `a project completes only when its rectification items are closed; ${facts.openRectifications} still open`,
      from,
    );
  }
  if (to === TERMINATED && !reason) return refused('reason', 'say why the project is terminated');
  return null;
}

/** Whether a tranche's condition holds. */
export function conditionHolds(condition: TrancheCondition, facts: ProjectFacts): boolean {
  switch (condition) {
    case TrancheCondition.ON_SIGNING:
      return facts.contractSignedOn != null;
    case TrancheCondition.MID_TERM_PASSED:
      return facts.passedStages.has(EvaluationStage.MID_TERM);
    case TrancheCondition.FINAL_PASSED:
      return facts.passedStages.has(EvaluationStage.FINAL);
  }
}

/** Whether a milestone's tranche may be paid now: it has one, unpaid, and its condition holds. */
export function payable(
  milestone: { trancheCondition: TrancheCondition | null; paidOn: string | null },
  status: ProjectStatus,
  facts: ProjectFacts,
): boolean {
  return (
    milestone.trancheCondition != null &&
    milestone.paidOn == null &&
    PAYING.includes(status) &&
    conditionHolds(milestone.trancheCondition, facts)
  );
}
