import { benefitSources } from '../../shared/ledger/outbox.js';

/** The trade union's help to people in the benefit ledger: assistance grants (帮扶救助), cash. */
export const tradeUnionBenefits = benefitSources('TRADE_UNION', {
  UNION_ASSISTANCE: {
    table: 'union_assistance',
    person: 'person_id',
    region: 'person_region_code',
    date: 'granted_on',
    amountFen: 'amount_fen',
    reference: 'reference',
  },
});
