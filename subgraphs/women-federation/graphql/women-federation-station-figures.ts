import { Field, Int, ObjectType } from 'type-graphql';
import type { StationServices } from '../stats.js';
import type { ChildrenHome } from '../entities/index.js';
import { ChildrenHomeView, toChildrenHomeView } from './children-home.js';

@ObjectType({ description: "What the women's federation does at a station (妇联在站服务)" })
export class WomenFederationStationFigures {
  @Field(() => [ChildrenHomeView], { description: "Children's homes the station supports" })
  childrenHomes!: ChildrenHomeView[];

  @Field(() => Int, { description: 'Family services (家庭服务场次)' })
  familyServices!: number;

  @Field(() => Int, { description: 'Households served (服务户数)' })
  householdsServed!: number;

  @Field(() => Int, { description: 'Person-times (服务人次)' })
  personTimes!: number;
}

/** A station's homes and the sums of its family services. */
export function toWomenFederationStationFigures(
  homes: ChildrenHome[],
  services: StationServices,
): WomenFederationStationFigures {
  return {
    childrenHomes: homes.map(toChildrenHomeView),
    familyServices: services.services,
    householdsServed: services.households,
    personTimes: services.personTimes,
  };
}
