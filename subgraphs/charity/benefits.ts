import { benefitSources } from '../../shared/ledger/outbox.js';

/**
 * Charity's help to people in the benefit ledger: grants to a person (慈善资助), cash. Grants to
 * projects or communities name no person. A reversing entry (冲正) is no benefit of its own: it
 * marks the grant it reverses as reversed.
 */
export const charityBenefits = benefitSources('CHARITY', {
  CHARITY_GRANT: {
    table: 'charity_grants',
    person: 'person_id',
    region: 'recipient_region_code',
    date: 'granted_on',
    amountFen: 'amount_fen',
    reference: 'reference',
    where: `r.recipient_kind = 'PERSON' AND r.reverses_id IS NULL`,
    reversed: 'EXISTS (SELECT 1 FROM charity_grants reversal WHERE reversal.reverses_id = r.id)',
  },
});
