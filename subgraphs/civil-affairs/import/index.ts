export { IMPORT_KINDS, importFile, importSheet, isImportKind } from './run.js';
export type { ImportKindName, ImportOptions, ImportProgress, ImportSummary } from './run.js';
export { formatProblems, ImportRejected, type Problem } from './problems.js';
export { readCsv, readSheetFile, readXlsx, type Sheet } from './sheet.js';
export { KIND_EXPORTS, type KindExport } from './export-format.js';
