import { subgraphModule } from '../../shared/subgraph.js';
import { disabilityEntities } from './entities/index.js';
import { createDisabilityLoaders } from './loaders.js';
import { disabilityMigrations } from './migrations/index.js';
import { buildDisabilitySchema } from './schema.js';

/** The disabled persons' federation (残联) subgraph; nothing starts on import. */
export const disabilityFederation = subgraphModule({
  name: 'disabled-persons-federation',
  entities: disabilityEntities,
  migrations: disabilityMigrations,
  buildSchema: buildDisabilitySchema,
  createLoaders: createDisabilityLoaders,
});
