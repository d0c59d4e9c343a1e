// The machine-readable report: the Report as pretty JSON, the shape of schemas/report.schema.json.

import type { DriftReport } from '../core/drift-report.js';
import type { Report } from '../core/report.js';

/** Pretty JSON (two-space indent, trailing newline) of the report, suppressed findings included. */
export function toJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** The drift run's report as pretty JSON, the shape of schemas/drift-report.schema.json. */
export function driftJson(report: DriftReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
