import type { EntityManager } from '@mikro-orm/postgresql';
import { validateCreditCode } from '../../../shared/validators/credit-code.js';
import { Agency, Region, Station } from '../entities/index.js';

const CHUNK = 1_000;

/** Runs `find` over the keys a thousand at a time: one statement per thousand rows, not per row. */
export async function findIn<T>(
  keys: Iterable<string>,
  find: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const unique = [...new Set(keys)];
  const found: T[] = [];
  for (let start = 0; start < unique.length; start += CHUNK) {
    found.push(...(await find(unique.slice(start, start + CHUNK))));
  }
  return found;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) =>
  map.set(key, [...(map.get(key) ?? []), value]);

/** What a reference cell resolved to: a record, or why not. */
export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The records an import refers to by natural key, loaded in bulk before any row is matched, plus
 * the records created on earlier lines of the same file, so that those can be referred to too.
 */
export class Lookup {
  readonly regions = new Map<string, Region>();
  private readonly agenciesByCode = new Map<string, Agency>();
  private readonly agenciesByName = new Map<string, Agency[]>();
  private readonly stationsByName = new Map<string, Station[]>();

  constructor(private readonly em: EntityManager) {}

  async loadRegions(codes: Iterable<string>): Promise<void> {
    const found = await findIn(codes, (chunk) => this.em.find(Region, { code: { $in: chunk } }));
    for (const region of found) this.regions.set(region.code, region);
  }

  /** Agencies named by credit code or by registered name. */
  async loadAgencies(references: Iterable<string>): Promise<void> {
    const keys = [...references];
    const found = await findIn(keys, (chunk) =>
      this.em.find(Agency, {
        $or: [
          { creditCode: { $in: chunk.map((key) => key.toUpperCase()) } },
          { name: { $in: chunk } },
        ],
      }),
    );
    for (const agency of found) this.addAgency(agency);
  }

  async loadStationsNamed(names: Iterable<string>): Promise<void> {
    const found = await findIn(names, (chunk) => this.em.find(Station, { name: { $in: chunk } }));
    for (const station of found) this.addStation(station);
  }

  addAgency(agency: Agency): void {
    if (this.agenciesByCode.get(agency.creditCode) === agency) return;
    this.agenciesByCode.set(agency.creditCode, agency);
    push(this.agenciesByName, agency.name, agency);
  }

  addStation(station: Station): void {
    if (!this.stationsByName.get(station.name)?.includes(station))
      push(this.stationsByName, station.name, station);
  }

  /** Stations of that name, from the database and from earlier lines. */
  stationsNamed(name: string): Station[] {
    return this.stationsByName.get(name) ?? [];
  }

  /** An agency by credit code (checked by GB 32100 first) or by its unique registered name. */
  agency(reference: string): Resolved<Agency> {
    const looksLikeCode = /^[0-9A-Za-z]{18}$/.test(reference);
    if (looksLikeCode) {
      const code = validateCreditCode(reference);
      if (!code.ok)
        return { ok: false, message: `invalid unified social credit code: ${code.reason}` };
      const agency = this.agenciesByCode.get(code.value);
      return agency
        ? { ok: true, value: agency }
        : { ok: false, message: `no agency has credit code ${code.value}` };
    }
    const named = this.agenciesByName.get(reference) ?? [];
    if (named.length === 1) return { ok: true, value: named[0]! };
    return {
      ok: false,
      message: named.length
        ? `${named.length} agencies are named ${reference}: give the credit code instead`
        : `no agency is named ${reference}: give its credit code, or register it first`,
    };
  }

  /**
   * A station by name among those `fits` accepts (e.g. inside the worker's division); a name
   * used by several fitting stations is ambiguous.
   */
  station(name: string, fits: (station: Station) => boolean, where: string): Resolved<Station> {
    const named = this.stationsByName.get(name) ?? [];
    const fitting = named.filter(fits);
    if (fitting.length === 1) return { ok: true, value: fitting[0]! };
    if (fitting.length > 1) {
      return {
        ok: false,
        message: `${fitting.length} stations named ${name} ${where}: rename one of them`,
      };
    }
    return {
      ok: false,
      message: named.length
        ? `station ${name} is registered, but none of that name ${where}`
        : `no station is named ${name}, in the database or on an earlier line`,
    };
  }
}
