import DataLoader from 'dataloader';
import { Authorized, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { HubContext } from '../context.js';
import { department, type DepartmentCode } from '../departments.js';
import { assertInScope } from '../scope.js';
import { ANY_ROLE } from './access.js';
import { fundingIn, RegionFunding } from './contribution-sources.js';

// A department's contributions summed over a region: `region { tradeUnionFunding { … } }`, the
// same field in every department that records contributions. Its loader is made once a request,
// the first time the field is asked, so that no department's loaders have to list it.

const loaders = new WeakMap<object, DataLoader<string, RegionFunding>>();

function fundingLoader(ctx: HubContext): DataLoader<string, RegionFunding> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((codes: readonly string[]) => fundingIn(ctx.em, codes));
    loaders.set(ctx, loader);
  }
  return loader;
}

/** The `Region` field with a department's contributions in the region's projects. */
export function departmentFundingResolver(
  code: DepartmentCode,
  regionType: ClassType<{ code: string }>,
) {
  const entry = department(code);
  @Resolver(() => regionType)
  class RegionFundingResolver {
    @Authorized(ANY_ROLE)
    @FieldResolver(() => RegionFunding, {
      name: `${entry.fieldStem}Funding`,
      nullable: true,
      description: `Contributions of ${entry.moneyLabel ?? code} to the projects bought in the region, by source and level, with what was given in kind (项目投入); only in your region`,
    })
    funding(@Root() region: { code: string }, @Ctx() ctx: HubContext): Promise<RegionFunding> {
      assertInScope(ctx.principal, region.code, 'statistics');
      return fundingLoader(ctx).load(region.code);
    }
  }
  return RegionFundingResolver;
}
