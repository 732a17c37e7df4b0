import type { DepartmentScale } from '../../tools/scale/slice.js';

// Charity has no rows in the synthetic province: its funds and donations are those of the demo
// world's published places only. It is listed all the same, so that every department says what
// it adds to the province.

export const scale: DepartmentScale = {
  tables: () => [],
};
