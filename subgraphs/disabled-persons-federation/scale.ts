import { v7 as uuidv7 } from 'uuid';
import { benefitsStatement } from '../../shared/ledger/outbox.js';
import { scaleTable, type DepartmentScale } from '../../tools/scale/slice.js';
import { disabilityFederationBenefits } from './benefits.js';
import { DisabilityCategory } from './entities/enums.js';

// The disabled persons' federation's part of the synthetic province: a certificate for one
// person in ten, five rehabilitation services each, and their snapshots in the benefit ledger.

const CATEGORIES = Object.values(DisabilityCategory);

export const scale: DepartmentScale = {
  tables: (province, random) => {
    const holders = province.people.filter((_, index) => index % 10 === 0);
    return [
      scaleTable(
        'certificates',
        {
          id: ['id', 'uuid'],
          personId: ['person_id', 'uuid'],
          personRegionCode: ['person_region_code', 'varchar'],
          number: ['number', 'varchar'],
          category: ['category', 'text'],
          grade: ['grade', 'int2'],
          issuedOn: ['issued_on', 'date'],
          expiresOn: ['expires_on', 'date'],
        },
        holders.map((person, index) => ({
          id: uuidv7(),
          personId: person.id,
          personRegionCode: person.regionCode,
          number: `${person.identityNumber}${1 + (index % 7)}${1 + (index % 4)}`,
          category: CATEGORIES[index % 7],
          grade: 1 + (index % 4),
          issuedOn: '2023-01-01',
          expiresOn: '2033-01-01',
        })),
      ),
      scaleTable(
        'rehabilitation_services',
        {
          id: ['id', 'uuid'],
          personId: ['person_id', 'uuid'],
          personRegionCode: ['person_region_code', 'varchar'],
          kind: ['kind', 'text'],
          servedOn: ['served_on', 'date'],
          durationMinutes: ['duration_minutes', 'int4'],
        },
        Array.from({ length: holders.length * 5 }, (_, index) => {
          const person = holders[index % holders.length]!;
          return {
            id: uuidv7(),
            personId: person.id,
            personRegionCode: person.regionCode,
            kind: 'HOME_REHABILITATION',
            servedOn: random.date('2024-01-01', '2026-10-31'),
            durationMinutes: 60,
          };
        }),
      ),
    ];
  },
  benefits: (tables) => {
    const services = tables.find((table) => table.table === 'rehabilitation_services')!;
    const ids = (services.rows as Array<{ id: string }>).map((row) => row.id);
    return [benefitsStatement(disabilityFederationBenefits, 'REHABILITATION', ids)];
  },
};
