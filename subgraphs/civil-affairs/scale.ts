import { benefitsStatement } from '../../shared/ledger/outbox.js';
import { helpOf } from '../../tools/scale/generate.js';
import { scaleTable, textArray, type DepartmentScale } from '../../tools/scale/slice.js';
import { civilAffairsBenefits } from './benefits.js';

// Civil affairs' register of the synthetic province (`npm run demo -- --scale N`): the
// province as generated, table by table, and its temporary assistance in the province's
// hardships with their snapshots in the benefit ledger.

export const scale: DepartmentScale = {
  tables: (province) => [
    scaleTable(
      'regions',
      {
        code: ['code', 'varchar'],
        name: ['name', 'varchar'],
        level: ['level', 'text'],
        parentCode: ['parent_code', 'varchar'],
      },
      province.regions,
    ),
    scaleTable(
      'agencies',
      {
        id: ['id', 'uuid'],
        name: ['name', 'varchar'],
        creditCode: ['credit_code', 'varchar'],
        regionCode: ['region_code', 'varchar'],
      },
      province.agencies,
    ),
    scaleTable(
      'stations',
      {
        id: ['id', 'uuid'],
        name: ['name', 'varchar'],
        level: ['level', 'text'],
        status: ['status', 'text'],
        regionCode: ['region_code', 'varchar'],
        parentId: ['parent_id', 'uuid'],
        operatorId: ['operator_id', 'uuid'],
        openedOn: ['opened_on', 'date'],
        supervisingStationId: ['supervising_station_id', 'uuid'],
        premisesArea: ['premises_area', 'int'],
        independentOffice: ['independent_office', 'boolean'],
        signage: ['signage', 'boolean'],
      },
      province.stations,
    ),
    scaleTable(
      'social_workers',
      {
        id: ['id', 'uuid'],
        name: ['name', 'varchar'],
        regionCode: ['region_code', 'varchar'],
        stationId: ['station_id', 'uuid'],
        agencyId: ['agency_id', 'uuid'],
        employment: ['employment', 'text'],
        certification: ['certification', 'text'],
        certifiedOn: ['certified_on', 'date'],
      },
      province.workers,
    ),
    scaleTable(
      'people',
      {
        id: ['id', 'uuid'],
        name: ['name', 'varchar'],
        identityNumber: ['identity_number', 'varchar'],
        sex: ['sex', 'text'],
        birthDate: ['birth_date', 'date'],
        regionCode: ['region_code', 'varchar'],
        categories: ['categories', 'text', 'text[]'],
      },
      province.people.map((person) => ({ ...person, categories: textArray(person.categories) })),
    ),
    scaleTable(
      'service_projects',
      {
        id: ['id', 'uuid'],
        name: ['name', 'varchar'],
        leadDepartment: ['lead_department', 'text'],
        agencyId: ['agency_id', 'uuid'],
        regionCode: ['region_code', 'varchar'],
        serviceAreas: ['service_areas', 'text', 'text[]'],
        targetGroups: ['target_groups', 'text', 'text[]'],
        startsOn: ['starts_on', 'date'],
        endsOn: ['ends_on', 'date'],
        contractAmountFen: ['contract_amount_fen', 'bigint'],
        status: ['status', 'text'],
      },
      province.projects.map((project) => ({
        ...project,
        serviceAreas: textArray(project.serviceAreas),
        targetGroups: textArray(project.targetGroups),
      })),
    ),
    scaleTable(
      'project_stations',
      {
        projectId: ['project_id', 'uuid'],
        stationId: ['station_id', 'uuid'],
      },
      province.projectStations,
    ),
    scaleTable(
      'service_records',
      {
        id: ['id', 'uuid'],
        method: ['method', 'text'],
        serviceArea: ['service_area', 'text'],
        targetGroups: ['target_groups', 'text', 'text[]'],
        stationId: ['station_id', 'uuid'],
        projectId: ['project_id', 'uuid'],
        regionCode: ['region_code', 'varchar'],
        servedOn: ['served_on', 'date'],
        durationMinutes: ['duration_minutes', 'int4'],
        personTimes: ['person_times', 'int4'],
        households: ['households', 'int4'],
      },
      province.records.map((record) => ({
        ...record,
        targetGroups: textArray(record.targetGroups),
      })),
    ),
    scaleTable(
      'temporary_assistance',
      {
        id: ['id', 'uuid'],
        personId: ['person_id', 'uuid'],
        regionCode: ['region_code', 'varchar'],
        amountFen: ['amount_fen', 'int8'],
        givenOn: ['granted_on', 'date'],
        reason: ['reason', 'varchar'],
      },
      helpOf(province, 'CIVIL_AFFAIRS').map(({ id, personId, regionCode, amountFen, givenOn }) => ({
        id,
        personId,
        regionCode,
        amountFen,
        givenOn,
        reason: '突发困难临时救助',
      })),
    ),
  ],
  benefits: (tables) => {
    const assistance = tables.find((table) => table.table === 'temporary_assistance')!;
    const ids = (assistance.rows as Array<{ id: string }>).map((row) => row.id);
    return [benefitsStatement(civilAffairsBenefits, 'TEMPORARY_ASSISTANCE', ids)];
  },
  // Children before parents: assistance, records, workers and people, the projects with their stations,
  // village rooms before township stations, then the regions from the villages up.
  clear: [
    `DELETE FROM temporary_assistance WHERE region_code LIKE '33%'`,
    `DELETE FROM service_records WHERE region_code LIKE '33%'`,
    `DELETE FROM social_workers WHERE region_code LIKE '33%'`,
    `DELETE FROM people WHERE region_code LIKE '33%'`,
    `DELETE FROM project_stations WHERE project_id IN (SELECT id FROM service_projects WHERE region_code LIKE '33%')`,
    `DELETE FROM service_projects WHERE region_code LIKE '33%'`,
    `DELETE FROM stations WHERE region_code LIKE '33%' AND parent_id IS NOT NULL`,
    `DELETE FROM stations WHERE region_code LIKE '33%'`,
    `DELETE FROM agencies WHERE region_code LIKE '33%'`,
    `DELETE FROM regions WHERE code LIKE '33%' AND length(code) = 12`,
    `DELETE FROM regions WHERE code LIKE '33%' AND length(code) = 9`,
    `DELETE FROM regions WHERE code LIKE '33%'`,
  ],
};
