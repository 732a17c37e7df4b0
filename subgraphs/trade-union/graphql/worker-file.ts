import { Field, ObjectType } from 'type-graphql';
import { personalRecord } from '../../../shared/department/personal-records.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateScalar, MoneyScalar } from '../../../shared/scalars.js';
import { UNION_RECORDS } from '../access.js';
import type { WorkerFile } from '../entities/index.js';
import type { TradeUnionContext } from '../loaders.js';
import { WorkerFileStatus, WorkerHardshipLevel, WorkerHardshipReason } from './enums.js';
import { PersonRef } from './references.js';

@ObjectType({ description: 'Worker-in-difficulty file (困难职工档案) as the caller may see it' })
export class WorkerFileView {
  @Field(() => WorkerHardshipLevel, { description: 'Level of difficulty (困难程度)' })
  level!: WorkerHardshipLevel;

  @Field(() => WorkerFileStatus, { description: 'Status of the file (档案状态)' })
  status!: WorkerFileStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Opened on (建档日期); null when de-identified',
  })
  openedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Out of difficulty on (解困日期)' })
  closedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Employer (工作单位); null unless the caller may see the whole file',
  })
  employer!: string | null;

  @Field(() => WorkerHardshipReason, {
    nullable: true,
    description: 'Why the worker is in difficulty (致困原因); null unless the caller may see it',
  })
  reason!: WorkerHardshipReason | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Monthly household income per head (家庭月人均收入); null unless the caller may see it',
  })
  householdIncomePerCapita!: bigint | null;

  @Field(() => PersonRef, { description: 'The worker (职工)' })
  person!: { id: string };
}

export const WorkerFileConnection = connectionType(
  WorkerFileView,
  'WorkerFile',
  'worker-in-difficulty files (困难职工档案)',
);

/** What the caller sees of a file, logging a reveal before returning it. */
export function toWorkerFileView(
  file: WorkerFile,
  ctx: TradeUnionContext,
): Promise<WorkerFileView | null> {
  return personalRecord(ctx, UNION_RECORDS, 'unionFile', file, (mask) => ({
    level: file.level,
    status: file.status,
    openedOn: mask('eventDate', file.openedOn),
    closedOn: mask('eventDate', file.closedOn),
    employer: mask('address', file.employer),
    reason: mask('sensitive', file.reason),
    householdIncomePerCapita: mask('assistance', BigInt(file.householdIncomePerCapitaFen)),
    person: { id: file.personId },
  }));
}
