import { PeriodBound } from '../input/fields.js';
import { AUDITORS } from '../department/access.js';
import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../context.js';
import { badInput } from '../errors.js';
import { ConnectionArgs, connectionType, findConnection, type Connection } from '../pagination.js';
import { scopeWhere } from '../scope.js';
import { AccessLogEntry } from './access-log.entity.js';
import type { DepartmentCode } from '../context.js';

export const AccessLogConnection = connectionType(
  AccessLogEntry,
  'AccessLog',
  'access-log entries (查阅记录)',
  {
    shareable: true,
  },
);

@InputType({ description: 'Which access-log entries to list (查阅记录筛选)' })
export class AccessLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only reveals of this person' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only reveals by this token subject' })
  subject?: string | null;

  @PeriodBound('On or after this day (UTC)')
  from?: string | null;

  @PeriodBound('On or before this day (UTC)')
  to?: string | null;
}

const DAY = 86_400_000;

/**
 * The access-log query of one department's subgraph, for auditors: reveals of that department's
 * records in the auditor's region. The owning department's auditors see every reader; another
 * department's auditors see only their own department's reveals.
 */
export function createAccessLogResolver(queryName: string, owner: DepartmentCode, label: string) {
  @Resolver(() => AccessLogEntry)
  class AccessLogResolver {
    @Authorized(AUDITORS)
    @Query(() => AccessLogConnection, {
      name: queryName,
      description: `Reveals of ${label} records in your region (敏感信息查阅记录), oldest first`,
    })
    accessLog(
      @Arg('filter', () => AccessLogFilter, { nullable: true }) filter: AccessLogFilter | null,
      @Args(() => ConnectionArgs) page: ConnectionArgs,
      @Ctx() ctx: HubContext,
    ): Promise<Connection<AccessLogEntry>> {
      const { from, to } = filter ?? {};
      if (from && to && to < from) throw badInput('to', `to (${to}) is before from (${from})`);
      const at = {
        ...(from ? { $gte: new Date(`${from}T00:00:00Z`) } : {}),
        ...(to ? { $lt: new Date(Date.parse(`${to}T00:00:00Z`) + DAY) } : {}),
      };
      const where = {
        personRegionCode: scopeWhere(ctx.principal).regionCode,
        ...(ctx.principal.department === owner ? {} : { department: ctx.principal.department }),
        ...(filter?.personId ? { personId: filter.personId } : {}),
        ...(filter?.subject ? { subject: filter.subject } : {}),
        ...(Object.keys(at).length ? { at } : {}),
      };
      return findConnection(ctx.em, AccessLogEntry, where, page);
    }
  }
  return AccessLogResolver;
}
