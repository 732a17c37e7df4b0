import { Migration20261122000000Initial } from './Migration20261122000000Initial.js';

/** Committed migrations of the civil-affairs database, oldest first. */
export const civilAffairsMigrations = [
  { name: 'Migration20261122000000Initial', class: Migration20261122000000Initial },
];
