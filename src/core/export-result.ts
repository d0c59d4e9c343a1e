// What an export wrote, as plain data: built by src/modes/export/, printed by the front or as JSON by
// src/report/export-json.ts (the report stage does not import a mode).

export interface ExportResult {
  outDir: string;
  /** Repo-relative paths written, sorted. */
  schemas: string[];
  filters: string[];
}
