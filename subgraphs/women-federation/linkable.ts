import type { LinkableRecords } from '../../shared/linked-records.js';

/**
 * The women's federation's records that a referral or a case may link: its cases, and family
 * services (which count households, not people).
 */
export const womenFederationLinkable: LinkableRecords<'WOMEN_FEDERATION'> = {
  WOMEN_CHILD_CASE: {
    table: 'women_child_cases',
    person: 'person_id',
    region: 'person_region_code',
    date: 'opened_on',
  },
  FAMILY_SERVICE: {
    table: 'family_services',
    person: null,
    region: 'region_code',
    date: 'served_on',
  },
};
