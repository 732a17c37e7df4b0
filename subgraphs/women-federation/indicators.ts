import {
  benefitIndicatorSources,
  contributionIndicatorSource,
} from '../../shared/indicators/derived.js';
import { indicatorSources } from '../../shared/indicators/sources.js';
import { womenFederationBenefits } from './benefits.js';

/** The women's federation's measures: children's homes, family services, cases, money in projects. */
export const womenFederationIndicators = indicatorSources('WOMEN_FEDERATION', {
  children_homes: {
    table: 'children_homes',
    region: 'r.village_code',
    since: 'r.opened_on',
    values: { children_homes: '1' },
  },
  family_services: {
    table: 'family_services',
    region: 'r.region_code',
    on: 'r.served_on',
    values: { family_services: '1' },
  },
  women_child_cases: {
    table: 'women_child_cases',
    region: 'r.person_region_code',
    on: 'r.opened_on',
    values: { women_child_cases_opened: '1' },
  },
  contributions: contributionIndicatorSource(),
  ...benefitIndicatorSources(womenFederationBenefits),
});
