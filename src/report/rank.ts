// Which findings a reviewer must see first when not all of them can be shown (annotations are
// capped): breaking changes, then errors in the files the pull request changed, then the rest,
// most severe first and files the PR changed before others.

import { compareSeverity, type Finding } from '../core/finding.js';
import { bySeverity } from './order.js';

/** 0 = breaking change, 1 = error in a changed file, 2 = the rest. */
function tier(f: Finding, changed: ReadonlySet<string> | undefined): number {
  if (f.breaking) return 0;
  if (f.severity === 'error' && changed?.has(f.file)) return 1;
  return 2;
}

/**
 * `findings` in the order annotations are spent on them. `changedFiles` (repo-relative paths, as
 * in findings) is optional: without it the order is breaking changes first, then by severity.
 */
export function rankFindings(findings: readonly Finding[], changedFiles?: ReadonlySet<string>): Finding[] {
  const inChanged = (f: Finding) => (changedFiles?.has(f.file) ? 0 : 1);
  // bySeverity gives severity, breaking first, file, line; the stable sort keeps that within ties.
  return bySeverity(findings).sort(
    (a, b) =>
      tier(a, changedFiles) - tier(b, changedFiles) ||
      compareSeverity(a.severity, b.severity) ||
      inChanged(a) - inChanged(b),
  );
}
