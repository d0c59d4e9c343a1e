// The machine-readable report: the Report as pretty JSON, the shape of schemas/report.schema.json.

import type { DriftReport } from '../core/drift-report.js';
import type { Report } from '../core/report.js';

/** Pretty JSON: two-space indent and a trailing newline, the form of every JSON the tool prints. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The report as pretty JSON, suppressed findings included. */
export function toJson(report: Report): string {
  return prettyJson(report);
}

/** The drift run's report as pretty JSON, the shape of schemas/drift-report.schema.json. */
export function driftJson(report: DriftReport): string {
  return prettyJson(report);
}
