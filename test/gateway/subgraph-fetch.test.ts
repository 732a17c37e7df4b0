import { readFile } from 'node:fs/promises';
import { Registry } from 'prom-client';
import { callerHeaders, subgraphFetch, supergraphSubgraphs } from '../../gateway/subgraph-fetch.js';
import { generateInternalKeys } from '../../shared/auth.js';
import {
  RECORDS_GRANT_HEADER,
  REFERENCE_GRANT_HEADER,
  verifyRecordsGrant,
  verifyReferenceGrant,
} from '../../shared/department/reference-grant.js';
import { SubgraphFetchMetrics } from '../../shared/observability/metrics.js';

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

describe('the grants a subgraph fetch carries across the seams', () => {
  const principal = {
    subject: 'writer',
    department: 'DISABLED_PERSONS_FEDERATION' as const,
    roles: ['CASEWORKER'],
    regionCode: '230127',
  };
  async function headersOf(subgraph: string, query: string) {
    const keys = await generateInternalKeys();
    const source = subgraphFetch({
      routes: {},
      timeoutMs: 1000,
      headers: callerHeaders(keys.signing!),
      metrics: new SubgraphFetchMetrics(new Registry()),
    })({ name: subgraph, url: `http://127.0.0.1:1/${subgraph}` });
    const headers = new Headers();
    await source.willSendRequest({
      request: { query, http: { method: 'POST', url: '', headers } },
      context: { requestId: 'request-1', principal, purpose: null },
    } as never);
    return { headers, keys };
  }

  it('gives a mutation to civil affairs a records grant for the caller, bound to the request', async () => {
    const { headers, keys } = await headersOf('civil-affairs', 'mutation { a }');
    expect(headers.get(REFERENCE_GRANT_HEADER)).toBeNull();
    const grant = await verifyRecordsGrant(headers.get(RECORDS_GRANT_HEADER)!, keys.verifying);
    expect(grant).toEqual({ principal, requestId: 'request-1' });
    // It opens the departments' record endpoints only.
    await expect(
      verifyReferenceGrant(headers.get(RECORDS_GRANT_HEADER)!, keys.verifying),
    ).rejects.toThrow();
  });

  it('gives a mutation to another department a reference grant, and a query neither', async () => {
    const { headers, keys } = await headersOf('trade-union', 'mutation { a }');
    expect(headers.get(RECORDS_GRANT_HEADER)).toBeNull();
    expect(
      await verifyReferenceGrant(headers.get(REFERENCE_GRANT_HEADER)!, keys.verifying),
    ).toEqual(principal);
    await expect(
      verifyRecordsGrant(headers.get(REFERENCE_GRANT_HEADER)!, keys.verifying),
    ).rejects.toThrow();
    for (const subgraph of ['civil-affairs', 'trade-union']) {
      const query = await headersOf(subgraph, '{ a }');
      expect(query.headers.get(RECORDS_GRANT_HEADER)).toBeNull();
      expect(query.headers.get(REFERENCE_GRANT_HEADER)).toBeNull();
    }
  });
});
