import { civilAffairsReferences } from '../../../shared/department/references.js';

/** The civil-affairs entities this subgraph adds to (keys only). */
export const { PersonRef, StationRef, ServiceProjectRef, RegionRef } = civilAffairsReferences();
