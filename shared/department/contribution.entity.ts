import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { KeyedDepartmentRecord } from '../db/record.js';
import { ContributionKind, FundLevel, FundSource } from '../enums.js';

/** A performance indicator a department funds a project for (绩效指标). */
export interface IndicatorValue {
  name: string;
  unit: string;
  target: number;
  achieved: number;
}

/**
 * Money a department puts into a project of the integrated catalogue (资金整合), one row per
 * allocation document. Each department keeps these in its own database; the project lives in
 * civil affairs' catalogue, so `projectId` is a plain column.
 */
@Entity({ tableName: 'project_contributions' })
@Index({ properties: ['projectRegionCode'] })
@Unique({ properties: ['keyScope', 'reference'] })
export class ProjectContribution extends KeyedDepartmentRecord {
  @Index()
  @Property({ type: 'uuid' })
  projectId!: string;

  /** The project's region, given by the department, for scope and regional sums. */
  @Property({ type: 'string', length: 12 })
  projectRegionCode!: string;

  /** Money or something given in kind; in-kind entries have no amount (`amountFen` 0). */
  @Enum({ items: () => ContributionKind, default: 'MONEY' })
  kind: ContributionKind & Opt = ContributionKind.MONEY;

  /** Money in fen; 0 for what is given in kind, which is never added to money. */
  @Property({ type: 'bigint', fieldName: 'amount_fen' })
  amountFen!: bigint;

  @Enum({ items: () => FundSource })
  fundSource!: FundSource;

  /** Whose money it is; null only for entries recorded before levels were. */
  @Enum({ items: () => FundLevel, nullable: true })
  fundLevel: FundLevel | null = null;

  /** Premises lent (场地), in whole square metres; negative in a reversal. */
  @Property({ type: 'integer', nullable: true, fieldName: 'area_m2' })
  areaM2: number | null = null;

  /** Goods given (物资): their value in fen; negative in a reversal. */
  @Property({ type: 'bigint', nullable: true, fieldName: 'goods_value_fen' })
  goodsValueFen: bigint | null = null;

  /** Goods given: how many items (件/个), when counted rather than valued; negative in a reversal. */
  @Property({ type: 'integer', nullable: true })
  goodsCount: number | null = null;

  /** Volunteers' time given (志愿服务时长), in minutes as services are; negative in a reversal. */
  @Property({ type: 'integer', nullable: true })
  volunteerMinutes: number | null = null;

  /** What was given in kind (乡镇出场地, 图书…). */
  @Property({ type: 'string', length: 500, nullable: true })
  description: string | null = null;

  /** The department's allocation document number (拨款文号): retries with it change nothing. */
  @Property({ type: 'string', length: 100 })
  reference!: string;

  @Property({ type: 'date' })
  contributedOn!: string;

  @Property({ type: 'json' })
  indicators: IndicatorValue[] & Opt = [];

  /** The allocation this entry reverses (冲正), with a negative amount; null for an allocation. */
  @Property({ type: 'uuid', nullable: true })
  reversesId: string | null = null;

  /** Why the allocation was reversed. */
  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
