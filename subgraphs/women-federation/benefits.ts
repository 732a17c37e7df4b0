import { benefitSources } from '../../shared/ledger/outbox.js';

/**
 * The women's federation gives no benefit to a named person yet: its family services count
 * households without naming one, and its cases are casework, not help given.
 */
export const womenFederationBenefits = benefitSources('WOMEN_FEDERATION', {});
