import { benefitIndicatorSources } from '../../shared/indicators/derived.js';
import { indicatorSources } from '../../shared/indicators/sources.js';
import { charityBenefits } from './benefits.js';

/**
 * Charity's measures: donations received (where the fund is), its volunteers, and its grants to
 * people as help given, a reversing entry (冲正, a negative amount) netting the grant it reverses
 * in the month it was made.
 */
export const charityIndicators = indicatorSources('CHARITY', {
  donations: {
    table: 'donations',
    region: '(SELECT f.region_code FROM charity_funds f WHERE f.id = r.fund_id)',
    on: 'r.received_on',
    values: { donation_amount: 'r.amount_fen / 100.0' },
  },
  volunteers: {
    table: 'charity_volunteers',
    region: 'r.region_code',
    since: 'r.joined_on',
    values: { volunteers: '1' },
  },
  ...benefitIndicatorSources(charityBenefits),
  charity_grant_reversals: {
    table: 'charity_grants',
    where: `r.recipient_kind = 'PERSON' AND r.reverses_id IS NOT NULL`,
    region: 'r.recipient_region_code',
    on: 'r.granted_on',
    dimensions: { PROGRAMME: `'CHARITY_GRANT'` },
    values: { benefits_given: '-1', benefit_amount: 'r.amount_fen / 100.0' },
  },
});
