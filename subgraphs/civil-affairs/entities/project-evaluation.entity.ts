import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { EvaluationStage, Evaluator, ProjectIndicator } from './enums.js';
import { ServiceProject } from './service-project.entity.js';

// What a project contracted to deliver and how it was judged. Achieved values are never stored:
// they are counted from the service records written under the project.

/** A contracted indicator of a project (绩效指标) and its target. */
@Entity({ tableName: 'project_targets' })
@Unique({ properties: ['projectId', 'indicator'] })
export class ProjectTarget extends BaseEntity {
  @ManyToOne(() => ServiceProject, {
    mapToPk: true,
    fieldName: 'project_id',
    deleteRule: 'cascade',
  })
  projectId!: string;

  @Enum({ items: () => ProjectIndicator })
  indicator!: ProjectIndicator;

  /** The contracted amount, in the indicator's unit. */
  @Property({ type: 'integer' })
  target!: number;
}

/** A mid-term or final evaluation of a project (中期/末期评估). */
@Entity({ tableName: 'project_evaluations' })
export class ProjectEvaluation extends BaseEntity {
  @Index()
  @ManyToOne(() => ServiceProject, {
    mapToPk: true,
    fieldName: 'project_id',
    deleteRule: 'cascade',
  })
  projectId!: string;

  @Enum({ items: () => EvaluationStage })
  stage!: EvaluationStage;

  @Enum({ items: () => Evaluator })
  evaluator!: Evaluator;

  /** The evaluating body, e.g. the third-party organisation; null for a self-evaluation. */
  @Property({ type: 'string', length: 200, nullable: true })
  evaluatorName: string | null = null;

  @Property({ type: 'date' })
  evaluatedOn!: string;

  /** Score out of 100; 60 or more passes (合格). */
  @Property({ type: 'integer' })
  score!: number;

  @Property({ type: 'text' })
  findings!: string;
}

/** Something an evaluation asked the agency to put right (整改事项), and its closure. */
@Entity({ tableName: 'project_rectifications' })
export class ProjectRectification extends BaseEntity {
  @Index()
  @ManyToOne(() => ProjectEvaluation, {
    mapToPk: true,
    fieldName: 'evaluation_id',
    deleteRule: 'cascade',
  })
  evaluationId!: string;

  @Index()
  @ManyToOne(() => ServiceProject, {
    mapToPk: true,
    fieldName: 'project_id',
    deleteRule: 'cascade',
  })
  projectId!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  /** Subject and department of whoever closed it. */
  @Property({ type: 'string', length: 200, nullable: true })
  closedBy: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  closedByDepartment: string | null = null;

  /** How it was put right. */
  @Property({ type: 'text', nullable: true })
  closingNote: string | null = null;
}
