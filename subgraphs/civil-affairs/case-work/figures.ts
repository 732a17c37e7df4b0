import type { EntityManager } from '@mikro-orm/postgresql';
import type { Department } from '../../../shared/enums.js';
import { sql } from '../../../shared/subtree.js';
import type { ReferralFlowView } from '../graphql/referral.js';

interface FlowRow {
  from_department: string;
  to_department: string;
  sent: string;
  received: string;
  accepted: string;
  declined: string;
  referred_onward: string;
  completed: string;
  cancelled: string;
  overdue: string;
  median_days_to_response: number | null;
  median_days_to_completion: number | null;
}

/**
 * Referrals between each pair of departments, for referrals of people in a region subtree sent
 * in a period, in one statement. "Accepted" counts every referral that was ever accepted, even
 * if cancelled later, from its events; "overdue" those unanswered past their due date today.
 */
export async function referralFlows(
  em: EntityManager,
  prefix: string,
  range: { from: string | null; to: string | null },
  today: string,
): Promise<ReferralFlowView[]> {
  const statement = sql`
    SELECT r.from_department, r.to_department,
           count(*) AS sent,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM referral_events e
                            WHERE e.referral_id = r.id AND e.kind = 'RECEIVED')) AS received,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM referral_events e
                            WHERE e.referral_id = r.id AND e.kind = 'ACCEPTED')) AS accepted,
           count(*) FILTER (WHERE r.state = 'DECLINED') AS declined,
           count(*) FILTER (WHERE r.state = 'REFERRED_ONWARD') AS referred_onward,
           count(*) FILTER (WHERE r.state = 'COMPLETED') AS completed,
           count(*) FILTER (WHERE r.state = 'CANCELLED') AS cancelled,
           count(*) FILTER (WHERE r.state IN ('SENT', 'RECEIVED') AND r.due_on < ${today}::date) AS overdue,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY r.responded_on - r.sent_on)
             AS median_days_to_response,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY r.completed_on - r.sent_on)
             AS median_days_to_completion
      FROM referrals r
     WHERE r.region_code ~>=~ ${prefix} AND r.region_code ~<~ ${`${prefix}:`}
       AND (${range.from}::date IS NULL OR r.sent_on >= ${range.from}::date)
       AND (${range.to}::date IS NULL OR r.sent_on <= ${range.to}::date)
     GROUP BY r.from_department, r.to_department
     ORDER BY r.from_department, r.to_department`;
  const rows = await em.getConnection().execute<FlowRow[]>(statement.text, [...statement.params]);
  return rows.map((row) => {
    const accepted = Number(row.accepted);
    const answered = accepted + Number(row.declined) + Number(row.referred_onward);
    return {
      fromDepartment: row.from_department as Department,
      toDepartment: row.to_department as Department,
      sent: Number(row.sent),
      received: Number(row.received),
      accepted,
      declined: Number(row.declined),
      referredOnward: Number(row.referred_onward),
      completed: Number(row.completed),
      cancelled: Number(row.cancelled),
      overdue: Number(row.overdue),
      acceptanceRate: answered ? Math.round((accepted / answered) * 10000) / 10000 : null,
      medianDaysToResponse: row.median_days_to_response,
      medianDaysToCompletion: row.median_days_to_completion,
    };
  });
}
