import { benefitsStatement } from '../../shared/ledger/outbox.js';
import { helpOf } from '../../tools/scale/generate.js';
import { scaleTable, type DepartmentScale } from '../../tools/scale/slice.js';
import { charityBenefits } from './benefits.js';

// Charity's part of the synthetic province: a relief fund in every county, the donation that
// fills it, and its grants to people in the province's hardships, with their snapshots in the
// benefit ledger.

export const scale: DepartmentScale = {
  tables: (province) => {
    const fundOf = new Map(province.funds.map((fund) => [fund.regionCode, fund.id]));
    const grants = helpOf(province, 'CHARITY');
    const granted = new Map<string, bigint>();
    for (const grant of grants) {
      const fund = fundOf.get(grant.regionCode.slice(0, 6))!;
      granted.set(fund, (granted.get(fund) ?? 0n) + BigInt(grant.amountFen));
    }
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
        province.funds.map(({ id, name, regionCode }) => ({
          id,
          name,
          regionCode,
          kind: 'CHARITY_ASSOCIATION',
          establishedOn: '2023-06-01',
        })),
      ),
      // Each fund raised what it granted and two million yuan more, for grants still to come.
      scaleTable(
        'donations',
        {
          id: ['id', 'uuid'],
          fundId: ['fund_id', 'uuid'],
          donor: ['donor', 'varchar'],
          anonymous: ['anonymous', 'bool'],
          amountFen: ['amount_fen', 'int8'],
          receivedOn: ['received_on', 'date'],
          reference: ['reference', 'varchar'],
        },
        province.funds.map((fund) => ({
          id: fund.donationId,
          fundId: fund.id,
          donor: `${fund.name.replace('慈善救助基金', '')}爱心企业联合会`,
          anonymous: false,
          amountFen: String((granted.get(fund.id) ?? 0n) + 200_000_000n),
          receivedOn: '2023-06-15',
          reference: `规模捐赠-${fund.regionCode}`,
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
        grants.map((help, index) => ({
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
  // Donations name no region: they go with their funds.
  clear: [
    `DELETE FROM charity_grants WHERE recipient_region_code LIKE '33%'`,
    `DELETE FROM donations WHERE fund_id IN (SELECT id FROM charity_funds WHERE region_code LIKE '33%')`,
    `DELETE FROM charity_funds WHERE region_code LIKE '33%'`,
  ],
  benefits: (tables) => {
    const grants = tables.find((table) => table.table === 'charity_grants')!;
    const ids = (grants.rows as Array<{ id: string }>).map((row) => row.id);
    return [benefitsStatement(charityBenefits, 'CHARITY_GRANT', ids)];
  },
};
