import { benefitSources } from '../../shared/ledger/outbox.js';

/**
 * The Youth League's help to people in the benefit ledger: a place in a youth programme (one
 * 个名额 per enrolment). Hours served by volunteers are given by them, not to them.
 */
export const youthLeagueBenefits = benefitSources('YOUTH_LEAGUE', {
  YOUTH_PROGRAMME: {
    table: 'programme_enrolments',
    person: 'person_id',
    region: 'person_region_code',
    date: 'enrolled_on',
    quantity: 1,
    unit: '个名额',
    reference: null,
  },
});
