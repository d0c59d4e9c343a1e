// Export: the live tenant written as a contract repo (the first day of adopting the tool).

export { exportTenant, type ExportResult } from './run.js';
export { assignPaths, fileStem, FILTER_DIR, SCHEMA_DIR } from './names.js';
