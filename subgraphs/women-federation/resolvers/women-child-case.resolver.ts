import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { CASE_TEAM, PERSON_READERS } from '../../../shared/department/access.js';
import { requirePersonOf } from '../../../shared/department/owned.js';
import { writeOnce } from '../../../shared/department/written.js';
import { badInput, forbidden } from '../../../shared/errors.js';
import { inDateRange } from '../../../shared/input/period.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { assertDepartment, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { caseAccess } from '../access.js';
import { WomenChildCase, WomenChildCaseStatus } from '../entities/index.js';
import { WomenChildCaseFilter, WomenChildCaseInput } from '../graphql/inputs.js';
import {
  toWomenChildCaseView,
  toWomenChildCaseViews,
  WomenChildCaseConnection,
  WomenChildCaseView,
} from '../graphql/women-child-case.js';
import type { WomenFederationContext } from '../loaders.js';

/** A person's cases, latest first, as the caller may see them. */
async function casesOf(personId: string, ctx: WomenFederationContext) {
  const cases = await ctx.em.find(WomenChildCase, { personId }, { orderBy: { openedOn: 'desc' } });
  return toWomenChildCaseViews(cases, ctx);
}

@Resolver(() => WomenChildCaseView)
export class WomenChildCaseResolver {
  @Authorized(PERSON_READERS)
  @Query(() => WomenChildCaseConnection, {
    description:
      "Women and children cases of people in your region (妇女儿童个案列表): for the federation's caseworkers, analysts (de-identified) and supervisors who state a purpose (logged)",
  })
  async womenChildCases(
    @Arg('filter', () => WomenChildCaseFilter, { nullable: true })
    filter: WomenChildCaseFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: WomenFederationContext,
  ): Promise<Connection<WomenChildCaseView>> {
    if (caseAccess(ctx.principal, ctx.purpose) === 'none') {
      throw forbidden(
        "cases are for the women's federation, analysts and supervisors who state a purpose",
      );
    }
    const where = {
      $and: [
        { personRegionCode: scopeWhere(ctx.principal).regionCode },
        subtreeFilter(filter?.regionCode, 'personRegionCode'),
        filter?.kind ? { kind: filter.kind } : {},
        filter?.status ? { status: filter.status } : {},
        inDateRange('openedOn', filter?.from, filter?.to),
      ],
    };
    const cases = await findConnection(ctx.em, WomenChildCase, where, page);
    return mapConnection(cases, async (item) => (await toWomenChildCaseView(item, ctx))!);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => [WomenChildCaseView], {
    nullable: true,
    description: "Opens a case (立案); idempotent by case number; returns the person's cases",
  })
  async openWomenChildCase(
    @Arg('input', () => WomenChildCaseInput) input: WomenChildCaseInput,
    @Ctx() ctx: WomenFederationContext,
  ) {
    assertDepartment(ctx.principal, ['WOMEN_FEDERATION'], 'keeping cases');
    const person = await requirePersonOf(ctx, input);
    await writeOnce(ctx, WomenChildCase, input, 'reference', {
      personId: input.personId,
      personRegionCode: person.regionCode,
      kind: input.kind,
      openedOn: input.openedOn,
      summary: input.summary,
      reference: input.reference,
      status: WomenChildCaseStatus.OPEN,
    });
    return casesOf(input.personId, ctx);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => [WomenChildCaseView], {
    nullable: true,
    description: "Closes a case (结案); returns the person's cases",
  })
  async closeWomenChildCase(
    @Arg('reference') reference: string,
    @Arg('closedOn', () => DateScalar) closedOn: string,
    @Ctx() ctx: WomenFederationContext,
  ) {
    assertDepartment(ctx.principal, ['WOMEN_FEDERATION'], 'keeping cases');
    const matches = await ctx.em.find(
      WomenChildCase,
      { reference, personRegionCode: scopeWhere(ctx.principal).regionCode },
      { limit: 2 },
    );
    // Case numbers are unique within a county's team: one in a wider region may name two.
    if (matches.length > 1) {
      throw badInput('reference', `case number ${reference} names several cases in your region`);
    }
    const found = matches[0];
    if (!found) {
      throw new GraphQLError('reference: no such case in your region', {
        extensions: { code: 'NOT_FOUND', field: 'reference' },
      });
    }
    if (closedOn < found.openedOn)
      throw badInput(
        'closedOn',
        `closedOn (${closedOn}) is before the case was opened (${found.openedOn})`,
      );
    Object.assign(found, { status: WomenChildCaseStatus.CLOSED, closedOn });
    await ctx.em.flush();
    return casesOf(found.personId, ctx);
  }
}
