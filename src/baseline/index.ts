export { parseExport, readExportFile, toLiveSchema } from './export-file.js';
export { PLATFORM_FIELDS, type LiveSchema, type LiveState } from './types.js';
