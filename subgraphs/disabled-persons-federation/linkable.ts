import type { LinkableRecords } from '../../shared/linked-records.js';

/**
 * The disabled persons' federation's records that a referral or a case may link: rehabilitation
 * services and assistive devices given to a certificate holder.
 */
export const disabilityFederationLinkable: LinkableRecords<'DISABLED_PERSONS_FEDERATION'> = {
  REHABILITATION_SERVICE: {
    table: 'rehabilitation_services',
    person: 'person_id',
    region: 'person_region_code',
    date: 'served_on',
  },
  ASSISTIVE_DEVICE_GRANT: {
    table: 'assistive_device_grants',
    person: 'person_id',
    region: 'person_region_code',
    date: 'granted_on',
  },
};
