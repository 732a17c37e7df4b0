import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../../shared/db/base-entity.js';
import { SocialWorker } from './social-worker.entity.js';

// What a social worker's file holds beyond the post: trainings, allowances and rewards. Each is
// personal data of the worker, shown by the masking rule of its kind.

/** A training a social worker attended (培训). */
@Entity({ tableName: 'social_worker_trainings' })
export class SocialWorkerTraining extends BaseEntity {
  @Index()
  @ManyToOne(() => SocialWorker, { mapToPk: true, fieldName: 'worker_id', deleteRule: 'cascade' })
  workerId!: string;

  @Property({ type: 'date' })
  trainedOn!: string;

  @Property({ type: 'integer' })
  hours!: number;

  @Property({ type: 'string', length: 200 })
  topic!: string;

  /** The office or organisation that ran it (主办单位). */
  @Property({ type: 'string', length: 200 })
  organiser!: string;
}

/** A monthly allowance paid to a social worker (津贴/补贴), in force from one date to another. */
@Entity({ tableName: 'social_worker_allowances' })
export class SocialWorkerAllowance extends BaseEntity {
  @Index()
  @ManyToOne(() => SocialWorker, { mapToPk: true, fieldName: 'worker_id', deleteRule: 'cascade' })
  workerId!: string;

  @Property({ type: 'string', length: 100 })
  title!: string;

  /** In fen a month. */
  @Property({ type: 'bigint', fieldName: 'monthly_amount_fen' })
  monthlyAmountFen!: bigint;

  @Property({ type: 'date' })
  startsOn!: string;

  /** Open when the allowance is still paid. */
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}

/** A reward or honour a social worker received (表彰奖励). */
@Entity({ tableName: 'social_worker_rewards' })
export class SocialWorkerReward extends BaseEntity {
  @Index()
  @ManyToOne(() => SocialWorker, { mapToPk: true, fieldName: 'worker_id', deleteRule: 'cascade' })
  workerId!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'date' })
  awardedOn!: string;

  @Property({ type: 'string', length: 200 })
  awardedBy!: string;
}
