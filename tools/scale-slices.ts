import type { DepartmentService } from '../shared/config.js';
import { scale as charity } from '../subgraphs/charity/scale.js';
import { scale as civilAffairs } from '../subgraphs/civil-affairs/scale.js';
import { scale as disabilityFederation } from '../subgraphs/disabled-persons-federation/scale.js';
import { scale as tradeUnion } from '../subgraphs/trade-union/scale.js';
import { scale as womenFederation } from '../subgraphs/women-federation/scale.js';
import { scale as youthLeague } from '../subgraphs/youth-league/scale.js';
import type { DepartmentScale } from './scale/slice.js';

/**
 * Each department's rows of the synthetic province (`npm run demo -- --scale N`). The order is
 * the order they are written and draw their random numbers in: keep it.
 */
export const SCALE_SLICES: Record<DepartmentService, DepartmentScale> = {
  'civil-affairs': civilAffairs,
  'trade-union': tradeUnion,
  'youth-league': youthLeague,
  'women-federation': womenFederation,
  'disabled-persons-federation': disabilityFederation,
  charity,
};
