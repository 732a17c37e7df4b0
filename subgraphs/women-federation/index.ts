import { subgraphModule } from '../../shared/subgraph.js';
import { womenFederationEntities } from './entities/index.js';
import { womenFederationIndicators } from './indicators.js';
import { createWomenFederationLoaders } from './loaders.js';
import { womenFederationLinkable } from './linkable.js';
import { womenFederationMigrations } from './migrations/index.js';
import { womenFederationPersonal } from './personal.js';
import { womenFederationSchema } from './schema.js';

/** The women's federation (妇联) subgraph; nothing starts on import. */
export const womenFederation = subgraphModule({
  department: 'WOMEN_FEDERATION',
  entities: womenFederationEntities,
  migrations: womenFederationMigrations,
  schema: womenFederationSchema,
  createLoaders: createWomenFederationLoaders,
  linkable: womenFederationLinkable,
  personal: womenFederationPersonal,
  indicators: womenFederationIndicators,
});
