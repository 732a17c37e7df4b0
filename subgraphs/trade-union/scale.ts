import { v7 as uuidv7 } from 'uuid';
import { scaleTable, type DepartmentScale } from '../../tools/scale/slice.js';

// The trade union's part of the synthetic province: a worker file for one person in twenty.

export const scale: DepartmentScale = {
  tables: (province, random) => [
    scaleTable(
      'worker_files',
      {
        id: ['id', 'uuid'],
        personId: ['person_id', 'uuid'],
        personRegionCode: ['person_region_code', 'varchar'],
        employer: ['employer', 'varchar'],
        reason: ['reason', 'text'],
        level: ['level', 'text'],
        status: ['status', 'text'],
        openedOn: ['opened_on', 'date'],
        householdIncomePerCapitaFen: ['household_income_per_capita_fen', 'int8'],
      },
      province.people
        .filter((_, index) => index % 20 === 0)
        .map((person, index) => ({
          id: uuidv7(),
          personId: person.id,
          personRegionCode: person.regionCode,
          employer: '规模企业',
          reason: index % 2 ? 'ILLNESS' : 'LOW_WAGE',
          level: index % 5 ? 'ORDINARY' : 'DEEP',
          status: 'OPEN',
          openedOn: '2024-03-01',
          householdIncomePerCapitaFen: String(random.int(300, 1500) * 100),
        })),
    ),
  ],
};
