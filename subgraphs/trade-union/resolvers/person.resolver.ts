import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { seesAssistance, workerFileAccess } from '../access.js';
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
  const identified = access !== 'de-identified';
  return {
    level: file.level,
    status: file.status,
    openedOn: file.openedOn,
    closedOn: file.closedOn,
    employer: identified ? file.employer : null,
    reason: identified ? file.reason : null,
    householdIncomePerCapita: identified ? BigInt(file.householdIncomePerCapitaFen) : null,
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
      "Union assistance received (帮扶救助), newest first; the union's caseworkers and supervisors only",
  })
  async unionAssistance(
    @Root() person: { id: string },
    @Ctx() ctx: TradeUnionContext,
  ): Promise<UnionAssistanceView[] | null> {
    if (!seesAssistance(ctx.principal)) return null;
    return (await ctx.loaders.assistanceByPerson.load(person.id)).map(assistanceView);
  }
}
