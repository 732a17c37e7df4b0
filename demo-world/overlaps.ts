import { addDays } from '../shared/input/dates.js';
import type { DemoWorld, WorldAssistance } from './types.js';

// Help the demo world gives twice on purpose, so that the ledger across departments has real
// overlaps to find: three Mulan people who received temporary assistance also receive union
// assistance three days before it and a charity grant two days after it — the case the hub's
// warning at the moment of giving is for. Chosen from the world without drawing a random number,
// so the rest of every slice stays as it was.

/** One person helped by civil affairs, the trade union and charity within five days. */
export interface DeliberateOverlap {
  personId: string;
  regionCode: string;
  /** The day of civil affairs' temporary assistance. */
  assistedOn: string;
  unionOn: string;
  charityOn: string;
}

const MULAN = '230127';
const PEOPLE = 3;

/** The people of the world helped by three departments within five days. */
export function deliberateOverlaps(world: DemoWorld): DeliberateOverlap[] {
  const firstPerStation = new Map<string, WorldAssistance>();
  for (const grant of world.assistance) {
    if (grant.regionCode.startsWith(MULAN) && !firstPerStation.has(grant.stationId))
      firstPerStation.set(grant.stationId, grant);
  }
  return [...firstPerStation.values()].slice(0, PEOPLE).map((grant) => ({
    personId: grant.personId,
    regionCode: grant.regionCode,
    assistedOn: grant.grantedOn,
    unionOn: addDays(grant.grantedOn, -3),
    charityOn: addDays(grant.grantedOn, 2),
  }));
}
