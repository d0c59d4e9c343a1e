// Ordering shared by the reporters: most severe first, then by place in the repo.

import { compareSeverity, sortFindings, type Finding } from '../core/finding.js';

/** Findings that count: those no ignore in the config suppressed. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.suppressed === undefined);
}

/**
 * Errors first, then warnings, then notices; within a severity breaking changes first; then by
 * file, line, column, rule.
 */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable, so the file/line order survives within a severity.
  return sortFindings([...findings]).sort(
    (a, b) => compareSeverity(a.severity, b.severity) || Number(b.breaking === true) - Number(a.breaking === true),
  );
}

/** `1 error`, `2 errors`, `0 notices`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
