import type { LinkableRecords } from '../../shared/linked-records.js';

/**
 * Charity's records that a referral or a case may link: grants to a person. Grants to projects or
 * communities name no person; a reversal (冲正) is no grant, and a reversed grant was never paid.
 */
export const charityLinkable: LinkableRecords<'CHARITY'> = {
  CHARITY_GRANT: {
    table: 'charity_grants',
    person: 'person_id',
    region: 'recipient_region_code',
    date: 'granted_on',
    where: `recipient_kind = 'PERSON' AND reverses_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM charity_grants reversal WHERE reversal.reverses_id = r.id)`,
  },
};
