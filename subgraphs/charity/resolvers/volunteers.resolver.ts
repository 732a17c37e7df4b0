import { IsOptional, IsUUID, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars.js';
import { requirePlace } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import { assertDepartment } from '../../../shared/scope.js';
import { IsDivisionCode } from '../../../shared/validation.js';
import { CharityVolunteer } from '../entities/index.js';
import type { CharityContext } from '../loaders.js';
import { CharityVolunteerView } from './types.js';
import { volunteerView } from './views.js';
import { EventDate } from '../../../shared/input/rules.js';

@InputType({ description: 'A charity volunteer to register (登记慈善志愿者)' })
class CharityVolunteerInput {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field()
  @IsDivisionCode()
  regionCode!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  stationId?: string | null;

  @Field(() => DateScalar)
  @EventDate()
  joinedOn!: string;
}

@Resolver()
export class CharityVolunteerResolver {
  @Authorized(['ADMIN'])
  @Mutation(() => CharityVolunteerView, {
    description: 'Registers a charity volunteer (登记慈善志愿者)',
  })
  async registerCharityVolunteer(
    @Arg('input', () => CharityVolunteerInput) input: CharityVolunteerInput,
    @Ctx() ctx: CharityContext,
  ) {
    assertDepartment(ctx.principal, ['CHARITY'], 'registering volunteers');
    await requirePlace(ctx, input.regionCode, input.stationId);
    const volunteer = ctx.em.create(CharityVolunteer, {
      ...input,
      stationId: input.stationId ?? null,
      ...writtenBy(ctx.principal),
    });
    await ctx.em.flush();
    return volunteerView(volunteer, ctx);
  }
}
