import { benefitsStatement } from '../../shared/ledger/outbox.js';
import { helpOf } from '../../tools/scale/generate.js';
import { scaleTable, type DepartmentScale } from '../../tools/scale/slice.js';
import { charityBenefits } from './benefits.js';

// Charity's part of the synthetic province: a relief fund in every county and its grants to
// people in the province's hardships, with their snapshots in the benefit ledger. Its donations
// are those of the demo world's published places only.

export const scale: DepartmentScale = {
  tables: (province) => {
    const fundOf = new Map(province.funds.map((fund) => [fund.regionCode, fund.id]));
    return [
      scaleTable(
        'charity_funds',
        {
          id: ['id', 'uuid'],
          name: ['name', 'varchar'],
          kind: ['kind', 'text'],
          regionCode: ['region_code', 'varchar'],
          establishedOn: ['established_on', 'date'],
        },
        province.funds.map((fund) => ({
          ...fund,
          kind: 'CHARITY_ASSOCIATION',
          establishedOn: '2023-06-01',
        })),
      ),
      scaleTable(
        'charity_grants',
        {
          id: ['id', 'uuid'],
          fundId: ['fund_id', 'uuid'],
          recipientKind: ['recipient_kind', 'text'],
          personId: ['person_id', 'uuid'],
          regionCode: ['recipient_region_code', 'varchar'],
          amountFen: ['amount_fen', 'int8'],
          givenOn: ['granted_on', 'date'],
          purpose: ['purpose', 'varchar'],
          reference: ['reference', 'varchar'],
        },
        helpOf(province, 'CHARITY').map((help, index) => ({
          id: help.id,
          fundId: fundOf.get(help.regionCode.slice(0, 6))!,
          recipientKind: 'PERSON',
          personId: help.personId,
          regionCode: help.regionCode,
          amountFen: help.amountFen,
          givenOn: help.givenOn,
          purpose: '困难群众生活救助',
          reference: `规模慈资-${index + 1}`,
        })),
      ),
    ];
  },
  benefits: (tables) => {
    const grants = tables.find((table) => table.table === 'charity_grants')!;
    const ids = (grants.rows as Array<{ id: string }>).map((row) => row.id);
    return [benefitsStatement(charityBenefits, 'CHARITY_GRANT', ids)];
  },
};
