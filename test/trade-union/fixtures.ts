import { buildTradeUnionSlice } from '../../subgraphs/trade-union/demo.js';
import { buildDemoWorld } from '../../demo-world/world.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { principal, startTestHub, type TestHub } from '../support/hub.js';

// What the trade-union tests share: the demo world and slice they derive expected values from,
// the callers they send requests as, and the hub.

/**
 * The hub on copies of the demo databases, behind a supergraph composed from the subgraphs'
 * code rather than the committed file. All six subgraphs, not civil affairs and the trade union
 * alone: civil affairs' project funding requires every department's contribution field, so a
 * supergraph of the two does not compose.
 */
export function startUnionHub(): Promise<TestHub> {
  return startTestHub({ modules: SUBGRAPHS });
}

export const world = buildDemoWorld();
export const slice = buildTradeUnionSlice(world);

export const inLinze = (code: string) => code.startsWith('620723');
export const inMulan = (code: string) => code.startsWith('230127');

/** Callers, named after what they are. */
export const caller = {
  unionCaseworker: principal('TRADE_UNION', ['CASEWORKER'], '620723'),
  unionSupervisor: principal('TRADE_UNION', ['SUPERVISOR'], '620723'),
  unionAdmin: principal('TRADE_UNION', ['ADMIN'], '620723'),
  unionAuditor: principal('TRADE_UNION', ['AUDITOR'], '620723'),
  mulanUnionCaseworker: principal('TRADE_UNION', ['CASEWORKER'], '230127'),
  mulanUnionAdmin: principal('TRADE_UNION', ['ADMIN'], '230127'),
  nationalUnionCaseworker: principal('TRADE_UNION', ['CASEWORKER'], '100000'),
  civilCaseworker: principal('CIVIL_AFFAIRS', ['CASEWORKER'], '620723'),
  civilSupervisor: principal('CIVIL_AFFAIRS', ['SUPERVISOR'], '620723'),
  civilAdmin: principal('CIVIL_AFFAIRS', ['ADMIN'], '620723'),
  analyst: principal('CIVIL_AFFAIRS', ['ANALYST'], '620723'),
  youthViewer: principal('YOUTH_LEAGUE', ['VIEWER'], '620723'),
};

/** An open Linze file with assistance, the person most tests look at. */
export const linzeFile = slice.files.find(
  (file) =>
    inLinze(file.personRegionCode) &&
    file.status === 'OPEN' &&
    slice.assistance.filter((grant) => grant.personId === file.personId).length > 1,
)!;

/** The person of a file, as civil affairs registers them. */
export const personOf = (personId: string) =>
  world.people.find((person) => person.id === personId)!;

/** Linze people of working age without a file, for writes. */
export const linzeWithoutFile = world.people.filter(
  (person) =>
    inLinze(person.regionCode) &&
    person.birthDate < '2000-01-01' &&
    !slice.files.some((file) => file.personId === person.id),
);
