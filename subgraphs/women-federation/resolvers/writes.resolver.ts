import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  InputType,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { GraphQLError } from 'graphql';
import { ROLES } from '../../../shared/auth.js';
import { requirePersonOf, requirePlace } from '../../../shared/department/owned.js';
import { keyedBy, replayOf, writtenBy } from '../../../shared/department/written.js';
import { DateScalar } from '../../../shared/scalars.js';
import { badInput } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { assertDepartment, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import {
  ChildrenHome,
  ChildrenHomeStatus,
  FamilyService,
  WomenChildCase,
  WomenChildCaseStatus,
} from '../entities/index.js';
import type { WomenFederationContext } from '../loaders.js';
import { homeView, viewCases } from './extensions.resolver.js';
import {
  ChildrenHomeInput,
  ChildrenHomeView,
  FamilyServiceInput,
  WomenChildCaseInput,
  WomenChildCaseView,
  WomenFederationStationFigures,
} from './types.js';

export const ChildrenHomeConnection = connectionType(
  ChildrenHomeView,
  'ChildrenHome',
  "children's homes (儿童之家)",
);

@InputType({ description: "Which children's homes to list" })
class ChildrenHomeFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => ChildrenHomeStatus, { nullable: true })
  status?: ChildrenHomeStatus | null;
}

@Resolver()
export class WomenFederationResolver {
  @Authorized([...ROLES])
  @Query(() => ChildrenHomeConnection, {
    description: "Children's homes in your region (儿童之家)",
  })
  async childrenHomes(
    @Arg('filter', () => ChildrenHomeFilter, { nullable: true }) filter: ChildrenHomeFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: WomenFederationContext,
  ): Promise<Connection<ChildrenHomeView>> {
    const where = {
      $and: [
        { villageCode: scopeWhere(ctx.principal).regionCode },
        subtreeFilter(filter?.regionCode, 'villageCode'),
        filter?.status ? { status: filter.status } : {},
      ],
    };
    return mapConnection(await findConnection(ctx.em, ChildrenHome, where, page), homeView);
  }

  @Authorized(['ADMIN'])
  @Mutation(() => ChildrenHomeView, {
    description: "Registers a children's home (登记儿童之家); idempotent by village and name",
  })
  async registerChildrenHome(
    @Arg('input', () => ChildrenHomeInput) input: ChildrenHomeInput,
    @Ctx() ctx: WomenFederationContext,
  ) {
    assertDepartment(ctx.principal, ['WOMEN_FEDERATION'], "registering children's homes");
    await requirePlace(ctx, input.villageCode, input.stationId, 'villageCode');
    const existing = await ctx.em.findOne(ChildrenHome, {
      villageCode: input.villageCode,
      name: input.name,
    });
    const fields = {
      stationId: input.stationId ?? null,
      openedOn: input.openedOn,
      status: ChildrenHomeStatus.OPERATING,
    };
    const home = existing
      ? Object.assign(existing, fields)
      : ctx.em.create(ChildrenHome, {
          name: input.name,
          villageCode: input.villageCode,
          ...fields,
          ...writtenBy(ctx.principal),
        });
    await ctx.em.flush();
    return homeView(home);
  }

  @Authorized(['CASEWORKER', 'SUPERVISOR'])
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
    const earlier = await replayOf(ctx, WomenChildCase, input, 'reference');
    if (!earlier) {
      ctx.em.create(WomenChildCase, {
        personId: input.personId,
        personRegionCode: person.regionCode,
        kind: input.kind,
        openedOn: input.openedOn,
        summary: input.summary,
        reference: input.reference,
        status: WomenChildCaseStatus.OPEN,
        ...keyedBy(ctx.principal, input),
      });
      await ctx.em.flush();
    }
    return viewCases(
      await ctx.em.find(
        WomenChildCase,
        { personId: input.personId },
        { orderBy: { openedOn: 'desc' } },
      ),
      ctx,
    );
  }

  @Authorized(['CASEWORKER', 'SUPERVISOR'])
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
    return viewCases(
      await ctx.em.find(
        WomenChildCase,
        { personId: found.personId },
        { orderBy: { openedOn: 'desc' } },
      ),
      ctx,
    );
  }

  @Authorized(['CASEWORKER', 'SUPERVISOR'])
  @Mutation(() => WomenFederationStationFigures, {
    nullable: true,
    description:
      "Records a family service (记录家庭服务); returns the station's figures when given",
  })
  async recordFamilyService(
    @Arg('input', () => FamilyServiceInput) input: FamilyServiceInput,
    @Ctx() ctx: WomenFederationContext,
  ) {
    assertDepartment(ctx.principal, ['WOMEN_FEDERATION'], 'recording family services');
    await requirePlace(ctx, input.regionCode, input.stationId);
    const earlier = await replayOf(ctx, FamilyService, input, 'idempotencyKey');
    if (!earlier) {
      ctx.em.create(FamilyService, {
        ...input,
        stationId: input.stationId ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        ...keyedBy(ctx.principal, input),
      });
      await ctx.em.flush();
    }
    if (!input.stationId) return null;
    const services = await ctx.loaders.servicesByStation.load(input.stationId);
    return {
      childrenHomes: (await ctx.loaders.homesByStation.load(input.stationId)).map(homeView),
      familyServices: Number(services?.services ?? 0),
      householdsServed: Number(services?.households ?? 0),
      personTimes: Number(services?.person_times ?? 0),
    };
  }
}
