import { subgraphModule } from '../../shared/subgraph.js';
import { charityEntities } from './entities/index.js';
import { charityIndicators } from './indicators.js';
import { createCharityLoaders } from './loaders.js';
import { charityLinkable } from './linkable.js';
import { charityMigrations } from './migrations/index.js';
import { charityPersonal } from './personal.js';
import { charitySchema } from './schema.js';

/** The charity (慈善) subgraph; nothing starts on import. */
export const charity = subgraphModule({
  department: 'CHARITY',
  entities: charityEntities,
  migrations: charityMigrations,
  schema: charitySchema,
  createLoaders: createCharityLoaders,
  linkable: charityLinkable,
  personal: charityPersonal,
  indicators: charityIndicators,
});
