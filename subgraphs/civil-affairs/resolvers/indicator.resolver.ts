import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Principal } from '../../../shared/context.js';
import { ANY_ROLE } from '../../../shared/department/access.js';
import { rowsOf } from '../../../shared/db/statements.js';
import { SMALL_CELL_K, suppressesSmallCells } from '../../../shared/department/small-cells.js';
import type { DepartmentCode } from '../../../shared/departments.js';
import { Department, RegionLevel } from '../../../shared/enums.js';
import { badInput, notFound } from '../../../shared/errors.js';
import {
  MEASURES,
  measureOf,
  type MeasureCode,
  type MeasureDefinition,
} from '../../../shared/indicators/measures.js';
import { inScope, NATIONAL_CODE, subtreeInScope } from '../../../shared/scope.js';
import { parseDivisionCode } from '../../../shared/validators/division-code.js';
import {
  IndicatorArgs,
  IndicatorRegionsInput,
  IndicatorTableView,
  MeasureView,
  type IndicatorRowView,
} from '../graphql/indicator.js';
import {
  denseCells,
  MAX_ROWS,
  measureCells,
  periodsOf,
  type Cell,
  type TableRegion,
} from '../indicators/query.js';
import type { CivilAffairsContext } from '../loaders.js';

/** Most divisions one table may have rows for when listed under a division. */
const MAX_REGIONS = 1000;

const NEXT_LEVEL: Partial<Record<RegionLevel, RegionLevel>> = {
  NATIONAL: RegionLevel.PROVINCE,
  PROVINCE: RegionLevel.CITY,
  CITY: RegionLevel.COUNTY,
  COUNTY: RegionLevel.TOWNSHIP,
  TOWNSHIP: RegionLevel.VILLAGE,
};
const COUNTRY: TableRegion = { code: NATIONAL_CODE, name: '全国', level: RegionLevel.NATIONAL };

function measureView(code: string, measure: MeasureDefinition): MeasureView {
  return {
    code,
    name: measure.name,
    unit: measure.unit,
    description: measure.description,
    kind: measure.kind,
    departments: [...measure.departments],
    dimensions: ['DEPARTMENT', ...measure.dimensions],
    public: measure.public ?? false,
  };
}

/** The divisions asked for, each in the caller's region (else refused as if absent). */
async function tableRegions(
  ctx: CivilAffairsContext,
  input: IndicatorRegionsInput | undefined,
): Promise<TableRegion[]> {
  const { principal } = ctx;
  if (input?.codes?.length) {
    if (input.under || input.level) {
      throw badInput('regions', 'give `codes`, or `under` with `level`, not both');
    }
    const codes = [...new Set(input.codes)];
    for (const code of codes) {
      if (code !== NATIONAL_CODE && !parseDivisionCode(code).ok) {
        throw badInput('regions.codes', `${code} is not a division code`);
      }
      if (!inScope(principal, code)) throw notFound('Region', code, 'regions.codes');
    }
    const found = await rowsOf<TableRegion>(
      ctx.em,
      'select code, name, level from regions where code = any(?::text[])',
      [`{${codes.join(',')}}`],
    );
    return codes.map((code) => {
      const region = code === NATIONAL_CODE ? COUNTRY : found.find((r) => r.code === code);
      if (!region) throw notFound('Region', code, 'regions.codes');
      return region;
    });
  }
  const under = input?.under ?? principal.regionCode;
  const prefix = subtreeInScope(principal, under, 'the division', 'regions.under');
  const underLevel =
    under === NATIONAL_CODE
      ? RegionLevel.NATIONAL
      : (parseDivisionCode(under) as { level: RegionLevel }).level;
  const level = input?.level ?? NEXT_LEVEL[underLevel];
  if (!level) throw badInput('regions.level', 'nothing lies below a village');
  const regions = await rowsOf<TableRegion>(
    ctx.em,
    `select code, name, level from regions where level = ? and code like ? and code <> ?
      order by code limit ?`,
    [level, `${prefix}%`, under, MAX_REGIONS + 1],
  );
  if (regions.length > MAX_REGIONS) {
    throw badInput(
      'regions.level',
      `more than ${MAX_REGIONS} divisions: choose a higher level or a smaller division`,
    );
  }
  return regions;
}

/** A cell as the caller may receive it. */
function rowOf(
  cell: Cell,
  measure: MeasureDefinition,
  names: Map<string, string>,
  principal: Principal,
): IndicatorRowView {
  const suppressed =
    !measure.public &&
    suppressesSmallCells(principal) &&
    cell.facts > 0 &&
    cell.facts < SMALL_CELL_K;
  const dim = <T>(name: keyof Cell['dims']) => (cell.dims[name] ?? null) as T | null;
  return {
    measure: cell.measure,
    period: cell.period,
    regionCode: cell.regionCode,
    regionName: names.get(cell.regionCode) ?? cell.regionCode,
    department: cell.department,
    serviceArea: dim('SERVICE_AREA'),
    method: dim('METHOD'),
    targetGroup: dim('TARGET_GROUP'),
    stationLevel: dim('STATION_LEVEL'),
    stationStatus: dim('STATION_STATUS'),
    programme: dim('PROGRAMME'),
    fundSource: dim('FUND_SOURCE'),
    fundLevel: dim('FUND_LEVEL'),
    employment: dim('EMPLOYMENT'),
    certification: dim('CERTIFICATION'),
    value: suppressed ? null : Math.round(cell.value * 100) / 100,
    suppressed,
  };
}

/** The catalogue of measures and the indicator tables, read from the rollups. */
@Resolver()
export class IndicatorResolver {
  @Authorized(ANY_ROLE)
  @Query(() => [MeasureView], {
    description: 'The catalogue of measures (指标目录): what `indicators` can be asked for',
  })
  measures(
    @Arg('department', () => Department, {
      nullable: true,
      description: 'Only the measures this department reports',
    })
    department: DepartmentCode | null,
  ): MeasureView[] {
    return Object.entries(MEASURES)
      .filter(
        ([, measure]) =>
          !department || (measure.departments as readonly string[]).includes(department),
      )
      .map(([code, measure]) => measureView(code, measure));
  }

  @Authorized(ANY_ROLE)
  @Query(() => IndicatorTableView, {
    description:
      'Indicators by period, division and dimension (指标查询), as one table a chart takes as it is; read from rollups kept as records are written, so as fast for a province over years as for a village. For analysts, cells of 1 to 4 records or people about people are suppressed',
  })
  async indicators(
    @Args(() => IndicatorArgs) args: IndicatorArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<IndicatorTableView> {
    const codes = [...new Set(args.measures)];
    for (const code of codes) {
      if (!measureOf(code)) throw badInput('measures', `no measure ${code}: see \`measures\``);
    }
    const periods = periodsOf(args.period.from, args.period.to, args.period.grain);
    const regions = await tableRegions(ctx, args.regions);
    const request = {
      periods,
      grain: args.period.grain,
      regions,
      by: [...new Set(args.by ?? [])],
      departments: args.departments?.length ? (args.departments as DepartmentCode[]) : null,
    };
    const names = new Map(regions.map((region) => [region.code, region.name]));
    // One statement per measure, run side by side.
    const cellsOf = await Promise.all(
      codes.map((code) =>
        regions.length
          ? measureCells(ctx.em, code, MEASURES[code as MeasureCode], request)
          : Promise.resolve([]),
      ),
    );
    const rows: IndicatorRowView[] = [];
    for (const [index, code] of codes.entries()) {
      const measure = MEASURES[code as MeasureCode];
      for (const cell of denseCells(code, cellsOf[index]!, request)) {
        rows.push(rowOf(cell, measure, names, ctx.principal));
        if (rows.length > MAX_ROWS) {
          throw badInput(
            'by',
            `more than ${MAX_ROWS} rows: ask fewer periods, divisions or dimensions`,
          );
        }
      }
    }
    return {
      measures: codes.map((code) => measureView(code, MEASURES[code as MeasureCode])),
      periods: periods.map(({ code, start, end }) => ({ code, start, end })),
      regions: regions.map((region) => ({ ...region, level: region.level as RegionLevel })),
      rows,
      suppressionK: suppressesSmallCells(ctx.principal) ? SMALL_CELL_K : null,
    };
  }
}
