import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { badInput, forbidden } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  findConnection,
  mapConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { assertDepartment, scopeWhere, subtreeFilter } from '../../../shared/scope.js';
import { CASE_TEAM, PERSON_READERS } from '../../../shared/department/access.js';
import { unusableReference, requirePersonOf } from '../../../shared/department/owned.js';
import { writtenBy } from '../../../shared/department/written.js';
import { workerFileAccess } from '../access.js';
import { WorkerFileStatus } from '../entities/enums.js';
import { WorkerFile } from '../entities/index.js';
import { OpenWorkerFileInput, WorkerFileFilter } from '../graphql/inputs.js';
import { WorkerFileConnection, WorkerFileView, toWorkerFileView } from '../graphql/worker-file.js';
import type { TradeUnionContext } from '../loaders.js';

@Resolver(() => WorkerFileView)
export class WorkerFileResolver {
  @Authorized(PERSON_READERS)
  @Query(() => WorkerFileConnection, {
    description:
      "Worker-in-difficulty files of residents in your region (困难职工档案列表): in full for the union's caseworkers, de-identified for analysts",
  })
  async workerFiles(
    @Arg('filter', () => WorkerFileFilter, { nullable: true }) filter: WorkerFileFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<Connection<WorkerFileView>> {
    if (workerFileAccess(ctx.principal, ctx.purpose) === 'none') {
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
    return mapConnection(files, async (file) => (await toWorkerFileView(file, ctx))!);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => WorkerFileView, {
    description:
      'Opens the file of a worker in difficulty (建档); one per person: opening again updates the file and reopens it if closed',
  })
  async openWorkerFile(
    @Arg('input', () => OpenWorkerFileInput) input: OpenWorkerFileInput,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<WorkerFileView | null> {
    assertDepartment(ctx.principal, ['TRADE_UNION'], 'keeping worker files');
    if (input.householdIncomePerCapita < 0n) {
      throw badInput('householdIncomePerCapita', 'income cannot be negative');
    }
    const person = await requirePersonOf(ctx, input);
    const existing = await ctx.em.findOne(WorkerFile, { personId: input.personId });
    const fields = {
      // Where the person lives is the register's to say, and follows the person when they move.
      personRegionCode: person.regionCode,
      employer: input.employer.trim(),
      reason: input.reason,
      level: input.level,
      status: WorkerFileStatus.OPEN,
      openedOn: input.openedOn,
      closedOn: null,
      householdIncomePerCapitaFen: input.householdIncomePerCapita,
    };
    const file = existing
      ? Object.assign(existing, fields)
      : ctx.em.create(WorkerFile, {
          personId: input.personId,
          ...fields,
          ...writtenBy(ctx.principal),
        });
    await ctx.em.flush();
    return toWorkerFileView(file, ctx);
  }

  @Authorized(CASE_TEAM)
  @Mutation(() => WorkerFileView, {
    nullable: true,
    description:
      'Closes the file of a worker out of difficulty (解困销档); closing again sets the date',
  })
  async closeWorkerFile(
    @Arg('personId', () => ID, { description: 'The worker (职工)' }) personId: string,
    @Arg('closedOn', () => DateScalar, { description: 'Out of difficulty on (解困日期)' })
    closedOn: string,
    @Ctx() ctx: TradeUnionContext,
  ): Promise<WorkerFileView | null> {
    assertDepartment(ctx.principal, ['TRADE_UNION'], 'keeping worker files');
    if (!isUUID(personId)) throw badInput('personId', `${personId} is not a hub id (UUID)`);
    const file = await ctx.em.findOne(WorkerFile, {
      personId,
      personRegionCode: scopeWhere(ctx.principal).regionCode,
    });
    // Absent and elsewhere read alike.
    if (!file) throw unusableReference('person', 'personId');
    if (closedOn <= file.openedOn) {
      throw badInput(
        'closedOn',
        `closedOn (${closedOn}) must come after the file was opened (${file.openedOn})`,
      );
    }
    Object.assign(file, { status: WorkerFileStatus.CLOSED, closedOn });
    await ctx.em.flush();
    return toWorkerFileView(file, ctx);
  }
}
