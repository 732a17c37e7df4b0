import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../shared/context.js';
import { NATIONAL_CODE } from '../../shared/scope.js';
import { parseDivisionCode } from '../../shared/validators/division-code.js';
import type { PersonCategory } from './entities/enums.js';

// The analyst view of people (k-anonymity). Analysts see of a person only quasi-identifiers
// that are generalised: sex, a 10-year age band and the township (乡镇) instead of the village.
// Within the population a list is drawn from, a combination of those three that fewer than
// K_ANONYMITY people share is generalised once more (the county instead of the township); a
// person whose combination is still shared by fewer than K_ANONYMITY people is suppressed
// (sex, age band and region all null). Names, numbers, birth dates and exact ages are never
// shown to analysts (see the masking rules).

/**
 * k of the analyst view: no combination of (sex, age band, region) that an analyst receives is
 * shared by fewer than 5 people of the population listed. Five is the smallest group size
 * commonly accepted for releasing person-level data about vulnerable groups (the same threshold
 * statistical offices use for small-cell suppression); a larger k suppresses most of a small
 * county.
 */
export const K_ANONYMITY = 5;

/** Width of the age bands shown to analysts, in years. */
export const AGE_BAND_YEARS = 10;
/** Ages from here up share one open band (`80+`). */
const TOP_BAND_FROM = 80;

/** `30-39`, or `80+` for the top band. */
export function ageBand(age: number): string {
  if (age >= TOP_BAND_FROM) return `${TOP_BAND_FROM}+`;
  const start = Math.floor(age / AGE_BAND_YEARS) * AGE_BAND_YEARS;
  return `${start}-${start + AGE_BAND_YEARS - 1}`;
}

/** Where in the region tree an analyst sees a person: the township, the county, or nowhere. */
export type Release = { level: 'TOWNSHIP' | 'COUNTY'; regionCode: string } | null;

/** The people a de-identified answer is drawn from: the caller's scope, narrowed by filters. */
export interface Population {
  /** Every prefix a person's region code must start with. */
  prefixes: string[];
  category: PersonCategory | null;
}

/** The population of a principal's whole scope. */
export function scopePopulation(principal: Principal): Population {
  const parsed = parseDivisionCode(principal.regionCode);
  const prefix =
    principal.regionCode === NATIONAL_CODE ? '' : parsed.ok ? parsed.subtreePrefix : 'no-region:';
  return { prefixes: [prefix], category: null };
}

interface Quasi {
  id: string;
  sex: string;
  birthDate: string;
  regionCode: string;
}

const townshipOf = (regionCode: string) => regionCode.slice(0, 9);
const countyOf = (regionCode: string) => regionCode.slice(0, 6);
const bandOf = (age: number) => ageBand(age);

/**
 * Counts the population by (sex, age band, township) in the database, and decides for each
 * combination where it is released: the township when at least k share it, else the county when
 * at least k of the rest share (sex, band, county), else nowhere.
 */
async function releaseTable(
  em: EntityManager,
  population: Population,
  today: string,
): Promise<Map<string, Release>> {
  // Entries merged into another are their survivor: counted once.
  const conditions = [
    'merged_into IS NULL',
    ...population.prefixes.map(() => 'region_code LIKE ?'),
  ];
  const params: unknown[] = [today, ...population.prefixes.map((prefix) => `${prefix}%`)];
  if (population.category) {
    conditions.push('categories @> ARRAY[?]::text[]');
    params.push(population.category);
  }
  const rows = await em
    .getConnection()
    .execute<Array<{ sex: string; age: number; township: string; n: string }>>(
      `SELECT sex, age, township, count(*) AS n FROM (
       SELECT sex, left(region_code, 9) AS township,
              date_part('year', age(?::date, birth_date))::int AS age
         FROM people WHERE ${conditions.join(' AND ')}) AS q
      GROUP BY sex, age, township`,
      params,
    );
  const byTownship = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.sex}|${bandOf(row.age)}|${row.township}`;
    byTownship.set(key, (byTownship.get(key) ?? 0) + Number(row.n));
  }
  const byCounty = new Map<string, number>();
  for (const [key, count] of byTownship) {
    if (count >= K_ANONYMITY) continue;
    const [sex, band, township] = key.split('|') as [string, string, string];
    const countyKey = `${sex}|${band}|${countyOf(township)}`;
    byCounty.set(countyKey, (byCounty.get(countyKey) ?? 0) + count);
  }
  const table = new Map<string, Release>();
  for (const [key, count] of byTownship) {
    const [sex, band, township] = key.split('|') as [string, string, string];
    if (count >= K_ANONYMITY) {
      table.set(key, { level: 'TOWNSHIP', regionCode: township });
      continue;
    }
    const county = countyOf(township);
    const countyCount = byCounty.get(`${sex}|${band}|${county}`) ?? 0;
    table.set(key, countyCount >= K_ANONYMITY ? { level: 'COUNTY', regionCode: county } : null);
  }
  return table;
}

/**
 * The analyst view's releases for one request: a table per population, computed once, and the
 * population each person was listed from (people reached another way belong to the caller's
 * whole scope). A person is known by id, so that every view of one person in the request agrees.
 */
export function createDeIdentification(em: EntityManager, principal: Principal, today: string) {
  const tables = new DataLoader<string, Map<string, Release>>((keys) =>
    Promise.all(keys.map((key) => releaseTable(em, JSON.parse(key) as Population, today))),
  );
  const listedFrom = new Map<string, Population>();
  return {
    /** Remembers that these people were listed from this population. */
    listed(people: readonly { id: string }[], population: Population): void {
      for (const person of people) listedFrom.set(person.id, population);
    },
    /** Where an analyst sees this person, or `null` when the person is suppressed. */
    async release(person: Quasi, age: number): Promise<Release> {
      const population = listedFrom.get(person.id) ?? scopePopulation(principal);
      const table = await tables.load(JSON.stringify(population));
      return table.get(`${person.sex}|${bandOf(age)}|${townshipOf(person.regionCode)}`) ?? null;
    },
  };
}

export type DeIdentification = ReturnType<typeof createDeIdentification>;
