import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import {
  ConnectionArgs,
  connectionType,
  findConnection,
  type Connection,
} from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { scopeWhere } from '../../../shared/scope.js';
import { AUDITORS } from '../access.js';
import { AccessLogEntry } from '../entities/index.js';
import type { CivilAffairsContext } from '../loaders.js';
import { inDateRange } from './filters.js';

export const AccessLogConnection = connectionType(
  AccessLogEntry,
  'AccessLog',
  'access-log entries (查阅记录)',
);

@InputType({ description: 'Which access-log entries to list (查阅记录筛选)' })
class AccessLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only reveals of this person' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only reveals by this token subject' })
  subject?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after this day (UTC)' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this day (UTC)' })
  to?: string | null;
}

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  @Authorized(AUDITORS)
  @Query(() => AccessLogConnection, {
    description:
      'Reveals of sensitive personal data in your region (敏感信息查阅记录), oldest first. Civil-affairs auditors see every department; others see their own department',
  })
  accessLog(
    @Arg('filter', () => AccessLogFilter, { nullable: true }) filter: AccessLogFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<AccessLogEntry>> {
    const { regionCode } = scopeWhere(ctx.principal);
    const dates = inDateRange('at', filter?.from, filter?.to) as {
      at?: { $gte?: string; $lte?: string };
    };
    const where = {
      personRegionCode: regionCode,
      ...(ctx.principal.department === 'CIVIL_AFFAIRS'
        ? {}
        : { department: ctx.principal.department }),
      ...(filter?.personId ? { personId: filter.personId } : {}),
      ...(filter?.subject ? { subject: filter.subject } : {}),
      ...(dates.at
        ? {
            at: {
              ...(dates.at.$gte ? { $gte: new Date(`${dates.at.$gte}T00:00:00Z`) } : {}),
              ...(dates.at.$lte
                ? { $lt: new Date(Date.parse(`${dates.at.$lte}T00:00:00Z`) + 86_400_000) }
                : {}),
            },
          }
        : {}),
    };
    return findConnection(ctx.em, AccessLogEntry, where, page);
  }
}
