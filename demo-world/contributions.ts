import type { DemoIds } from './random.js';
import type { DemoWorld, WorldPublishedFigures } from './types.js';

/** A department's money put into a project in the demo world. */
export interface WorldContribution {
  id: string;
  projectId: string;
  projectRegionCode: string;
  amountFen: bigint;
  fundSource: string;
  /** Whose money it is (FundLevel). */
  fundLevel: string;
  /** MONEY when absent; premises, goods and volunteers' hours are given in kind, with no amount. */
  kind?: 'MONEY' | 'PREMISES' | 'GOODS' | 'VOLUNTEER_HOURS';
  areaM2?: number;
  goodsValueFen?: bigint;
  goodsCount?: number;
  description?: string;
  reference: string;
  contributedOn: string;
  indicators: Array<{ name: string; unit: string; target: number; achieved: number }>;
}

type Department = keyof NonNullable<WorldPublishedFigures['contributionsYuan']>;

/**
 * A department's published money in the places' projects, one allocation each: city and county
 * money (Sichuan's "整合其他部门资金"), at county level since the projects are the counties'.
 */
export function publishedContributions(
  world: DemoWorld,
  department: Department,
  fundSource: string,
  reference: string,
  ids: DemoIds,
): WorldContribution[] {
  return world.published
    .filter((place) => place.contributionsYuan?.[department] && place.projectId)
    .map((place, index) => {
      const project = world.projects.find((candidate) => candidate.id === place.projectId)!;
      return {
        id: ids.next(),
        projectId: project.id,
        projectRegionCode: project.regionCode,
        amountFen: BigInt(place.contributionsYuan![department]!) * 100n,
        fundSource,
        fundLevel: 'COUNTY',
        reference: `${reference}〔2021〕${index + 1}号`,
        contributedOn: '2021-06-30',
        indicators: [],
      };
    });
}
