import type { LinkableRecords } from '../../shared/linked-records.js';

/**
 * Civil affairs' records that a referral or a case may link: service records (their people are
 * listed apart, in `service_record_people`) and temporary assistance to a person.
 */
export const civilAffairsLinkable: LinkableRecords<'CIVIL_AFFAIRS'> = {
  SERVICE_RECORD: {
    table: 'service_records',
    person: null,
    region: 'region_code',
    date: 'served_on',
  },
  TEMPORARY_ASSISTANCE: {
    table: 'temporary_assistance',
    person: 'person_id',
    region: 'region_code',
    date: 'granted_on',
  },
};
