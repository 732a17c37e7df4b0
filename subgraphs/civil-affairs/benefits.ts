import { benefitSources } from '../../shared/ledger/outbox.js';

/**
 * Civil affairs' help to people in the benefit ledger: temporary assistance (临时救助), cash to the
 * applicant. It has no document number; its idempotency key is the client's, not a reference.
 */
export const civilAffairsBenefits = benefitSources('CIVIL_AFFAIRS', {
  TEMPORARY_ASSISTANCE: {
    table: 'temporary_assistance',
    person: 'person_id',
    region: 'region_code',
    date: 'granted_on',
    amountFen: 'amount_fen',
    reference: null,
  },
});
