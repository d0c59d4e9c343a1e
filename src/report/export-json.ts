// What `cxone-contract export --format json` prints: where the live tenant was read from, where
// it was written, and every file written. Its shape is schemas/export-report.schema.json.

import type { ExportResult } from '../core/export-result.js';
import { TOOL_VERSION } from '../core/version.js';
import { prettyJson } from './json.js';

export interface ExportReport {
  tool: { name: 'cxone-contract'; version: string };
  mode: 'export';
  /** The platform API the tenant was read from. */
  source: string;
  /** Absolute directory the contract repo was written to. */
  outDir: string;
  counts: { schemas: number; filters: number };
  /** Paths written, relative to outDir, sorted. */
  schemas: string[];
  filters: string[];
}

export function exportReport(result: ExportResult, source: string): ExportReport {
  return {
    tool: { name: 'cxone-contract', version: TOOL_VERSION },
    mode: 'export',
    source,
    outDir: result.outDir,
    counts: { schemas: result.schemas.length, filters: result.filters.length },
    schemas: [...result.schemas],
    filters: [...result.filters],
  };
}

export function exportJson(result: ExportResult, source: string): string {
  return prettyJson(exportReport(result, source));
}
