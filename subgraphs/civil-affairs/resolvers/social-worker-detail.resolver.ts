import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { WORKFORCE } from '../../../shared/department/access.js';
import { maskPersonal, personalTreatment } from '../../../shared/department/masking.js';
import type { PersonalKind } from '../../../shared/department/masking.js';
import { DateScalar } from '../../../shared/scalars.js';
import { SocialWorkerView } from '../graphql/social-worker.js';
import {
  SocialWorkerAllowanceView,
  SocialWorkerRewardView,
  SocialWorkerTrainingView,
  toAllowanceView,
  toRewardView,
  toTrainingView,
} from '../graphql/worker-detail.js';
import type { CivilAffairsContext } from '../loaders.js';

/** Whether the caller sees a worker's file of this kind (staff do; viewers and auditors do not). */
const shown = (kind: PersonalKind, ctx: CivilAffairsContext) =>
  personalTreatment(kind, ctx.principal, ctx.purpose, WORKFORCE) === 'shown';

/** A social worker's file beyond the post: personal data, each kind by its masking rule. */
@Resolver(() => SocialWorkerView)
export class SocialWorkerDetailResolver {
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'When the qualification was obtained (取证日期): for staff of every department; null for viewers and auditors',
  })
  certifiedOn(@Root() worker: SocialWorkerView, @Ctx() ctx: CivilAffairsContext): string | null {
    return maskPersonal('eventDate', worker.certifiedOn, ctx.principal, ctx.purpose, WORKFORCE);
  }

  @FieldResolver(() => [SocialWorkerTrainingView], {
    nullable: true,
    description: 'Trainings attended (培训记录), oldest first: for staff; null for others',
  })
  async trainings(
    @Root() worker: SocialWorkerView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerTrainingView[] | null> {
    if (!shown('eventDate', ctx)) return null;
    return (await ctx.loaders.standards.trainings.load(worker.id)).map(toTrainingView);
  }

  @FieldResolver(() => [SocialWorkerAllowanceView], {
    nullable: true,
    description: 'Allowances paid (津贴补贴), oldest first: for staff; null for others',
  })
  async allowances(
    @Root() worker: SocialWorkerView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerAllowanceView[] | null> {
    if (!shown('assistance', ctx)) return null;
    return (await ctx.loaders.standards.allowances.load(worker.id)).map(toAllowanceView);
  }

  @FieldResolver(() => [SocialWorkerRewardView], {
    nullable: true,
    description: 'Rewards and honours (表彰奖励), oldest first: for staff; null for others',
  })
  async rewards(
    @Root() worker: SocialWorkerView,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerRewardView[] | null> {
    if (!shown('eventDate', ctx)) return null;
    return (await ctx.loaders.standards.rewards.load(worker.id)).map(toRewardView);
  }
}
