import { v7 as uuidv7 } from 'uuid';
import { benefitsStatement } from '../../shared/ledger/outbox.js';
import { helpOf, WORKER_FILE_EVERY } from '../../tools/scale/generate.js';
import { scaleTable, type DepartmentScale } from '../../tools/scale/slice.js';
import { tradeUnionBenefits } from './benefits.js';

// The trade union's part of the synthetic province: a worker file for one person in twenty, its
// assistance grants in the province's hardships and their snapshots in the benefit ledger.

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
        .filter((_, index) => index % WORKER_FILE_EVERY === 0)
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
    scaleTable(
      'union_assistance',
      {
        id: ['id', 'uuid'],
        personId: ['person_id', 'uuid'],
        regionCode: ['person_region_code', 'varchar'],
        kind: ['kind', 'text'],
        amountFen: ['amount_fen', 'int8'],
        givenOn: ['granted_on', 'date'],
        reference: ['reference', 'varchar'],
      },
      helpOf(province, 'TRADE_UNION').map((help, index) => ({
        id: help.id,
        personId: help.personId,
        regionCode: help.regionCode,
        kind: index % 3 ? 'LIVING' : 'MEDICAL',
        amountFen: help.amountFen,
        givenOn: help.givenOn,
        reference: `规模工帮-${index + 1}`,
      })),
    ),
  ],
  benefits: (tables) => {
    const grants = tables.find((table) => table.table === 'union_assistance')!;
    const ids = (grants.rows as Array<{ id: string }>).map((row) => row.id);
    return [benefitsStatement(tradeUnionBenefits, 'UNION_ASSISTANCE', ids)];
  },
};
