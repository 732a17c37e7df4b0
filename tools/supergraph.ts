import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphDefinition {
  name: string;
  /** URL written into the supergraph; a gateway may route elsewhere at run time. */
  url: string;
  typeDefs: string;
}

/** Raised when the subgraphs do not compose; lists every composition error. */
export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Supergraph composition failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'CompositionError';
  }
}

/**
 * Composes the subgraphs' SDL into a Federation 2 supergraph, in process and without network:
 * the result can be served by this gateway or by any other federation router.
 */
export function composeSupergraph(subgraphs: SubgraphDefinition[]): string {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: subgraph.url,
      typeDefs: parse(subgraph.typeDefs),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return `${result.supergraphSdl.trim()}\n`;
}
