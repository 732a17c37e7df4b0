import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ADMINISTRATORS, WORKFORCE } from '../../../shared/department/access.js';
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
import {
  RecordWorkerAllowanceInput,
  RecordWorkerRewardInput,
  RecordWorkerTrainingInput,
} from '../graphql/worker-detail.input.js';
import type { CivilAffairsContext } from '../loaders.js';
import { recordAllowance, recordReward, recordTraining } from '../standards/worker-writes.js';
import { assertDepartment } from '../../../shared/scope.js';

/** Whether the caller sees a worker's file of this kind (staff do; viewers and auditors do not). */
const shown = (kind: PersonalKind, ctx: CivilAffairsContext) =>
  personalTreatment(kind, ctx.principal, ctx.purpose, WORKFORCE) === 'shown';

/**
 * A social worker's file beyond the post: personal data, each kind by its masking rule, written
 * by civil affairs' administrators of the worker's region.
 */
@Resolver(() => SocialWorkerView)
export class SocialWorkerDetailResolver {
  @Authorized(ADMINISTRATORS)
  @Mutation(() => SocialWorkerTrainingView, {
    description:
      'Records a training in the file of a social worker of your region (培训记录); the same record sent again returns the first',
  })
  async recordWorkerTraining(
    @Arg('input', () => RecordWorkerTrainingInput) input: RecordWorkerTrainingInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerTrainingView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], "writing social workers' files");
    return toTrainingView(await recordTraining(ctx, input));
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => SocialWorkerAllowanceView, {
    description:
      'Records an allowance paid each month to a social worker of your region (津贴补贴); the same record sent again returns the first',
  })
  async recordWorkerAllowance(
    @Arg('input', () => RecordWorkerAllowanceInput) input: RecordWorkerAllowanceInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerAllowanceView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], "writing social workers' files");
    return toAllowanceView(await recordAllowance(ctx, input));
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => SocialWorkerRewardView, {
    description:
      'Records a reward or honour of a social worker of your region (表彰奖励); the same record sent again returns the first',
  })
  async recordWorkerReward(
    @Arg('input', () => RecordWorkerRewardInput) input: RecordWorkerRewardInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<SocialWorkerRewardView> {
    assertDepartment(ctx.principal, ['CIVIL_AFFAIRS'], "writing social workers' files");
    return toRewardView(await recordReward(ctx, input));
  }

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
