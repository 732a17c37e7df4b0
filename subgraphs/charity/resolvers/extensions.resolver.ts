import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Contribution } from '../../../shared/department/contribution.js';
import { personalRecords } from '../../../shared/department/personal-records.js';
import { assertInScope } from '../../../shared/scope.js';
import type { CharityContext } from '../loaders.js';
import { PersonRef, RegionRef, ServiceProjectRef, StationRef } from '../references.js';
import { CharityGrantView, CharityRegionFigures, CharityVolunteerView } from './types.js';
import { AID, grantView, volunteerView } from './views.js';

@Resolver(() => ServiceProjectRef)
export class CharityProjectResolver {
  @FieldResolver(() => Contribution, {
    nullable: true,
    description: 'Charity money in this project: its grants to it (慈善投入)',
  })
  charityContribution(@Root() project: { id: string }, @Ctx() ctx: CharityContext) {
    return ctx.loaders.contribution.load(project.id);
  }

  @FieldResolver(() => [CharityGrantView], {
    nullable: true,
    description: 'Charity grants to this project (慈善资助)',
  })
  async charityGrants(@Root() project: { id: string }, @Ctx() ctx: CharityContext) {
    return (await ctx.loaders.grantsByProject.load(project.id)).map(grantView);
  }
}

@Resolver(() => PersonRef)
export class CharityPersonResolver {
  @FieldResolver(() => [CharityGrantView], {
    nullable: true,
    description:
      "Charity aid received (慈善救助): for charity's caseworkers and supervisors who state a purpose (logged)",
  })
  async charityAid(
    @Root() person: { id: string },
    @Ctx() ctx: CharityContext,
  ): Promise<CharityGrantView[] | null> {
    // Amounts given to a person are financial data: no de-identified form is offered.
    const grants = await personalRecords(
      ctx,
      'assistance',
      AID,
      'charityAid',
      person,
      () => ctx.loaders.grantsByPerson.load(person.id),
      (grant) => grant.recipientRegionCode,
    );
    return grants?.map(grantView) ?? null;
  }
}

@Resolver(() => StationRef)
export class CharityStationResolver {
  @FieldResolver(() => [CharityVolunteerView], {
    nullable: true,
    description: 'Charity volunteers at the station (慈善志愿者)',
  })
  async charityVolunteers(@Root() station: { id: string }, @Ctx() ctx: CharityContext) {
    return (await ctx.loaders.volunteersByStation.load(station.id)).map((volunteer) =>
      volunteerView(volunteer, ctx),
    );
  }
}

@Resolver(() => RegionRef)
export class CharityRegionResolver {
  @FieldResolver(() => CharityRegionFigures, {
    nullable: true,
    description: 'Charity figures over the subtree (慈善数据); only in your region',
  })
  charity(@Root() region: { code: string }, @Ctx() ctx: CharityContext) {
    assertInScope(ctx.principal, region.code, 'statistics');
    return ctx.loaders.regionFigures.load(region.code);
  }
}
