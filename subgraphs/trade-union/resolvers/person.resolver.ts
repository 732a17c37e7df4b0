import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { personalRecords } from '../../../shared/department/personal-records.js';
import { UNION_RECORDS } from '../access.js';
import { PersonRef } from '../graphql/references.js';
import { UnionAssistanceView, toUnionAssistanceView } from '../graphql/union-assistance.js';
import { WorkerFileView, toWorkerFileView } from '../graphql/worker-file.js';
import type { TradeUnionContext } from '../loaders.js';

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
    return file ? toWorkerFileView(file, ctx) : null;
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
    return records?.map(toUnionAssistanceView) ?? null;
  }
}
