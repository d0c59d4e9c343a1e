// The vocabulary every stage speaks: a Finding is one thing wrong (or worth saying) about one
// place in one file. Checks produce findings with a JSON pointer; line and column are filled in
// later, only for files that have findings (positions cost a second, slower YAML parse).

import { byCodeUnit } from './order.js';

export type Severity = 'error' | 'warning' | 'notice';
/** A severity, or `never` (fail-on) / `off` (rule override). */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** True when `s` is at or above `threshold` (error > warning > notice). */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] >= RANK[threshold];
}

export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

export interface Finding {
  /** Stable kebab-case rule id, e.g. `regex-redos`. */
  rule: string;
  severity: Severity;
  message: string;
  /** Path relative to the repo root, with forward slashes. */
  file: string;
  /** RFC 6901 JSON pointer into the document ('' = the whole document). */
  pointer: string;
  /** 1-based; 0 until located. */
  line: number;
  /** 1-based; 0 until located. */
  column: number;
  /** Name of the contract (schema title or filter name) when known. */
  contract?: string;
  /** How to fix it. */
  help?: string;
  /** True for an incompatible change against the live version (ranked first, counted as `breaking`). */
  breaking?: boolean;
  /** For breaking changes: an event the live schema accepts and the new one rejects. */
  witness?: unknown;
  /**
   * Set when the finding no longer counts (kept for the record): an ignore in the config
   * (`by: 'config'`) or, for a breaking change, the pull request's approval label (`by: 'label'`).
   * A suppressed breaking change is an approved one: still listed, never failing.
   */
  suppressed?: { reason: string; by?: 'config' | 'label' };
  /**
   * True when the git base (the pull request's base commit) has the same finding against the same
   * live baseline: the change under check did not introduce it. It fails the run only under
   * fail-on-existing (Report.base says which base and whether it counts).
   */
  preExisting?: true;
}

/** Whether `f` can fail the run: not suppressed, and not pre-existing unless those count too. */
export function canFail(f: Finding, countExisting: boolean): boolean {
  return f.suppressed === undefined && (f.preExisting !== true || countExisting);
}

/** Sort findings by file, line, column, then rule: stable output for humans and diffs. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      byCodeUnit(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      byCodeUnit(a.rule, b.rule) ||
      byCodeUnit(a.message, b.message),
  );
}
