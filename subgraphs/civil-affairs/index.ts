import { subgraphModule } from '../../shared/subgraph.js';
import { startCivilAffairsBackground } from './background.js';
import { civilAffairsEntities } from './entities/index.js';
import { civilAffairsIndicators } from './indicators.js';
import { createCivilAffairsLoaders } from './loaders.js';
import { civilAffairsLinkable } from './linkable.js';
import { civilAffairsMigrations } from './migrations/index.js';
import { civilAffairsPersonal } from './personal.js';
import { localOwnerLookup, mountReferenceEndpoint } from './owner.js';
import { civilAffairsSchema } from './schema.js';

/** The civil-affairs (民政) subgraph; nothing starts on import. */
export const civilAffairs = subgraphModule({
  department: 'CIVIL_AFFAIRS',
  entities: civilAffairsEntities,
  migrations: civilAffairsMigrations,
  schema: civilAffairsSchema,
  createLoaders: createCivilAffairsLoaders,
  linkable: civilAffairsLinkable,
  personal: civilAffairsPersonal,
  indicators: civilAffairsIndicators,
  owner: {
    lookup: (em, grant) => localOwnerLookup(em, grant.principal),
    mountRoutes: mountReferenceEndpoint,
  },
  background: startCivilAffairsBackground,
});
