import { GraphQLError } from 'graphql';
import type { HubContext, Principal } from '../context.js';
import { inScope } from '../scope.js';
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
  region: 'division',
};

/** `NOT_FOUND` on `field`: the same words for "absent", "elsewhere" and "not as stated". */
export function unusableReference(kind: string, field: string): GraphQLError {
  const noun = kind in NOUNS ? NOUNS[kind as OwnedKind] : kind;
  return new GraphQLError(`${field}: no such ${noun} in your region`, {
    extensions: { code: ErrorCode.NOT_FOUND, field },
  });
}

/**
 * A record of the department's own that a write names by `field` (a team, a fund, a case…): the
 * same refusal when it does not exist as when it lies outside the caller's region.
 */
export function requireOwnRecord<T>(
  principal: Principal,
  row: T | null,
  regionOf: (row: T) => string,
  field: string,
  noun: string,
): T {
  if (!row || !inScope(principal, regionOf(row))) throw unusableReference(noun, field);
  return row;
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
  if ('merged' in facts && facts.merged) throw mergedAway(field, facts.mergedInto);
  return facts;
}

/**
 * `CONFLICT` on `field`: the person's entry was merged into another as a duplicate registration,
 * so records are written to the survivor, named when the caller's region holds it. Only a caller
 * who may see the entry is told; anyone else gets the one refusal.
 */
export function mergedAway(field: string, survivorId: string | null): GraphQLError {
  const where = survivorId ? ` ${survivorId}` : ' it was merged into';
  return new GraphQLError(
    `${field}: this entry of the register was merged into another as the same person (已合并); write to the entry${where}`,
    {
      extensions: {
        code: ErrorCode.CONFLICT,
        field,
        ...(survivorId ? { mergedInto: survivorId } : {}),
      },
    },
  );
}

/**
 * The person a record is about, from an input's `personId` and the region the client believes
 * (`personRegionCode`, an assertion only): the register's facts, or the one refusal.
 */
export function requirePersonOf(
  ctx: Pick<HubContext, 'owner'>,
  input: { personId: string; personRegionCode?: string | null },
): Promise<OwnedFacts['person']> {
  return requireOwned(ctx, 'person', input.personId, 'personId', input.personRegionCode);
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

/**
 * For a department's own place (a service point, a team, a fund…): its division must be one the
 * owner has registered in the caller's region, and its station, when named, must serve it.
 */
export async function requirePlace(
  ctx: Pick<HubContext, 'owner'>,
  regionCode: string,
  stationId: string | null | undefined,
  regionField = 'regionCode',
): Promise<void> {
  await requireOwned(ctx, 'region', regionCode, regionField);
  await requireStationFor(ctx, stationId, regionCode);
}
