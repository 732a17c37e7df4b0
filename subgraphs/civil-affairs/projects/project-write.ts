import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../../shared/context.js';
import { unusableReference } from '../../../shared/department/owned.js';
import { badInput, forbidden } from '../../../shared/errors.js';
import { inScope } from '../../../shared/scope.js';
import { type EvaluationStage } from '../entities/enums.js';
import {
  ProjectEvaluation,
  ProjectMilestone,
  ProjectRectification,
  ProjectServiceItem,
  ProjectTarget,
  ServiceProject,
} from '../entities/index.js';
import type {
  ProjectServiceItemInput,
  ProjectTargetInput,
} from '../graphql/project-lifecycle.input.js';
import { passed, type ProjectFacts } from './rules.js';

// Every step of a project's life cycle runs in one transaction with the project's row locked, so
// two steps on one project never interleave and a refused step leaves nothing behind.

/** Who writes a project: its lead department's or civil affairs' administrators and supervisors. */
export function writesProject(principal: Principal, project: ServiceProject): boolean {
  return (
    principal.department === project.leadDepartment || principal.department === 'CIVIL_AFFAIRS'
  );
}

/**
 * Runs `apply` on the project `projectId`, locked, in one transaction. Outside the caller's
 * region it is absent (`NOT_FOUND` on `field`, as for an id never issued); inside it, a
 * department that neither leads it nor is civil affairs is refused.
 */
export async function onProject<T>(
  ctx: { em: EntityManager; principal: Principal },
  projectId: string,
  field: string,
  apply: (project: ServiceProject, tx: EntityManager) => Promise<T>,
  noun = 'service project',
): Promise<T> {
  return ctx.em.transactional(async (tx) => {
    const project = await tx.findOne(
      ServiceProject,
      { id: projectId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!project || !inScope(ctx.principal, project.regionCode)) {
      throw unusableReference(noun, field);
    }
    if (!writesProject(ctx.principal, project)) {
      throw forbidden(
        `projects are written by their lead department (${project.leadDepartment}) and civil affairs`,
      );
    }
    return apply(project, tx);
  });
}

/** The contract and the evaluations of a project, read in the step's transaction. */
export async function factsOf(tx: EntityManager, project: ServiceProject): Promise<ProjectFacts> {
  const evaluations = await tx.find(ProjectEvaluation, { projectId: project.id });
  const open = await tx.count(ProjectRectification, { projectId: project.id, closedOn: null });
  return factsFrom(project, evaluations, open);
}

/** The facts of a project from its evaluations and the number of rectifications still open. */
export function factsFrom(
  project: Pick<
    ServiceProject,
    'contractNumber' | 'contractSignedOn' | 'agencyId' | 'procurementMethod'
  >,
  evaluations: Array<Pick<ProjectEvaluation, 'stage' | 'score'>>,
  openRectifications: number,
): ProjectFacts {
  return {
    contractNumber: project.contractNumber,
    contractSignedOn: project.contractSignedOn,
    agencyId: project.agencyId,
    procurementMethod: project.procurementMethod,
    passedStages: new Set<EvaluationStage>(
      evaluations.filter((row) => passed(row.score)).map((row) => row.stage),
    ),
    openRectifications,
  };
}

/** One target per indicator: a second one for the same indicator is refused. */
export function targetsProblem(targets: ProjectTargetInput[]): void {
  const seen = new Set<string>();
  targets.forEach((target, index) => {
    if (seen.has(target.indicator)) {
      throw badInput(`targets.${index}.indicator`, `${target.indicator} is listed twice`);
    }
    seen.add(target.indicator);
  });
}

/** Replaces a project's bundle of service items and its targets with the lists given. */
export async function replaceScope(
  tx: EntityManager,
  principal: Principal,
  projectId: string,
  items: ProjectServiceItemInput[] | null | undefined,
  targets: ProjectTargetInput[] | null | undefined,
): Promise<void> {
  const writer = { recordedBy: principal.subject, recordedByDepartment: principal.department };
  if (items) {
    await tx.nativeDelete(ProjectServiceItem, { projectId });
    for (const item of items) tx.create(ProjectServiceItem, { ...writer, projectId, ...item });
  }
  if (targets) {
    targetsProblem(targets);
    await tx.nativeDelete(ProjectTarget, { projectId });
    for (const target of targets) tx.create(ProjectTarget, { ...writer, projectId, ...target });
  }
}

/** The tranches of a project together, in fen. */
export async function tranchesOf(tx: EntityManager, projectId: string): Promise<bigint> {
  const milestones = await tx.find(ProjectMilestone, { projectId });
  return milestones.reduce((sum, row) => sum + BigInt(row.trancheAmountFen ?? 0n), 0n);
}
