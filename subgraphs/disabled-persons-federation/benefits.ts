import { benefitSources } from '../../shared/ledger/outbox.js';

/**
 * The disabled persons' federation's help to certificate holders in the benefit ledger: an
 * assistive device given (one 件 per grant; its value is not cash to the person) and a
 * rehabilitation service (one 次).
 */
export const disabilityFederationBenefits = benefitSources('DISABLED_PERSONS_FEDERATION', {
  ASSISTIVE_DEVICE: {
    table: 'assistive_device_grants',
    person: 'person_id',
    region: 'person_region_code',
    date: 'granted_on',
    quantity: 1,
    unit: '件',
    reference: 'reference',
  },
  REHABILITATION: {
    table: 'rehabilitation_services',
    person: 'person_id',
    region: 'person_region_code',
    date: 'served_on',
    quantity: 1,
    unit: '次',
    reference: null,
  },
});
