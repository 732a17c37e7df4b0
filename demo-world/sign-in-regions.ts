import { LINZE, MULAN } from './places.js';
import { CEHENG } from './published-places.js';

/** Counties of the demo world worth signing in to from the explorer during development. */
export const DEMO_SIGN_IN_REGIONS: ReadonlyArray<{ code: string; name: string }> = [
  { code: CEHENG.counties[0]!.code, name: `${CEHENG.counties[0]!.name} (Ceheng County)` },
  { code: MULAN.code, name: `${MULAN.name} (Mulan County)` },
  { code: LINZE.code, name: `${LINZE.name} (Linze County)` },
];
