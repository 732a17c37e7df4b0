import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { ContributionKind, FundLevel, FundSource } from '../enums.js';
import { DateScalar, MoneyScalar } from '../scalars.js';
import { aggregateSubtrees, inSubtree, sql, type Sql } from '../subtree.js';

// Who paid what from which source at which level, and what was given in kind beside the money:
// the same figures in every department that records contributions, for a project and summed over
// a region, netted of reversals in SQL.

@ObjectType({ description: 'Money from one source at one level (资金来源与层级)' })
@Directive('@shareable')
export class FundShare {
  @Field(() => FundSource, { description: 'Source (资金来源)' })
  source!: FundSource;

  @Field(() => FundLevel, {
    nullable: true,
    description: 'Level of government (资金层级); null for entries recorded before levels were',
  })
  level!: FundLevel | null;

  @Field(() => MoneyScalar, { description: 'Amount, reversals netted (金额)' })
  amount!: bigint;
}

@ObjectType({ description: 'Something given to a project in kind, beside money (实物投入)' })
@Directive('@shareable')
export class InKindContribution {
  @Field(() => ContributionKind, { description: 'What is given (投入形式)' })
  kind!: ContributionKind;

  @Field(() => FundSource, { description: 'Where it comes from (来源)' })
  source!: FundSource;

  @Field(() => FundLevel, { nullable: true, description: 'Level (层级)' })
  level!: FundLevel | null;

  @Field(() => String, { nullable: true, description: 'What it is (说明), e.g. 乡镇出场地' })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: 'Premises: area in square metres (面积)' })
  areaSquareMetres!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Goods: their value (物资价值)' })
  goodsValue!: bigint | null;

  @Field(() => Int, { nullable: true, description: 'Goods: how many items (件数)' })
  goodsCount!: number | null;

  @Field(() => Float, { nullable: true, description: "Volunteers' hours (志愿服务时长)" })
  volunteerHours!: number | null;

  @Field(() => DateScalar, { description: 'Given on (投入日期)' })
  contributedOn!: string;
}

@ObjectType({
  description: "A department's contributions to the projects of a region (区域项目投入)",
})
@Directive('@shareable')
export class RegionFunding {
  @Field(() => MoneyScalar, { description: 'Money, reversals netted (资金合计)' })
  amount!: bigint;

  @Field(() => [FundShare], { description: 'Money by source and level (按来源、层级)' })
  bySource!: FundShare[];

  @Field(() => Int, { description: 'Premises lent, square metres (场地面积)' })
  premisesSquareMetres!: number;

  @Field(() => MoneyScalar, { description: 'Value of goods given (物资价值)' })
  goodsValue!: bigint;

  @Field(() => Int, { description: 'Items of goods given where counted (物资件数)' })
  goodsCount!: number;

  @Field(() => Float, { description: "Volunteers' hours given (志愿服务时长)" })
  volunteerHours!: number;
}

/** A row of `project_contributions` taken as money by source and level. */
export const shareOf = (row: Record<string, unknown>): FundShare => ({
  source: row.source as FundSource,
  level: (row.level as FundLevel | null) ?? null,
  amount: BigInt(row.amount as string),
});

/**
 * A gift in kind as {@link projectGiftsJson} gives it: kind, source, level, description, area,
 * value (text), count, minutes and contributedOn.
 */
export const giftOf = (row: Record<string, unknown>): InKindContribution => ({
  kind: row.kind as ContributionKind,
  source: row.source as FundSource,
  level: (row.level as FundLevel | null) ?? null,
  description: (row.description as string | null) ?? null,
  areaSquareMetres: row.area == null ? null : Number(row.area),
  goodsValue: row.value == null ? null : BigInt(row.value as string),
  goodsCount: row.count == null ? null : Number(row.count),
  volunteerHours: row.minutes == null ? null : Number(row.minutes) / 60,
  contributedOn: row.contributedOn as string,
});

/**
 * A correlated subquery for one project (`c.project_id`): its money by source and level in the
 * scope, reversals netted, as a JSON array for {@link shareOf}.
 */
export const projectSharesJson = (
  scopePattern: string,
): Sql => sql`(SELECT coalesce(json_agg(json_build_object('source', s.source, 'level', s.level, 'amount', s.amount)
            ORDER BY s.source, s.level), '[]')
       FROM (SELECT m.fund_source AS source, m.fund_level AS level, sum(m.amount_fen)::text AS amount
               FROM project_contributions m
              WHERE m.project_id = c.project_id AND m.project_region_code LIKE ${scopePattern} AND m.kind = 'MONEY'
              GROUP BY 1, 2 HAVING sum(m.amount_fen) <> 0) s)`;

/**
 * A correlated subquery for one project (`c.project_id`): what it was given in kind in the scope,
 * reversed entries left out, in the order given, as a JSON array for {@link giftOf}.
 */
export const projectGiftsJson = (
  scopePattern: string,
): Sql => sql`(SELECT coalesce(json_agg(json_build_object('kind', g.kind, 'source', g.fund_source, 'level', g.fund_level,
            'description', g.description, 'area', g.area_m2, 'value', g.goods_value_fen::text, 'count', g.goods_count,
            'minutes', g.volunteer_minutes, 'contributedOn', g.contributed_on::text) ORDER BY g.contributed_on, g.id), '[]')
       FROM project_contributions g
      WHERE g.project_id = c.project_id AND g.project_region_code LIKE ${scopePattern} AND g.kind <> 'MONEY'
        AND g.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM project_contributions r WHERE r.reverses_id = g.id))`;

/** This department's contributions to the projects of each region's subtree, summed in SQL. */
export async function fundingIn(
  em: EntityManager,
  codes: readonly string[],
): Promise<RegionFunding[]> {
  const [shares, gifts] = await aggregateSubtrees(em, codes, [
    (batch) => sql`SELECT p.code, c.fund_source AS source, c.fund_level AS level,
            sum(c.amount_fen)::text AS amount
       FROM ${batch} JOIN project_contributions c ON ${inSubtree('c.project_region_code')}
      WHERE c.kind = 'MONEY'
      GROUP BY 1, 2, 3 HAVING sum(c.amount_fen) <> 0 ORDER BY 1, 2, 3`,
    (batch) => sql`SELECT p.code, coalesce(sum(c.area_m2), 0) AS area,
            coalesce(sum(c.goods_value_fen), 0)::text AS value,
            coalesce(sum(c.goods_count), 0) AS count,
            coalesce(sum(c.volunteer_minutes), 0) AS minutes
       FROM ${batch} LEFT JOIN project_contributions c ON ${inSubtree('c.project_region_code')} AND c.kind <> 'MONEY'
      GROUP BY p.code`,
  ]);
  return codes.map((code) => {
    const bySource = shares.allOf(code).map(shareOf);
    const gift = gifts.of(code);
    return {
      amount: bySource.reduce((sum, share) => sum + share.amount, 0n),
      bySource,
      premisesSquareMetres: Number(gift?.area ?? 0),
      goodsValue: BigInt(gift?.value ?? 0),
      goodsCount: Number(gift?.count ?? 0),
      volunteerHours: Number(gift?.minutes ?? 0) / 60,
    };
  });
}
