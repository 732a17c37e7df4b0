import {
  startDepartmentSubgraph,
  type RunningSubgraph,
  type SubgraphOptions,
} from '../../shared/subgraph.js';
import { loadCivilAffairsDemo } from './demo.js';
import { civilAffairsEntities } from './entities/index.js';
import { createCivilAffairsLoaders } from './loaders.js';
import { civilAffairsMigrations } from './migrations/index.js';
import { buildCivilAffairsSchema } from './schema.js';

/** Starts the civil-affairs (民政) subgraph; nothing happens on import. */
export function createCivilAffairsSubgraph(options: SubgraphOptions): Promise<RunningSubgraph> {
  return startDepartmentSubgraph(
    {
      name: 'civil-affairs',
      entities: civilAffairsEntities,
      migrations: civilAffairsMigrations,
      buildSchema: buildCivilAffairsSchema,
      createLoaders: createCivilAffairsLoaders,
      loadDemo: loadCivilAffairsDemo,
    },
    options,
  );
}
