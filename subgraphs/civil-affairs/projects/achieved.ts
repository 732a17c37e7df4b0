import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsOf } from '../../../shared/db/statements.js';
import { type ProjectIndicator } from '../entities/enums.js';

/** What a project has delivered so far, by indicator, counted from its service records. */
export type Achieved = Readonly<Record<ProjectIndicator, number>>;

const NOTHING: Achieved = {
  CASES: 0,
  GROUPS: 0,
  ACTIVITIES: 0,
  PERSON_TIMES: 0,
  HOURS: 0,
  HOUSEHOLDS_VISITED: 0,
};

interface Row {
  project_id: string;
  cases: string;
  groups: string;
  activities: string;
  person_times: string;
  minutes: string;
  households_visited: string;
}

/**
 * One statement for a batch of projects: cases are the people served through case work (个案),
 * groups the group sessions (小组节数), activities the community activities, person-times and
 * hours summed over every record, households those visited at home (入户走访). Hours are the
 * minutes summed in SQL, divided once.
 */
export async function achievedOf(
  em: EntityManager,
  projectIds: readonly string[],
): Promise<Achieved[]> {
  const rows = await rowsOf<Row>(
    em,
    `select r.project_id::text as project_id,
       (select count(distinct p.person_id) from service_record_people p
          join service_records c on c.id = p.record_id
         where c.project_id = r.project_id and c.method = 'CASE')::text as cases,
       count(*) filter (where r.method = 'GROUP')::text as groups,
       count(*) filter (where r.method = 'COMMUNITY_ACTIVITY')::text as activities,
       coalesce(sum(r.person_times), 0)::text as person_times,
       coalesce(sum(r.duration_minutes), 0)::text as minutes,
       coalesce(sum(r.households) filter (where r.method = 'HOME_VISIT'), 0)::text as households_visited
     from service_records r
     where r.project_id = ANY(?::uuid[])
     group by r.project_id`,
    [`{${projectIds.join(',')}}`],
  );
  const byProject = new Map(
    rows.map((row): [string, Achieved] => [
      row.project_id,
      {
        CASES: Number(row.cases),
        GROUPS: Number(row.groups),
        ACTIVITIES: Number(row.activities),
        PERSON_TIMES: Number(row.person_times),
        HOURS: Math.round(Number(row.minutes) / 0.6) / 100,
        HOUSEHOLDS_VISITED: Number(row.households_visited),
      },
    ]),
  );
  return projectIds.map((id) => byProject.get(id) ?? NOTHING);
}
