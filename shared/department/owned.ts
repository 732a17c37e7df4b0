import { GraphQLError } from 'graphql';
import type { HubContext } from '../context.js';
import { badInput, ErrorCode } from '../errors.js';
import { parseDivisionCode } from '../validators/division-code.js';
import type { OwnedFacts, OwnedKind } from './owner-facts.js';

// The one refusal of a write that names an entity the caller cannot use: it does not exist, or it
// lies outside the caller's region, or a region the client stated for it is not the owner's. All
// three read the same, so a write can never be used to learn where a person lives or whether an
// id exists in another county.

const NOUNS: Record<OwnedKind, string> = {
  person: 'person',
  project: 'project',
  station: 'station',
  region: 'region',
};

/** `NOT_FOUND` on `field`: the same words for "absent", "elsewhere" and "not as stated". */
export function unusableReference(kind: OwnedKind, field: string): GraphQLError {
  return new GraphQLError(`${field}: no such ${NOUNS[kind]} in your region`, {
    extensions: { code: ErrorCode.NOT_FOUND, field },
  });
}

/**
 * The owner's facts of an entity that a write names by `field`, or the one refusal. `claimed` is a
 * region the client stated for it (kept in inputs as an assertion): it must be the owner's.
 */
export async function requireOwned<K extends OwnedKind>(
  ctx: Pick<HubContext, 'owner'>,
  kind: K,
  key: string,
  field: string,
  claimed?: string | null,
): Promise<OwnedFacts[K]> {
  const facts = await ctx.owner.find(kind, key);
  if (!facts) throw unusableReference(kind, field);
  if (claimed != null && claimed !== regionOf(facts)) throw unusableReference(kind, field);
  return facts;
}

/** `requireOwned` for an optional reference: `null` stays `null`. */
export async function optionalOwned<K extends OwnedKind>(
  ctx: Pick<HubContext, 'owner'>,
  kind: K,
  key: string | null | undefined,
  field: string,
): Promise<OwnedFacts[K] | null> {
  return key == null ? null : requireOwned(ctx, kind, key, field);
}

function regionOf(facts: OwnedFacts[OwnedKind]): string {
  return 'code' in facts ? facts.code : facts.regionCode;
}

/**
 * True when one division lies inside the other (or they are the same): a station serves the
 * villages under its township, and a township team may sit at the county's centre.
 */
export function onOneBranch(a: string, b: string): boolean {
  const left = parseDivisionCode(a);
  const right = parseDivisionCode(b);
  if (!left.ok || !right.ok) return false;
  return a.startsWith(right.subtreePrefix) || b.startsWith(left.subtreePrefix);
}

/**
 * Checks that a station named by a record serves the record's region (the station is in the
 * caller's region by then, so saying that it does not serve this one reveals nothing).
 */
export async function requireStationFor(
  ctx: Pick<HubContext, 'owner'>,
  stationId: string | null | undefined,
  regionCode: string,
  field = 'stationId',
): Promise<OwnedFacts['station'] | null> {
  const station = await optionalOwned(ctx, 'station', stationId, field);
  if (station && !onOneBranch(station.regionCode, regionCode)) {
    throw badInput(field, `the station does not serve region ${regionCode}`);
  }
  return station;
}
