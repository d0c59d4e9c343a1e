export { parseExport, readExportFile, toLiveSchema } from './export-file.js';
export { fetchLiveState } from './live-api.js';
export { PLATFORM_FIELDS, type LiveSchema, type LiveState } from './types.js';
