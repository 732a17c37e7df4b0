import { personalTables } from '../../shared/register/personal-tables.js';
import { disabilityFederationBenefits } from './benefits.js';

/**
 * The disabled persons' federation's records about people, which follow the survivor when two
 * entries of the register are merged: the certificate (one per person: when both hold one, the
 * survivor's stays shown and the other stays under the old id), rehabilitation and devices.
 */
export const disabilityFederationPersonal = personalTables(disabilityFederationBenefits, [
  { table: 'certificates', region: 'person_region_code', unique: { columns: [] } },
  { table: 'rehabilitation_services', region: 'person_region_code' },
  { table: 'assistive_device_grants', region: 'person_region_code' },
]);
