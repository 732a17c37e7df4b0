import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../../shared/context.js';
import type { RecordFacts } from '../../../shared/linked-records.js';
import { CaseLink } from '../entities/index.js';

/**
 * Links a record its owner vouched for to a case, once: linking the same record again keeps the
 * first link (who linked it and when).
 */
export async function linkRecordToCase(
  tx: EntityManager,
  principal: Principal,
  caseId: string,
  record: RecordFacts,
): Promise<void> {
  await tx
    .createQueryBuilder(CaseLink)
    .insert({
      id: new CaseLink().id,
      caseId,
      department: record.department,
      kind: record.kind,
      recordId: record.id,
      recordDate: record.date,
      linkedAt: new Date(),
      linkedBy: principal.subject,
      linkedByDepartment: principal.department,
    })
    .onConflict(['caseId', 'kind', 'recordId'])
    .ignore()
    .execute();
}
