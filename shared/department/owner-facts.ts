import { z } from 'zod';
import type { OtherHelpAnswer, OtherHelpQuery } from '../ledger/other-help.js';

// What a department may learn from civil affairs about an entity that civil affairs owns, when it
// writes a record that names that entity. Civil affairs answers only for entities that exist AND
// lie in the caller's region: "absent" and "elsewhere" are one answer, so the lookup is no oracle.

/** A person of the shared register (服务对象), as far as a writing department needs to know. */
export interface PersonFacts {
  id: string;
  /** Village (or lowest known) division code of the person's residence. */
  regionCode: string;
  birthDate: string;
  /**
   * Merged into another entry as a duplicate registration: no write may name it. `mergedInto`
   * names the survivor when the caller's region holds it too, and is null otherwise.
   */
  merged: boolean;
  mergedInto: string | null;
}

/** A project of the integrated catalogue: what a contribution or grant is checked against. */
export interface ProjectFacts {
  id: string;
  regionCode: string;
  leadDepartment: string;
  status: string;
  startsOn: string;
  endsOn: string;
  /** The contract amount, in fen. */
  contractAmountFen: bigint;
}

/** A station (社工站) of any level. */
export interface StationFacts {
  id: string;
  regionCode: string;
  status: string;
}

/** A registered division (行政区划). */
export interface RegionFacts {
  code: string;
  level: string;
}

/** The kinds of owned entity, and the facts each answers with. */
export interface OwnedFacts {
  person: PersonFacts;
  project: ProjectFacts;
  station: StationFacts;
  region: RegionFacts;
}
export type OwnedKind = keyof OwnedFacts;
export const OWNED_KINDS: readonly OwnedKind[] = ['person', 'project', 'station', 'region'];

/**
 * The owner of people, projects, stations and regions, as one department sees it in one request:
 * each lookup is `null` when the entity does not exist or lies outside the caller's region.
 */
export interface OwnerLookup {
  find<K extends OwnedKind>(kind: K, key: string): Promise<OwnedFacts[K] | null>;
  /**
   * Civil affairs also keeps the benefit ledger across departments: what other departments gave
   * a person (or the person's household) around a grant, as the caller may see it.
   */
  otherHelp(query: OtherHelpQuery): Promise<OtherHelpAnswer>;
}

/** Most keys of one kind in one reference request; a write names a handful. */
export const MAX_KEYS_PER_KIND = 500;

const keys = z.array(z.string().min(1).max(64)).max(MAX_KEYS_PER_KIND).default([]);

/** The body of a reference request: keys of each kind to look up. */
export const referenceRequest = z.object({
  person: keys,
  project: keys,
  station: keys,
  region: keys,
});
export type ReferenceRequest = z.infer<typeof referenceRequest>;

/** The answer: the facts of each key found in the caller's region; keys not found are left out. */
export interface ReferenceAnswer {
  person: Record<string, PersonFacts>;
  project: Record<string, Omit<ProjectFacts, 'contractAmountFen'> & { contractAmountFen: string }>;
  station: Record<string, StationFacts>;
  region: Record<string, RegionFacts>;
}

/** Path of the owner's reference endpoint, on the civil-affairs service. */
export const REFERENCE_PATH = '/internal/references';
