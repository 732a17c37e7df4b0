import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { recordAccess } from '../../../shared/department/access.js';
import { badInput, forbidden, notFound } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import {
  assertDepartment,
  assertInScope,
  scopeWhere,
  subtreeFilter,
} from '../../../shared/scope.js';
import { WorkerFileStatus } from '../entities/enums.js';
import { WorkerFile } from '../entities/index.js';
import type { TradeUnionContext } from '../loaders.js';
import { PersonRef } from '../references.js';
import { OpenWorkerFileInput, WorkerFileFilter, WorkerFileView } from './types.js';

export const WorkerFileConnection = connectionType(
  WorkerFileView,
  'WorkerFile',
  'worker-in-difficulty files (困难职工档案)',
);

/** What the caller sees of a file, logging a reveal before returning it. */
async function viewFile(file: WorkerFile, ctx: TradeUnionContext): Promise<WorkerFileView | null> {
  const access = recordAccess(ctx.principal, ctx.purpose, 'TRADE_UNION');
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
      "Worker-in-difficulty file (困难职工档案): for the union's caseworkers, analysts (de-identified) and supervisors who state a purpose (logged)",
  })
  async unionFile(@Root() person: { id: string }, @Ctx() ctx: TradeUnionContext) {
    const file = await ctx.loaders.fileByPerson.load(person.id);
    return file ? viewFile(file, ctx) : null;
  }
}

@Resolver(() => WorkerFileView)
export class WorkerFileResolver {
  @Authorized(['ANALYST', 'CASEWORKER', 'SUPERVISOR'])
  @Query(() => WorkerFileConnection, {
    description: 'Worker-in-difficulty files in your region (困难职工档案列表)',
  })
  async workerFiles(
    @Arg('filter', () => WorkerFileFilter, { nullable: true }) filter: WorkerFileFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<Connection<WorkerFileView>> {
    if (recordAccess(ctx.principal, ctx.purpose, 'TRADE_UNION') === 'none') {
      throw forbidden(
        'worker files are for the trade union, analysts and supervisors who state a purpose',
      );
    }
    const where = {
      $and: [
        { personRegionCode: scopeWhere(ctx.principal).regionCode },
        subtreeFilter(filter?.regionCode, 'personRegionCode'),
        filter?.status ? { status: filter.status } : {},
        filter?.level ? { level: filter.level } : {},
      ],
    };
    const files = await findConnection(ctx.em, WorkerFile, where, page);
    return mapConnection(files, async (file) => (await viewFile(file, ctx))!);
  }

  @Authorized(['CASEWORKER', 'SUPERVISOR'])
  @Mutation(() => WorkerFileView, {
    description: 'Opens or updates the file of a worker in difficulty (建档); one per person',
  })
  async openWorkerFile(
    @Arg('input', () => OpenWorkerFileInput) input: OpenWorkerFileInput,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<WorkerFileView | null> {
    assertDepartment(ctx.principal, ['TRADE_UNION'], 'keeping worker files');
    assertInScope(ctx.principal, input.personRegionCode, 'a worker');
    if (input.householdIncomePerCapita < 0n)
      throw badInput('householdIncomePerCapita', 'income cannot be negative');
    const existing = await ctx.em.findOne(WorkerFile, { personId: input.personId });
    if (existing) assertInScope(ctx.principal, existing.personRegionCode, 'a worker');
    const fields = {
      personRegionCode: input.personRegionCode,
      employer: input.employer,
      reason: input.reason,
      level: input.level,
      openedOn: input.openedOn,
      householdIncomePerCapitaFen: input.householdIncomePerCapita,
      status: WorkerFileStatus.OPEN,
      closedOn: null,
    };
    const file = existing
      ? Object.assign(existing, fields)
      : ctx.em.create(WorkerFile, { personId: input.personId, ...fields });
    await ctx.em.flush();
    return viewFile(file, ctx);
  }

  @Authorized(['CASEWORKER', 'SUPERVISOR'])
  @Mutation(() => WorkerFileView, {
    nullable: true,
    description: 'Closes a file: the worker is out of difficulty (解困)',
  })
  async closeWorkerFile(
    @Arg('personId', () => ID) personId: string,
    @Arg('closedOn', () => DateScalar) closedOn: string,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<WorkerFileView | null> {
    assertDepartment(ctx.principal, ['TRADE_UNION'], 'keeping worker files');
    const file = await ctx.loaders.fileByPerson.load(personId);
    if (!file) throw notFound('WorkerFile', personId, 'personId');
    if (closedOn < file.openedOn)
      throw badInput(
        'closedOn',
        `closedOn (${closedOn}) is before the file was opened (${file.openedOn})`,
      );
    Object.assign(file, { status: WorkerFileStatus.CLOSED, closedOn });
    await ctx.em.flush();
    return viewFile(file, ctx);
  }
}
