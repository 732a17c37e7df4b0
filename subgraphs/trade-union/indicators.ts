import {
  benefitIndicatorSources,
  contributionIndicatorSource,
} from '../../shared/indicators/derived.js';
import { indicatorSources } from '../../shared/indicators/sources.js';
import { tradeUnionBenefits } from './benefits.js';

/** The trade union's measures: files of workers in difficulty, service points, assistance, money in projects. */
export const tradeUnionIndicators = indicatorSources('TRADE_UNION', {
  worker_files: {
    table: 'worker_files',
    region: 'r.person_region_code',
    since: 'r.opened_on',
    until: 'r.closed_on',
    values: { worker_files_open: '1' },
  },
  service_points: {
    table: 'union_service_points',
    region: 'r.region_code',
    since: 'coalesce(r.opened_on, r.created_at::date)',
    values: { union_service_points: '1' },
  },
  contributions: contributionIndicatorSource(),
  ...benefitIndicatorSources(tradeUnionBenefits),
});
