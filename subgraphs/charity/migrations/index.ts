import { Migration20261122060000Initial } from './Migration20261122060000Initial.js';

/** Committed migrations of the charity database, oldest first. */
export const charityMigrations = [
  { name: 'Migration20261122060000Initial', class: Migration20261122060000Initial },
];
