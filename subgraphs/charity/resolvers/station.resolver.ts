import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CharityVolunteerView, toCharityVolunteerView } from '../graphql/charity-volunteer.js';
import { StationRef } from '../graphql/references.js';
import type { CharityContext } from '../loaders.js';

@Resolver(() => StationRef)
export class CharityStationResolver {
  @FieldResolver(() => [CharityVolunteerView], {
    nullable: true,
    description: 'Charity volunteers at the station (慈善志愿者)',
  })
  async charityVolunteers(@Root() station: { id: string }, @Ctx() ctx: CharityContext) {
    return (await ctx.loaders.volunteersByStation.load(station.id)).map((volunteer) =>
      toCharityVolunteerView(volunteer, ctx),
    );
  }
}
