import {
  benefitIndicatorSources,
  contributionIndicatorSource,
} from '../../shared/indicators/derived.js';
import { indicatorSources } from '../../shared/indicators/sources.js';
import { civilAffairsBenefits } from './benefits.js';

/**
 * Civil affairs' measures: the stations' service output, cases, referrals (by their sender),
 * stations, townships and social workers at month-end, temporary assistance as help given, and
 * its own money in the catalogue's projects.
 */
export const civilAffairsIndicators = indicatorSources('CIVIL_AFFAIRS', {
  service_records: {
    table: 'service_records',
    region: 'r.region_code',
    on: 'r.served_on',
    dimensions: {
      METHOD: 'r.method',
      SERVICE_AREA: 'r.service_area',
      TARGET_GROUP: 'r.target_groups',
    },
    values: {
      services: '1',
      person_times: 'r.person_times',
      service_hours: 'r.duration_minutes / 60.0',
      households_visited: `CASE WHEN r.method = 'HOME_VISIT' THEN r.households ELSE 0 END`,
    },
  },
  cases: {
    table: 'cases',
    region: 'r.region_code',
    on: 'r.opened_on',
    values: { cases_opened: '1' },
  },
  referrals: {
    table: 'referrals',
    region: 'r.region_code',
    on: 'r.sent_on',
    reporter: 'r.from_department',
    dimensions: { SERVICE_AREA: 'r.service_area' },
    values: { referrals_sent: '1' },
  },
  stations: {
    table: 'stations',
    region: 'r.region_code',
    since: 'coalesce(r.opened_on, r.created_at::date)',
    dimensions: { STATION_LEVEL: 'r.level', STATION_STATUS: 'r.status' },
    values: { stations: '1' },
  },
  // The register of divisions carries no dates: a township counts at every month-end.
  townships: {
    table: 'regions',
    key: 'code',
    where: `r.level = 'TOWNSHIP'`,
    region: 'r.code',
    since: `DATE '1949-10-01'`,
    values: { townships: '1' },
  },
  social_workers: {
    table: 'social_workers',
    region: 'r.region_code',
    since: 'r.created_at::date',
    dimensions: { EMPLOYMENT: 'r.employment', CERTIFICATION: 'r.certification' },
    values: { social_workers: '1' },
  },
  contributions: contributionIndicatorSource(),
  ...benefitIndicatorSources(civilAffairsBenefits),
});
