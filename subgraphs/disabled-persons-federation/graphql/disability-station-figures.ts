import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: "What the disabled persons' federation delivers at a station (残联在站服务)",
})
export class DisabilityStationFigures {
  @Field(() => Int, { description: 'Rehabilitation services delivered by the station team' })
  rehabilitationServices!: number;

  @Field(() => Int, { description: 'Different people served' })
  people!: number;

  @Field(() => Float, { description: 'Hours' })
  hours!: number;
}
