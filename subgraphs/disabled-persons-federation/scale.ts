import { v7 as uuidv7 } from 'uuid';
import { benefitsStatement } from '../../shared/ledger/outbox.js';
import { CERTIFICATE_EVERY, helpOf } from '../../tools/scale/generate.js';
import { scaleTable, type DepartmentScale } from '../../tools/scale/slice.js';
import { disabilityFederationBenefits } from './benefits.js';
import { DisabilityCategory } from './entities/enums.js';

// The disabled persons' federation's part of the synthetic province: a certificate for one
// person in ten, five rehabilitation services each, assistive devices in the province's
// hardships, and the snapshots of both in the benefit ledger.

const CATEGORIES = Object.values(DisabilityCategory);
const DEVICES = ['轮椅', '助听器', '助行器', '盲杖'];

export const scale: DepartmentScale = {
  tables: (province, random) => {
    const holders = province.people.filter((_, index) => index % CERTIFICATE_EVERY === 0);
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
      scaleTable(
        'assistive_device_grants',
        {
          id: ['id', 'uuid'],
          personId: ['person_id', 'uuid'],
          regionCode: ['person_region_code', 'varchar'],
          device: ['device', 'varchar'],
          amountFen: ['value_fen', 'int8'],
          givenOn: ['granted_on', 'date'],
          reference: ['reference', 'varchar'],
        },
        helpOf(province, 'DISABLED_PERSONS_FEDERATION').map((help, index) => ({
          id: help.id,
          personId: help.personId,
          regionCode: help.regionCode,
          device: DEVICES[index % DEVICES.length]!,
          amountFen: help.amountFen,
          givenOn: help.givenOn,
          reference: `规模辅具-${index + 1}`,
        })),
      ),
    ];
  },
  benefits: (tables) => {
    const ids = (table: string) =>
      (tables.find((written) => written.table === table)!.rows as Array<{ id: string }>).map(
        (row) => row.id,
      );
    return [
      benefitsStatement(
        disabilityFederationBenefits,
        'REHABILITATION',
        ids('rehabilitation_services'),
      ),
      benefitsStatement(
        disabilityFederationBenefits,
        'ASSISTIVE_DEVICE',
        ids('assistive_device_grants'),
      ),
    ];
  },
};
