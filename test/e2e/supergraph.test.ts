import { readFile } from 'node:fs/promises';
import { composeHubSupergraph } from '../../tools/compose.js';

// The gateway serves the committed supergraph.graphql; it must be what the subgraphs compose to.

it('composes without errors and matches the committed supergraph.graphql', async () => {
  const composed = await composeHubSupergraph();
  const committed = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
  expect(composed).toContain(
    '@join__graph(name: "civil-affairs", url: "http://localhost:4001/graphql")',
  );
  expect(composed).toContain('type Station');
  if (committed !== composed) {
    throw new Error('supergraph.graphql is stale: run `npm run compose` and commit the result');
  }
});
