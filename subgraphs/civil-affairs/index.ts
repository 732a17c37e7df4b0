import { subgraphModule } from '../../shared/subgraph.js';
import { civilAffairsEntities } from './entities/index.js';
import { createCivilAffairsLoaders } from './loaders.js';
import { civilAffairsMigrations } from './migrations/index.js';
import { localOwnerLookup, mountReferenceEndpoint } from './owner.js';
import { buildCivilAffairsSchema } from './schema.js';

/** The civil-affairs (民政) subgraph; nothing starts on import. */
export const civilAffairs = subgraphModule({
  name: 'civil-affairs',
  entities: civilAffairsEntities,
  migrations: civilAffairsMigrations,
  buildSchema: buildCivilAffairsSchema,
  createLoaders: createCivilAffairsLoaders,
  owner: {
    lookup: (em, grant) => localOwnerLookup(em, grant.principal),
    mountRoutes: mountReferenceEndpoint,
  },
});
