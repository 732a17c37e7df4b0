import type { WorldContribution } from './contributions.js';
import { MEISHAN_TIANFU, ULANQAB } from './published-places.js';
import { DemoIds, SeededRandom } from './random.js';
import { distribute } from './published.js';
import { SICHUAN_CITIES, SICHUAN_FUNDING, SICHUAN_SERVICES } from './sichuan.js';
import type { DemoWorld, WorldProject } from './types.js';

// Civil affairs' own entries in the projects it leads, where an article says whose money it was
// or what was given in kind. Where an article names sources without splitting the money between
// them (Ceheng: 省州项目资金, 县级财政, 东西部帮扶资金; Shiyan: 省级拨付资金, 社会救助资金, 福彩公益金,
// 本级财政预算) or names none, nothing is recorded, and the project's funding shows its contract
// amount as unfunded.

type Entry = Omit<WorldContribution, 'id' | 'reference' | 'indicators'>;

/** Sichuan's civil-affairs money in the order it fills the counties' projects. */
function sichuanParts(): Array<Pick<Entry, 'fundSource' | 'fundLevel'> & { yuan: number }> {
  const { provincialSubsidyYuan, cityCountyYuan, civilAffairsFundsYuan, otherDepartmentsYuan } =
    SICHUAN_FUNDING;
  return [
    { fundSource: 'HIGHER_LEVEL_SUBSIDY', fundLevel: 'PROVINCE', yuan: provincialSubsidyYuan },
    // Tianfu's 1 M of integrated purchases is recorded with its own project.
    {
      fundSource: 'INTEGRATED_PURCHASE_FUNDS',
      fundLevel: 'COUNTY',
      yuan: civilAffairsFundsYuan - MEISHAN_TIANFU.investedYuan,
    },
    {
      fundSource: 'GOVERNMENT_BUDGET',
      fundLevel: 'COUNTY',
      yuan: cityCountyYuan - civilAffairsFundsYuan - otherDepartmentsYuan,
    },
  ];
}

/**
 * Fills each project, in order, with what the other departments leave of its contract amount,
 * taking the parts in order: every project is paid exactly, every part is spent exactly.
 */
function fill(
  projects: WorldProject[],
  othersPaid: (project: WorldProject) => bigint,
  parts: Array<Pick<Entry, 'fundSource' | 'fundLevel'> & { yuan: number }>,
): Entry[] {
  const left = parts.map((part) => BigInt(part.yuan) * 100n);
  const entries: Entry[] = [];
  let part = 0;
  for (const project of projects) {
    let need = project.contractAmountFen - othersPaid(project);
    while (need > 0n) {
      if (part >= parts.length) throw new Error('Sichuan: the parts do not cover the projects');
      const take = need < left[part]! ? need : left[part]!;
      entries.push({
        projectId: project.id,
        projectRegionCode: project.regionCode,
        amountFen: take,
        fundSource: parts[part]!.fundSource,
        fundLevel: parts[part]!.fundLevel,
        contributedOn: project.startsOn,
      });
      need -= take;
      left[part]! -= take;
      if (left[part] === 0n) part += 1;
    }
  }
  if (left.some((fen) => fen !== 0n)) throw new Error('Sichuan: a part is left unspent');
  return entries;
}

/** Civil affairs' entries of the demo world; the same world gives the same entries. */
export function civilAffairsFunding(world: DemoWorld): WorldContribution[] {
  const ids = new DemoIds(new SeededRandom(13), Date.parse('2023-01-02T00:00:00Z'));
  const inCounty = (code: string) =>
    world.projects.filter((project) => project.regionCode === code);
  const entries: Entry[] = [];

  // Ulanqab (seed 002): "下拨了自治区福彩公益金 100 万元，用于支持“五社联动”社会工作服务试点项目
  // 建设" — the region's welfare-lottery money pays for the ten stations' projects.
  for (const county of ULANQAB.counties) {
    for (const project of inCounty(county.code)) {
      entries.push({
        projectId: project.id,
        projectRegionCode: project.regionCode,
        amountFen: project.contractAmountFen,
        fundSource: 'WELFARE_LOTTERY',
        fundLevel: 'PROVINCE',
        contributedOn: project.startsOn,
      });
    }
  }

  // Meishan Tianfu New Area (seed 000): "统筹内部社会救助、养老服务、儿童关爱、社区治理等政府购买
  // 服务资金近 100万元"; "协调社区为民服务场所 1000 多平方米"; "整合爱心资源 100余个".
  const [tianfu] = inCounty(MEISHAN_TIANFU.counties[0]!.code);
  if (tianfu) {
    const base = {
      projectId: tianfu.id,
      projectRegionCode: tianfu.regionCode,
      contributedOn: tianfu.startsOn,
    };
    entries.push(
      {
        ...base,
        amountFen: tianfu.contractAmountFen,
        fundSource: 'INTEGRATED_PURCHASE_FUNDS',
        fundLevel: 'COUNTY',
      },
      {
        ...base,
        kind: 'PREMISES',
        amountFen: 0n,
        areaM2: 1_000,
        description: '社区为民服务场所',
        fundSource: 'PUBLIC_ASSETS',
        fundLevel: 'TOWNSHIP',
      },
      {
        ...base,
        kind: 'GOODS',
        amountFen: 0n,
        goodsCount: 100,
        description: '整合爱心资源',
        fundSource: 'LINKED_RESOURCES',
        fundLevel: 'NON_GOVERNMENT',
      },
    );
  }

  // Linze, Pingchuan (seed 002): "链接社会资源计 11 万元图书，在颐和社区建立“阅亮姐姐”儿童阅读空间".
  const pingchuan = world.projects.find((project) => project.name === '平川镇社工站运营项目');
  if (pingchuan) {
    entries.push({
      projectId: pingchuan.id,
      projectRegionCode: pingchuan.regionCode,
      kind: 'GOODS',
      amountFen: 0n,
      goodsValueFen: 11_000_000n,
      description: '图书（“阅亮姐姐”儿童阅读空间）',
      fundSource: 'LINKED_RESOURCES',
      fundLevel: 'NON_GOVERNMENT',
      contributedOn: '2023-06-01',
    });
  }

  // Sichuan's five cities (seed 003): the provincial subsidy, the civil-affairs funds and the
  // city and county budgets fill what the other departments leave of each county's project.
  const counties = new Set(SICHUAN_CITIES.flatMap((city) => city.counties.map((c) => c.code)));
  const others = new Map<string, bigint>();
  for (const place of world.published) {
    if (!place.projectId || !place.contributionsYuan) continue;
    const yuan = Object.values(place.contributionsYuan).reduce((sum, value) => sum + value, 0);
    others.set(place.projectId, (others.get(place.projectId) ?? 0n) + BigInt(yuan) * 100n);
  }
  const sichuan = world.projects.filter((project) => counties.has(project.regionCode));
  entries.push(...fill(sichuan, (project) => others.get(project.id) ?? 0n, sichuanParts()));
  // "链接社会资源 2980 余万元": what the stations linked from society, in kind, spread over the
  // counties' projects.
  const linked = distribute(SICHUAN_SERVICES.linkedResourcesYuan, sichuan.length);
  sichuan.forEach((project, index) =>
    entries.push({
      projectId: project.id,
      projectRegionCode: project.regionCode,
      kind: 'GOODS',
      amountFen: 0n,
      goodsValueFen: BigInt(linked[index]!) * 100n,
      description: '链接社会资源',
      fundSource: 'LINKED_RESOURCES',
      fundLevel: 'NON_GOVERNMENT',
      contributedOn: project.startsOn,
    }),
  );

  return entries.map((entry, index) => ({
    ...entry,
    id: ids.next(),
    reference: `民政拨〔2023〕${index + 1}号`,
    indicators: [],
  }));
}
