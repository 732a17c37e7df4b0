import {
  benefitIndicatorSources,
  contributionIndicatorSource,
} from '../../shared/indicators/derived.js';
import { indicatorSources } from '../../shared/indicators/sources.js';
import { youthLeagueBenefits } from './benefits.js';

/** The Youth League's measures: volunteers and their service, programme places, money in projects. */
export const youthLeagueIndicators = indicatorSources('YOUTH_LEAGUE', {
  volunteers: {
    table: 'volunteers',
    region: 'r.region_code',
    since: 'r.joined_on',
    values: { volunteers: '1' },
  },
  volunteer_services: {
    table: 'volunteer_services',
    region: 'r.region_code',
    on: 'r.served_on',
    values: { volunteer_services: '1', volunteer_hours: 'r.duration_minutes / 60.0' },
  },
  contributions: contributionIndicatorSource(),
  ...benefitIndicatorSources(youthLeagueBenefits),
});
