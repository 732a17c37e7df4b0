import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { FreeText } from '../../../shared/input/rules.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateTimeScalar } from '../../../shared/scalars.js';
import type { PersonMerge } from '../entities/index.js';

/**
 * A merge of two entries of the register, for the supervisors and administrators who keep the
 * register clean. The people are resolved by the usual rules of the person.
 */
@ObjectType('PersonMerge', {
  description:
    'Two entries of the register merged as one person (合并重复登记): every department’s records followed the survivor; undone, they went back',
})
export class PersonMergeView {
  @Field(() => ID, { description: 'Merge id' })
  id!: string;

  @Field({ description: 'Why they are one person (合并理由)' })
  reason!: string;

  @Field(() => DateTimeScalar, { description: 'When they were merged' })
  mergedAt!: Date;

  @Field({ description: 'Who merged them: the subject of the supervisor’s token' })
  mergedBy!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was undone (撤销合并)' })
  undoneAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who undid it' })
  undoneBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was undone (撤销理由)' })
  undoReason!: string | null;

  survivorId!: string;
  mergedId!: string;
  /** Position of its latest change (the merge, or its undoing) in the register's change log. */
  latestSeq!: bigint;
}

export function toPersonMergeView(merge: PersonMerge): PersonMergeView {
  return {
    id: merge.id,
    reason: merge.reason,
    mergedAt: merge.mergedAt,
    mergedBy: merge.mergedBy,
    undoneAt: merge.undoneAt,
    undoneBy: merge.undoneBy,
    undoReason: merge.undoReason,
    survivorId: merge.survivorId,
    mergedId: merge.mergedId,
    latestSeq: BigInt(merge.undoSeq ?? merge.mergeSeq),
  };
}

export const PersonMergeConnection = connectionType(
  PersonMergeView,
  'PersonMerge',
  'merges of the register (合并记录)',
);

@InputType({ description: 'Two entries of the register to merge as one person (合并重复登记)' })
export class MergePeopleInput {
  @Field(() => ID, { description: 'The entry that stays (保留的登记)' })
  @IsUUID()
  survivorId!: string;

  @Field(() => ID, {
    description: 'The entry merged into it: it stays in the register, marked, and takes no writes',
  })
  @IsUUID()
  mergedId!: string;

  @Field({ description: 'Why they are one person (合并理由)' })
  @FreeText()
  @Length(1, 1000)
  reason!: string;
}

@InputType({ description: 'A merge to undo (撤销合并)' })
export class UnmergePeopleInput {
  @Field(() => ID, { description: 'The merge (合并记录)' })
  @IsUUID()
  mergeId!: string;

  @Field({ description: 'Why it is undone (撤销理由)' })
  @FreeText()
  @Length(1, 1000)
  reason!: string;
}
