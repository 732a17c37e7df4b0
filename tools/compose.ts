import { department } from '../shared/departments.js';
import { SUBGRAPHS, type SubgraphModule } from '../subgraphs/index.js';
import { composeSupergraph } from './supergraph.js';

/**
 * The supergraph of every department subgraph, with the default local URLs (port 4001 onwards);
 * deployments route to their own URLs through configuration, not by editing the file.
 */
export async function composeHubSupergraph(modules: SubgraphModule[] = SUBGRAPHS): Promise<string> {
  const definitions = await Promise.all(
    modules.map(async (subgraph) => ({
      name: subgraph.name,
      url: `http://localhost:${department(subgraph.name).port}/graphql`,
      typeDefs: await subgraph.typeDefs(),
    })),
  );
  return composeSupergraph(definitions);
}
