// `cxone-contract diff` for people (one line per change, a witness event under a breaking one, the
// verdict) and as JSON ({compatible, policy, changes}).

import type { DiffResult } from '../core/diff-result.js';

/** Pretty JSON (two-space indent, trailing newline), like the other reports. */
export function diffJson(r: DiffResult): string {
  return JSON.stringify(r, null, 2) + '\n';
}

export function diffText(r: DiffResult): string {
  const lines: string[] = [];
  for (const c of r.changes) {
    lines.push(`${c.severity.padEnd(7)} ${c.rule.padEnd(36)} ${c.pointer || '/'}  ${c.message}`);
    if (c.witness !== undefined)
      lines.push(`${' '.repeat(8)}e.g. this live-valid event is now rejected: ${JSON.stringify(c.witness)}`);
  }
  const breaking = r.changes.filter((c) => c.severity === 'error').length;
  lines.push(
    r.compatible
      ? `compatible under the ${r.policy} policy`
      : `INCOMPATIBLE under the ${r.policy} policy: ${breaking} breaking change(s)`,
  );
  return lines.join('\n') + '\n';
}
