import { readFile } from 'node:fs/promises';
import { supergraphSubgraphs } from '../../gateway/subgraph-fetch.js';

it('reads the six departments and their URLs from the committed supergraph', async () => {
  const sdl = await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
  expect(supergraphSubgraphs(sdl)).toEqual({
    'civil-affairs': 'http://localhost:4001/graphql',
    'trade-union': 'http://localhost:4002/graphql',
    'youth-league': 'http://localhost:4003/graphql',
    'women-federation': 'http://localhost:4004/graphql',
    'disabled-persons-federation': 'http://localhost:4005/graphql',
    charity: 'http://localhost:4006/graphql',
  });
});

it('finds no subgraph in a schema that is not a supergraph', () => {
  expect(supergraphSubgraphs('type Query { a: Int }\nenum join__Graph { A }')).toEqual({});
});
