import { subgraphModule } from '../../shared/subgraph.js';
import { youthLeagueEntities } from './entities/index.js';
import { youthLeagueIndicators } from './indicators.js';
import { createYouthLeagueLoaders } from './loaders.js';
import { youthLeagueLinkable } from './linkable.js';
import { youthLeagueMigrations } from './migrations/index.js';
import { youthLeaguePersonal } from './personal.js';
import { youthLeagueSchema } from './schema.js';

/** The Youth League (团委) subgraph; nothing starts on import. */
export const youthLeague = subgraphModule({
  department: 'YOUTH_LEAGUE',
  entities: youthLeagueEntities,
  migrations: youthLeagueMigrations,
  schema: youthLeagueSchema,
  createLoaders: createYouthLeagueLoaders,
  linkable: youthLeagueLinkable,
  personal: youthLeaguePersonal,
  indicators: youthLeagueIndicators,
});
