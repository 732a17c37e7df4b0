import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  maskPersonal,
  type MaskForms,
  type PersonalKind,
} from '../../../shared/department/masking.js';
import { personalRecords } from '../../../shared/department/personal-records.js';
import { UNION_RECORDS, workerFileAccess } from '../access.js';
import type { WorkerFile } from '../entities/index.js';
import type { TradeUnionContext } from '../loaders.js';
import { PersonRef } from '../references.js';
import { UnionAssistanceView, WorkerFileView, assistanceView } from './types.js';

/**
 * What the caller sees of a file. A reveal is written to the access log before the value is
 * returned, so that a failed write shows nothing.
 */
export async function viewWorkerFile(
  file: WorkerFile,
  ctx: TradeUnionContext,
): Promise<WorkerFileView | null> {
  const access = workerFileAccess(ctx.principal, ctx.purpose);
  if (access === 'none') return null;
  if (access === 'revealed') {
    await ctx.loaders.reveal.load({
      personId: file.personId,
      personRegionCode: file.personRegionCode,
      field: 'unionFile',
    });
  }
  const mask = <T>(kind: PersonalKind, value: T, forms?: MaskForms<T>) =>
    maskPersonal(kind, value, ctx.principal, ctx.purpose, UNION_RECORDS, forms);
  return {
    level: file.level,
    status: file.status,
    openedOn: mask('eventDate', file.openedOn),
    closedOn: mask('eventDate', file.closedOn),
    employer: mask('address', file.employer),
    reason: mask('sensitive', file.reason),
    householdIncomePerCapita: mask('assistance', BigInt(file.householdIncomePerCapitaFen)),
    person: { id: file.personId },
  };
}

@Resolver(() => PersonRef)
export class TradeUnionPersonResolver {
  @FieldResolver(() => WorkerFileView, {
    nullable: true,
    description:
      "Worker-in-difficulty file (困难职工档案): in full for the union's caseworkers and supervisors who state a purpose (logged), de-identified for analysts, null for others",
  })
  async unionFile(
    @Root() person: { id: string },
    @Ctx() ctx: TradeUnionContext,
  ): Promise<WorkerFileView | null> {
    const file = await ctx.loaders.fileByPerson.load(person.id);
    return file ? viewWorkerFile(file, ctx) : null;
  }

  @FieldResolver(() => [UnionAssistanceView], {
    nullable: true,
    description:
      "Union assistance received (帮扶救助), newest first: for the union's case teams and supervisors who state a purpose (logged)",
  })
  async unionAssistance(
    @Root() person: { id: string },
    @Ctx() ctx: TradeUnionContext,
  ): Promise<UnionAssistanceView[] | null> {
    const records = await personalRecords(
      ctx,
      'assistance',
      UNION_RECORDS,
      'unionAssistance',
      person,
      () => ctx.loaders.assistanceByPerson.load(person.id),
      (record) => record.personRegionCode,
    );
    return records?.map(assistanceView) ?? null;
  }
}
