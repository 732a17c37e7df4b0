import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader } from '../../../shared/loaders.js';
import {
  ProjectAmendment,
  ProjectBid,
  ProjectEvaluation,
  ProjectMilestone,
  ProjectRectification,
  ProjectServiceItem,
  ProjectTarget,
} from '../entities/index.js';
import { achievedOf } from './achieved.js';

/**
 * Loaders of a project's purchase, contract and evaluation, one statement per batch of projects.
 * They are reached only through a project the caller may see, so they need no scope of their own.
 */
export function createProjectLoaders(em: EntityManager) {
  return {
    bids: groupLoader(em, ProjectBid, 'projectId', { createdAt: 'asc', id: 'asc' }),
    items: groupLoader(em, ProjectServiceItem, 'projectId', { department: 'asc', id: 'asc' }),
    milestones: groupLoader(em, ProjectMilestone, 'projectId', { dueOn: 'asc', id: 'asc' }),
    amendments: groupLoader(em, ProjectAmendment, 'projectId', { amendedOn: 'asc', id: 'asc' }),
    targets: groupLoader(em, ProjectTarget, 'projectId', { indicator: 'asc' }),
    evaluations: groupLoader(em, ProjectEvaluation, 'projectId', { evaluatedOn: 'asc', id: 'asc' }),
    rectifications: groupLoader(em, ProjectRectification, 'projectId', { dueOn: 'asc', id: 'asc' }),
    achieved: new DataLoader((ids: readonly string[]) => achievedOf(em, ids)),
  };
}
