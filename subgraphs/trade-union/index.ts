import { subgraphModule } from '../../shared/subgraph.js';
import { tradeUnionEntities } from './entities/index.js';
import { createTradeUnionLoaders } from './loaders.js';
import { tradeUnionMigrations } from './migrations/index.js';
import { buildTradeUnionSchema } from './schema.js';

/** The trade union (工会) subgraph; nothing starts on import. */
export const tradeUnion = subgraphModule({
  name: 'trade-union',
  entities: tradeUnionEntities,
  migrations: tradeUnionMigrations,
  buildSchema: buildTradeUnionSchema,
  createLoaders: createTradeUnionLoaders,
});
