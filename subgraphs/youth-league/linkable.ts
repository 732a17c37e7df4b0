import type { LinkableRecords } from '../../shared/linked-records.js';

/**
 * The Youth League's records that a referral or a case may link: a person's enrolment in a
 * programme, and hours served by a volunteer (whose person, when on the register, is the
 * volunteer's).
 */
export const youthLeagueLinkable: LinkableRecords<'YOUTH_LEAGUE'> = {
  YOUTH_ENROLMENT: {
    table: 'programme_enrolments',
    person: 'person_id',
    region: 'person_region_code',
    date: 'enrolled_on',
  },
  VOLUNTEER_SERVICE: {
    table: 'volunteer_services',
    person: { via: 'volunteers', key: 'volunteer_id', column: 'person_id' },
    region: 'region_code',
    date: 'served_on',
  },
};
