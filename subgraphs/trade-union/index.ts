import { subgraphModule } from '../../shared/subgraph.js';
import { tradeUnionEntities } from './entities/index.js';
import { tradeUnionIndicators } from './indicators.js';
import { createTradeUnionLoaders } from './loaders.js';
import { tradeUnionLinkable } from './linkable.js';
import { tradeUnionMigrations } from './migrations/index.js';
import { tradeUnionPersonal } from './personal.js';
import { tradeUnionSchema } from './schema.js';

/** The trade union (工会) subgraph; nothing starts on import. */
export const tradeUnion = subgraphModule({
  department: 'TRADE_UNION',
  entities: tradeUnionEntities,
  migrations: tradeUnionMigrations,
  schema: tradeUnionSchema,
  createLoaders: createTradeUnionLoaders,
  linkable: tradeUnionLinkable,
  personal: tradeUnionPersonal,
  indicators: tradeUnionIndicators,
});
