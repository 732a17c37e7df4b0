import { GraphQLError } from 'graphql';
import { writtenBy } from '../../../shared/department/written.js';
import { badInput, ErrorCode } from '../../../shared/errors.js';
import { chinaToday } from '../../../shared/input/dates.js';
import {
  SocialWorkerAllowance,
  SocialWorkerReward,
  SocialWorkerTraining,
} from '../entities/index.js';
import type {
  RecordWorkerAllowanceInput,
  RecordWorkerRewardInput,
  RecordWorkerTrainingInput,
} from '../graphql/worker-detail.input.js';
import type { CivilAffairsContext } from '../loaders.js';
import { requireExisting } from '../rules.js';

// The writes of a social worker's file beyond the post: trainings, allowances, rewards. Each is
// one of a kind per worker and key; the same record sent again returns the first, and other
// details under the same key are a `CONFLICT` naming the field that keys it.

/** A value of an entry as compared: money in fen, dates as text. */
type Plain = string | number | bigint | null;

/**
 * Writes one entry of a worker's file under its key, or returns the one recorded under the same
 * key when its `values` are the same; other values are a `CONFLICT` on `keyField`.
 */
async function recordOnce<T extends object>(
  ctx: CivilAffairsContext,
  workerId: string,
  keyField: string,
  values: Record<string, Plain>,
  earlier: () => Promise<T | null>,
  create: () => T,
): Promise<T> {
  await requireExisting(ctx, 'socialWorker', workerId, 'workerId');
  const found = await earlier();
  if (found) {
    const recorded = found as Record<string, unknown>;
    // Money may come back from the database as text: compared as text, null as null.
    const same = Object.entries(values).every(([field, value]) => {
      const was = (recorded[field] ?? null) as Plain;
      return was === null || value === null ? was === value : String(was) === String(value);
    });
    if (!same) {
      throw new GraphQLError(
        `this worker's file already holds this entry with other details; correct ${keyField} or the entry`,
        { extensions: { code: ErrorCode.CONFLICT, field: keyField } },
      );
    }
    return found;
  }
  const entry = create();
  await ctx.em.flush();
  return entry;
}

/** A training attended: one per worker, day and topic. */
export function recordTraining(ctx: CivilAffairsContext, input: RecordWorkerTrainingInput) {
  if (input.trainedOn > chinaToday()) throw badInput('trainedOn', 'trainedOn is in the future');
  const key = { workerId: input.workerId, trainedOn: input.trainedOn, topic: input.topic };
  const values = { hours: input.hours, organiser: input.organiser };
  return recordOnce(
    ctx,
    input.workerId,
    'trainedOn',
    values,
    () => ctx.em.findOne(SocialWorkerTraining, key),
    () => ctx.em.create(SocialWorkerTraining, { ...writtenBy(ctx.principal), ...key, ...values }),
  );
}

/** An allowance a month: one per worker, title and first day. */
export function recordAllowance(ctx: CivilAffairsContext, input: RecordWorkerAllowanceInput) {
  if (input.endsOn && input.endsOn < input.startsOn) {
    throw badInput('endsOn', 'endsOn is before startsOn');
  }
  const key = { workerId: input.workerId, title: input.title, startsOn: input.startsOn };
  const values = { monthlyAmountFen: input.monthlyAmount, endsOn: input.endsOn ?? null };
  return recordOnce(
    ctx,
    input.workerId,
    'startsOn',
    values,
    () => ctx.em.findOne(SocialWorkerAllowance, key),
    () => ctx.em.create(SocialWorkerAllowance, { ...writtenBy(ctx.principal), ...key, ...values }),
  );
}

/** A reward or honour: one per worker, title and day. */
export function recordReward(ctx: CivilAffairsContext, input: RecordWorkerRewardInput) {
  if (input.awardedOn > chinaToday()) throw badInput('awardedOn', 'awardedOn is in the future');
  const key = { workerId: input.workerId, title: input.title, awardedOn: input.awardedOn };
  const values = { awardedBy: input.awardedBy };
  return recordOnce(
    ctx,
    input.workerId,
    'awardedOn',
    values,
    () => ctx.em.findOne(SocialWorkerReward, key),
    () => ctx.em.create(SocialWorkerReward, { ...writtenBy(ctx.principal), ...key, ...values }),
  );
}
