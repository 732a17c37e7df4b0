import { idReference, regionReference } from '../../shared/department/references.js';

// The civil-affairs entities this subgraph adds to.
export const PersonRef = idReference(
  'Person',
  'Person served (服务对象), one per real person across departments',
);
export const StationRef = idReference(
  'Station',
  'Social work station (社工站) at one of the four levels',
);
export const ServiceProjectRef = idReference(
  'ServiceProject',
  'Purchased-service project (政府购买社会工作服务项目) in the integrated catalogue',
);
export const RegionRef = regionReference(
  'Administrative division (行政区划), from province down to village',
);
