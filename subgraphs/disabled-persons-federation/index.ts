import { subgraphModule } from '../../shared/subgraph.js';
import { disabilityEntities } from './entities/index.js';
import { disabilityFederationIndicators } from './indicators.js';
import { createDisabilityLoaders } from './loaders.js';
import { disabilityFederationLinkable } from './linkable.js';
import { disabilityMigrations } from './migrations/index.js';
import { disabilityFederationPersonal } from './personal.js';
import { disabledPersonsFederationSchema } from './schema.js';

/** The disabled persons' federation (残联) subgraph; nothing starts on import. */
export const disabilityFederation = subgraphModule({
  department: 'DISABLED_PERSONS_FEDERATION',
  entities: disabilityEntities,
  migrations: disabilityMigrations,
  schema: disabledPersonsFederationSchema,
  createLoaders: createDisabilityLoaders,
  linkable: disabilityFederationLinkable,
  personal: disabilityFederationPersonal,
  indicators: disabilityFederationIndicators,
});
