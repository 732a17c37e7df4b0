import { Migration20261122000000Initial } from './Migration20261122000000Initial.js';
import { Migration20261122010000AccessLog } from './Migration20261122010000AccessLog.js';
import { Migration20261201000000WrittenBy } from './Migration20261201000000WrittenBy.js';
import { Migration20261202000000CaseWork } from './Migration20261202000000CaseWork.js';
import { Migration20261202010000Webhooks } from './Migration20261202010000Webhooks.js';
import { Migration20261202020000Households } from './Migration20261202020000Households.js';
import { Migration20261202030000LedgerOutbox } from './Migration20261202030000LedgerOutbox.js';
import { Migration20261202040000BenefitLedger } from './Migration20261202040000BenefitLedger.js';
import { Migration20261203000000PersonMerges } from './Migration20261203000000PersonMerges.js';
import { Migration20261204000000ServiceAreas } from './Migration20261204000000ServiceAreas.js';
import { Migration20261205000000IndicatorOutbox } from './Migration20261205000000IndicatorOutbox.js';
import { Migration20261205010000IndicatorRollups } from './Migration20261205010000IndicatorRollups.js';
import { Migration20261206000000ProjectLifecycle } from './Migration20261206000000ProjectLifecycle.js';
import { Migration20261207000000StationStandards } from './Migration20261207000000StationStandards.js';
import { Migration20261207010000WorkforceDetail } from './Migration20261207010000WorkforceDetail.js';
import { Migration20261208000000ProjectContributions } from './Migration20261208000000ProjectContributions.js';

/** Committed migrations of the civil-affairs database, oldest first. */
export const civilAffairsMigrations = [
  { name: 'Migration20261122000000Initial', class: Migration20261122000000Initial },
  { name: 'Migration20261122010000AccessLog', class: Migration20261122010000AccessLog },
  { name: 'Migration20261201000000WrittenBy', class: Migration20261201000000WrittenBy },
  { name: 'Migration20261202000000CaseWork', class: Migration20261202000000CaseWork },
  { name: 'Migration20261202010000Webhooks', class: Migration20261202010000Webhooks },
  { name: 'Migration20261202020000Households', class: Migration20261202020000Households },
  { name: 'Migration20261202030000LedgerOutbox', class: Migration20261202030000LedgerOutbox },
  { name: 'Migration20261202040000BenefitLedger', class: Migration20261202040000BenefitLedger },
  { name: 'Migration20261203000000PersonMerges', class: Migration20261203000000PersonMerges },
  { name: 'Migration20261204000000ServiceAreas', class: Migration20261204000000ServiceAreas },
  { name: 'Migration20261205000000IndicatorOutbox', class: Migration20261205000000IndicatorOutbox },
  {
    name: 'Migration20261205010000IndicatorRollups',
    class: Migration20261205010000IndicatorRollups,
  },
  {
    name: 'Migration20261206000000ProjectLifecycle',
    class: Migration20261206000000ProjectLifecycle,
  },
  {
    name: 'Migration20261207000000StationStandards',
    class: Migration20261207000000StationStandards,
  },
  { name: 'Migration20261207010000WorkforceDetail', class: Migration20261207010000WorkforceDetail },
  {
    name: 'Migration20261208000000ProjectContributions',
    class: Migration20261208000000ProjectContributions,
  },
];
