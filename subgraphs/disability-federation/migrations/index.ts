import { Migration20261122020000Initial } from './Migration20261122020000Initial.js';

/** Committed migrations of the disability-federation database, oldest first. */
export const disabilityMigrations = [
  { name: 'Migration20261122020000Initial', class: Migration20261122020000Initial },
];
