import { Migration20261122040000Initial } from './Migration20261122040000Initial.js';
import { Migration20261201000000WrittenBy } from './Migration20261201000000WrittenBy.js';
import { Migration20261201010000ContributionReversals } from './Migration20261201010000ContributionReversals.js';
import { Migration20261202030000LedgerOutbox } from './Migration20261202030000LedgerOutbox.js';
import { Migration20261203000000RegisterFollower } from './Migration20261203000000RegisterFollower.js';
import { Migration20261205000000IndicatorOutbox } from './Migration20261205000000IndicatorOutbox.js';
import { Migration20261208000000ContributionSources } from './Migration20261208000000ContributionSources.js';

/** Committed migrations of the Youth League database, oldest first. */
export const youthLeagueMigrations = [
  { name: 'Migration20261122040000Initial', class: Migration20261122040000Initial },
  { name: 'Migration20261201000000WrittenBy', class: Migration20261201000000WrittenBy },
  {
    name: 'Migration20261201010000ContributionReversals',
    class: Migration20261201010000ContributionReversals,
  },
  { name: 'Migration20261202030000LedgerOutbox', class: Migration20261202030000LedgerOutbox },
  {
    name: 'Migration20261203000000RegisterFollower',
    class: Migration20261203000000RegisterFollower,
  },
  { name: 'Migration20261205000000IndicatorOutbox', class: Migration20261205000000IndicatorOutbox },
  {
    name: 'Migration20261208000000ContributionSources',
    class: Migration20261208000000ContributionSources,
  },
];
