import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { hasRole } from '../../../shared/auth.js';
import type { Principal } from '../../../shared/context.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { CASE_TEAM } from '../../../shared/department/access.js';
import { badInput, ErrorCode } from '../../../shared/errors.js';
import { chinaToday } from '../../../shared/input/dates.js';
import { inScope } from '../../../shared/scope.js';
import { Case, CaseEvent } from '../entities/index.js';
import { type CaseStage } from '../entities/enums.js';

// The stages of case work (MZ/T 094) and the rules a supervisor expects between them. Every step
// locks the case, checks where it stands, changes it and appends one event, in one transaction:
// a refused step writes nothing.

/** What a step of case work records in the case's history. */
export type CaseEventKind =
  | 'OPENED'
  | 'NEEDS_ASSESSED'
  | 'PLANNED'
  | 'INTERVENTION_STARTED'
  | 'EVALUATED'
  | 'CLOSURE_REQUESTED'
  | 'CLOSURE_RETURNED'
  | 'CLOSED'
  | 'REOPENED';

/** Whether the caller works on this case: its lead department's case team, in its region. */
export function worksOnCase(
  principal: Principal,
  row: Pick<Case, 'leadDepartment' | 'regionCode'>,
): boolean {
  return (
    principal.department === row.leadDepartment &&
    hasRole(principal, CASE_TEAM) &&
    inScope(principal, row.regionCode)
  );
}

/** A step's date: a day not after today and not before the case's previous step. */
export function stepDateProblem(on: string, previous: string): string | null {
  if (on > chinaToday()) return `on (${on}) is after today`;
  if (on < previous) return `on (${on}) is before the previous step of this case (${previous})`;
  return null;
}

/** A step out of order: the case is not where the step starts from. */
export function outOfOrder(what: string, stage: CaseStage, allowed: readonly CaseStage[]) {
  return new GraphQLError(
    `cannot ${what}: the case is at ${stage}, and this step starts from ${allowed.join(' or ')}`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'caseId', stage } },
  );
}

export interface CaseStep {
  /** In words, for the refusal: "plan the case". */
  what: string;
  from: readonly CaseStage[];
  kind: CaseEventKind;
}

/**
 * Runs one step on a case the caller works on: locks it, checks its stage and the step's date,
 * lets `apply` change it (and write what belongs to the step), then appends the event whose stage
 * is the case's stage afterwards. Returns the case as it stands after the step.
 */
export async function runCaseStep(
  ctx: { em: EntityManager; principal: Principal },
  input: { caseId: string; on: string },
  step: CaseStep,
  apply: (row: Case, tx: EntityManager) => Promise<string | null | void> | string | null | void,
): Promise<Case> {
  return ctx.em.transactional(async (tx) => {
    const row = await tx.findOne(
      Case,
      { id: input.caseId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!row || !worksOnCase(ctx.principal, row)) throw unusableReference('case', 'caseId');
    if (!step.from.includes(row.stage)) throw outOfOrder(step.what, row.stage, step.from);
    const [last] = await tx.execute<Array<{ on: string }>>(
      `select max(effective_on)::text as "on" from case_events where case_id = ?`,
      [row.id],
    );
    const problem = stepDateProblem(input.on, last?.on ?? row.openedOn);
    if (problem) throw badInput('on', problem);
    const fromStage = row.stage;
    const note = await apply(row, tx);
    tx.create(CaseEvent, {
      caseId: row.id,
      kind: step.kind,
      fromStage,
      toStage: row.stage,
      effectiveOn: input.on,
      bySubject: ctx.principal.subject,
      byDepartment: ctx.principal.department,
      note: note ?? null,
    });
    return row;
  });
}
