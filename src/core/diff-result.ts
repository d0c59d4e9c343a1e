// What `cxone-contract diff` found, as plain data: built by src/modes/diff.ts, printed by
// src/report/diff-text.ts (the report stage does not import a mode).

export interface DiffChange {
  rule: string;
  severity: 'error' | 'warning' | 'notice';
  pointer: string;
  message: string;
  /** For a change that breaks old events: one such event (live-valid, new-invalid). */
  witness?: unknown;
}

export interface DiffResult {
  compatible: boolean;
  policy: string;
  /** Every change: breaking ones as errors, the rest as notices. */
  changes: DiffChange[];
}
