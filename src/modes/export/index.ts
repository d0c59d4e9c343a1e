// Export: the live tenant written as a contract repo (the first day of adopting the tool).

export { exportTenant } from './run.js';
export type { ExportResult } from '../../core/export-result.js';
export { assignPaths, fileStem, FILTER_DIR, SCHEMA_DIR } from '../../core/contract-paths.js';
