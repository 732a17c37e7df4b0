import {
  benefitIndicatorSources,
  contributionIndicatorSource,
} from '../../shared/indicators/derived.js';
import { indicatorSources } from '../../shared/indicators/sources.js';
import { disabilityFederationBenefits } from './benefits.js';

/** The disabled persons' federation's measures: valid certificates, devices and rehabilitation, money in projects. */
export const disabilityFederationIndicators = indicatorSources('DISABLED_PERSONS_FEDERATION', {
  certificates: {
    table: 'certificates',
    region: 'r.person_region_code',
    since: 'r.issued_on',
    until: 'r.expires_on',
    values: { disability_certificates: '1' },
  },
  contributions: contributionIndicatorSource(),
  ...benefitIndicatorSources(disabilityFederationBenefits),
});
