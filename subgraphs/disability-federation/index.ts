import {
  startDepartmentSubgraph,
  type RunningSubgraph,
  type SubgraphOptions,
} from '../../shared/subgraph.js';
import { loadDisabilityDemo } from './demo.js';
import { disabilityEntities } from './entities/index.js';
import { createDisabilityLoaders } from './loaders.js';
import { disabilityMigrations } from './migrations/index.js';
import { buildDisabilitySchema } from './schema.js';

/** Starts the disabled persons' federation (残联) subgraph; nothing happens on import. */
export function createDisabilitySubgraph(options: SubgraphOptions): Promise<RunningSubgraph> {
  return startDepartmentSubgraph(
    {
      name: 'disability-federation',
      entities: disabilityEntities,
      migrations: disabilityMigrations,
      buildSchema: buildDisabilitySchema,
      createLoaders: createDisabilityLoaders,
      loadDemo: loadDisabilityDemo,
    },
    options,
  );
}
