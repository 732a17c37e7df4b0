import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Role } from '../auth.js';
import type { HubContext, Principal } from '../context.js';
import { department, type DepartmentCode } from '../departments.js';
import { ContributionKind, Department, FundSource } from '../enums.js';
import { badInput } from '../errors.js';
import { MoneyScalar } from '../scalars.js';
import { assertDepartment, scopeWhere } from '../scope.js';
import { aggregateSubtrees, idArray, inSubtree, runAggregate, sql } from '../subtree.js';
import {
  assertFundedLawfully,
  assertKindComplete,
  assertLevelFits,
  lockProject,
  paidInto,
} from './contribution-rules.js';
import {
  FundShare,
  giftOf,
  InKindContribution,
  projectGiftsJson,
  projectSharesJson,
  shareOf,
} from './contribution-sources.js';
import { ProjectContribution, type IndicatorValue } from './contribution.entity.js';
import { requireOwned } from './owned.js';
import { chinaToday } from '../input/dates.js';
import { REVERSAL_PREFIX, ReversalInput, reversalOf } from './reversal.js';
import { keyedBy, replayOf } from './written.js';
import { ContributionInput } from './contribution.input.js';

export { ContributionInput, IndicatorInput } from './contribution.input.js';

@ObjectType({ description: 'Performance indicator a department funds a project for (绩效指标)' })
@Directive('@shareable')
export class Indicator {
  @Field({ description: 'What is measured, e.g. 服务人次' })
  name!: string;

  @Field({ description: 'Unit (单位), e.g. 人次, 户, 场次' })
  unit!: string;

  @Field(() => Float, { description: 'Target (目标值)' })
  target!: number;

  @Field(() => Float, { description: 'Achieved so far (完成值)' })
  achieved!: number;
}

@ObjectType({ description: "One department's money in a project (部门资金投入)" })
@Directive('@shareable')
export class Contribution {
  @Field(() => Department, { description: 'Department that pays (出资部门)' })
  department!: Department;

  @Field(() => MoneyScalar, { description: 'Amount allocated (投入金额)' })
  amount!: bigint;

  @Field(() => [FundSource], { description: 'Sources of the money (资金来源)' })
  fundSources!: FundSource[];

  @Field(() => [FundShare], {
    description: 'The money by source and level of government, adding up to amount (按来源、层级)',
  })
  bySource!: FundShare[];

  @Field(() => [InKindContribution], {
    description: 'What was given in kind beside the money, reversed entries left out (实物投入)',
  })
  inKind!: InKindContribution[];

  @Field(() => Int, { description: 'Allocations made (拨款笔数)' })
  allocations!: number;

  @Field(() => [Indicator], { description: 'Indicators the department cares about, latest values' })
  indicators!: Indicator[];
}

/** One department's money in a project, as counted; served as {@link Contribution}. */
export interface ContributionFigures {
  department: Department;
  /** In fen. */
  amount: bigint;
  fundSources: FundSource[];
  /** Money by source and level, in fen. */
  bySource: FundShare[];
  inKind: InKindContribution[];
  allocations: number;
  /** Latest value of each indicator. */
  indicators: IndicatorValue[];
}

/**
 * Per request: each project's contribution from this department, with its money by source and
 * level and its gifts in kind, in one statement per batch.
 */
export function contributionLoader(
  em: EntityManager,
  principal: Principal,
  department: Department,
): DataLoader<string, ContributionFigures | null> {
  return new DataLoader(async (projectIds) => {
    const scope = scopeWhere(principal).regionCode.$like;
    const rows = await runAggregate(
      em,
      sql`SELECT c.project_id::text AS code, sum(c.amount_fen)::text AS amount,
              count(*) FILTER (WHERE c.reverses_id IS NULL AND c.kind = 'MONEY')
                - count(c.reverses_id) FILTER (WHERE c.kind = 'MONEY') AS allocations,
              coalesce(array_to_json(array_agg(DISTINCT c.fund_source) FILTER (WHERE c.kind = 'MONEY')), '[]') AS sources,
              jsonb_agg(c.indicators ORDER BY c.contributed_on, c.created_at) AS indicators,
              ${projectSharesJson(scope)} AS shares, ${projectGiftsJson(scope)} AS gifts
         FROM project_contributions c
        WHERE c.project_id = ANY(${idArray(projectIds)}::uuid[]) AND c.project_region_code LIKE ${scope}
        GROUP BY c.project_id`,
    );
    return projectIds.map((id) => {
      const row = rows.of(id) as Record<string, unknown> | undefined;
      if (!row) return null;
      // Later allocations restate an indicator's latest value.
      const latest = new Map<string, IndicatorValue>();
      for (const list of row.indicators as IndicatorValue[][]) {
        for (const indicator of list) latest.set(indicator.name, indicator);
      }
      return {
        department,
        amount: BigInt(row.amount as string),
        fundSources: (row.sources as FundSource[]).sort(),
        bySource: (row.shares as Array<Record<string, unknown>>).map(shareOf),
        inKind: (row.gifts as Array<Record<string, unknown>>).map(giftOf),
        allocations: Number(row.allocations),
        indicators: [...latest.values()],
      };
    });
  });
}

/** Money this department put into projects bought in each region's subtree, summed in SQL. */
export async function contributedIn(
  em: EntityManager,
  codes: readonly string[],
): Promise<bigint[]> {
  const [rows] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, coalesce(sum(c.amount_fen), 0)::text AS amount
       FROM ${batch} LEFT JOIN project_contributions c ON ${inSubtree('c.project_region_code')} AND c.kind = 'MONEY'
      GROUP BY p.code`,
  ]);
  return codes.map((code) => BigInt(rows.of(code)?.amount ?? 0));
}

/**
 * {@link createContributionResolver} for a department of the registry: its field, mutations and
 * label follow from its entry (`tradeUnionContribution`, `recordTradeUnionContribution`, …).
 */
export function departmentContributionResolver(
  code: DepartmentCode,
  projectType: ClassType<{ id: string }>,
) {
  const entry = department(code);
  if (!entry.moneyLabel) throw new Error(`${code} puts no money into projects through the hub`);
  const stem = entry.fieldStem[0]!.toUpperCase() + entry.fieldStem.slice(1);
  return createContributionResolver({
    department: entry.code,
    field: `${entry.fieldStem}Contribution`,
    mutation: `record${stem}Contribution`,
    reversal: `reverse${stem}Contribution`,
    projectType,
    label: entry.moneyLabel,
  });
}

export interface ContributionResolverOptions {
  department: Department;
  /** Field added to `ServiceProject`, e.g. `tradeUnionContribution`. */
  field: string;
  /** Mutation that records an allocation, e.g. `recordTradeUnionContribution`. */
  mutation: string;
  /** Mutation that reverses one, e.g. `reverseTradeUnionContribution`. */
  reversal: string;
  /** This subgraph's `ServiceProject` reference class. */
  projectType: ClassType<{ id: string }>;
  /** Chinese name of the department, for descriptions. */
  label: string;
  writers?: Role[];
}

/** Loaders a contributing subgraph must provide. */
export interface ContributionLoaders {
  contribution: DataLoader<string, ContributionFigures | null>;
}

/**
 * The `ServiceProject` field with this department's money in a project, and the mutation that
 * records an allocation: the same shape in every department, so that "who pays for what" reads
 * alike across the graph.
 */
export function createContributionResolver(options: ContributionResolverOptions) {
  @Resolver(() => options.projectType)
  class ContributionResolver {
    @FieldResolver(() => Contribution, {
      name: options.field,
      nullable: true,
      description: `Money from ${options.label} in this project (${options.label}投入); null when none or outside your region`,
    })
    contribution(
      @Root() project: { id: string },
      @Ctx() ctx: HubContext<ContributionLoaders>,
    ): Promise<Contribution | null> {
      return ctx.loaders.contribution.load(project.id);
    }

    @Authorized(options.writers ?? ['ADMIN'])
    @Mutation(() => options.projectType, {
      name: options.mutation,
      description: `Records an allocation of ${options.label} money to a project; idempotent by reference (拨款文号)`,
    })
    async recordContribution(
      @Arg('input', () => ContributionInput) input: ContributionInput,
      @Ctx() ctx: HubContext<ContributionLoaders>,
    ): Promise<{ id: string }> {
      assertDepartment(ctx.principal, [options.department], `recording ${options.label} money`);
      assertKindComplete(input);
      assertLevelFits(input.fundSource, input.fundLevel);
      const names = input.indicators.map((indicator) => indicator.name);
      const repeated = names.find((name, index) => names.indexOf(name) !== index);
      if (repeated) throw badInput('indicators', `indicator "${repeated}" is given twice`);
      const project = await requireOwned(
        ctx,
        'project',
        input.projectId,
        'projectId',
        input.projectRegionCode,
      );
      const replay = await replayOf(ctx, ProjectContribution, input, 'reference');
      if (replay) return { id: replay.projectId };
      await ctx.em.transactional(async (em) => {
        await lockProject(em, project.id);
        assertFundedLawfully(
          options.department,
          project,
          {
            amount: input.amount ?? 0n,
            fundSource: input.fundSource,
            on: input.contributedOn,
            dateField: 'contributedOn',
            inKind: input.kind !== ContributionKind.MONEY,
          },
          await paidInto(em, project.id),
        );
        em.create(ProjectContribution, {
          projectId: input.projectId,
          projectRegionCode: project.regionCode,
          kind: input.kind,
          amountFen: input.amount ?? 0n,
          fundSource: input.fundSource,
          fundLevel: input.fundLevel,
          areaM2: input.areaSquareMetres ?? null,
          goodsValueFen: input.goodsValue ?? null,
          goodsCount: input.goodsCount ?? null,
          volunteerMinutes:
            input.volunteerHours == null ? null : Math.round(input.volunteerHours * 60),
          description: input.description ?? null,
          reference: input.reference,
          contributedOn: input.contributedOn,
          indicators: input.indicators.map(({ name, unit, target, achieved }) => ({
            name,
            unit,
            target,
            achieved,
          })),
          ...keyedBy(ctx.principal, input),
        });
      });
      return { id: input.projectId };
    }

    @Authorized(options.writers ?? ['ADMIN'])
    @Mutation(() => options.projectType, {
      name: options.reversal,
      description: `Reverses an allocation of ${options.label} money recorded in error, with a reason (冲正); the entry stays, a negative one is added; reversing again changes nothing`,
    })
    async reverseContribution(
      @Arg('input', () => ReversalInput) input: ReversalInput,
      @Ctx() ctx: HubContext<ContributionLoaders>,
    ): Promise<{ id: string }> {
      assertDepartment(ctx.principal, [options.department], `reversing ${options.label} money`);
      const { original, earlier } = await reversalOf(ctx, ProjectContribution, input, 'allocation');
      if (earlier) return { id: original.projectId };
      ctx.em.create(ProjectContribution, {
        projectId: original.projectId,
        projectRegionCode: original.projectRegionCode,
        kind: original.kind,
        amountFen: -original.amountFen,
        fundSource: original.fundSource,
        fundLevel: original.fundLevel,
        areaM2: original.areaM2 == null ? null : -original.areaM2,
        goodsValueFen: original.goodsValueFen == null ? null : -original.goodsValueFen,
        goodsCount: original.goodsCount == null ? null : -original.goodsCount,
        volunteerMinutes: original.volunteerMinutes == null ? null : -original.volunteerMinutes,
        description: original.description,
        reference: `${REVERSAL_PREFIX}${original.reference}`,
        contributedOn: chinaToday(),
        indicators: [],
        reversesId: original.id,
        reason: input.reason,
        ...keyedBy(ctx.principal, input),
      });
      await ctx.em.flush();
      return { id: original.projectId };
    }
  }
  return ContributionResolver;
}
