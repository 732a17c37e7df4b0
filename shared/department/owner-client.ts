import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import {
  OWNED_KINDS,
  REFERENCE_PATH,
  type OwnedFacts,
  type OwnedKind,
  type OwnerLookup,
  type ReferenceAnswer,
  type ReferenceRequest,
} from './owner-facts.js';
import { REFERENCE_GRANT_HEADER } from './reference-grant.js';
import {
  OTHER_HELP_PATH,
  type OtherHelpAnswer,
  type OtherHelpQuery,
} from '../ledger/other-help.js';

/** Longest wait for civil affairs to answer a reference request. */
const REFERENCE_TIMEOUT_MS = 5000;

function ownerUnavailable(reason: string): GraphQLError {
  return new GraphQLError(
    `Civil affairs cannot verify the people, projects, stations or regions this write names (${reason}); nothing was written`,
    { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'civil-affairs' } },
  );
}

/**
 * Lookups of one request batched into one reference request per tick, and remembered for the
 * rest of the request only: the answer depends on who asks, and a person can move.
 */
export function batchedOwnerLookup(
  answer: (request: ReferenceRequest) => Promise<ReferenceAnswer>,
  otherHelp: (query: OtherHelpQuery) => Promise<OtherHelpAnswer>,
): OwnerLookup {
  const loader = new DataLoader<string, unknown>(async (tagged) => {
    const request: ReferenceRequest = { person: [], project: [], station: [], region: [] };
    for (const key of tagged) {
      const [kind, id] = key.split(':', 2) as [OwnedKind, string];
      request[kind].push(id);
    }
    const found = await answer(request);
    return tagged.map((key) => {
      const [kind, id] = key.split(':', 2) as [OwnedKind, string];
      const facts = found[kind][id];
      if (!facts) return null;
      return kind === 'project'
        ? {
            ...facts,
            contractAmountFen: BigInt((facts as { contractAmountFen: string }).contractAmountFen),
          }
        : facts;
    });
  });
  return {
    async find<K extends OwnedKind>(kind: K, key: string) {
      if (!OWNED_KINDS.includes(kind)) throw new Error(`unknown owned kind ${kind}`);
      return (await loader.load(`${kind}:${key}`)) as OwnedFacts[K] | null;
    },
    otherHelp,
  };
}

/**
 * The owner as a department other than civil affairs sees it: civil affairs' reference endpoint,
 * asked with the caller's reference grant, which only the gateway signs and only for mutations.
 */
export function remoteOwnerLookup(
  civilAffairsUrl: string | undefined,
  referenceGrant: string | undefined,
): OwnerLookup {
  /** Posts `body` to one of civil affairs' endpoints with the caller's reference grant. */
  async function ask<T>(path: string, body: unknown): Promise<T> {
    if (!civilAffairsUrl) throw ownerUnavailable('no civil-affairs URL is configured');
    if (!referenceGrant) throw ownerUnavailable('only writes may look up references');
    try {
      const response = await fetch(new URL(path, civilAffairsUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [REFERENCE_GRANT_HEADER]: referenceGrant },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REFERENCE_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as T;
    } catch (error) {
      throw ownerUnavailable((error as Error).name === 'TimeoutError' ? 'timeout' : 'no answer');
    }
  }
  return batchedOwnerLookup(
    (request) => ask<ReferenceAnswer>(REFERENCE_PATH, request),
    (query) => ask<OtherHelpAnswer>(OTHER_HELP_PATH, query),
  );
}
