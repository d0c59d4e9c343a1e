// `cxone-contract diff` for people (one line per change, a witness event under a breaking one, the
// verdict) and as JSON ({compatible, policy, changes}).

import type { DiffResult } from '../core/diff-result.js';
import { escapeControl } from '../core/log-safe.js';
import { prettyJson } from './json.js';
import { oneLine } from './text.js';

export function diffJson(r: DiffResult): string {
  return prettyJson(r);
}

export function diffText(r: DiffResult): string {
  const lines: string[] = [];
  for (const c of r.changes) {
    lines.push(
      `${c.severity.padEnd(7)} ${c.rule.padEnd(36)} ${escapeControl(c.pointer || '/')}  ${oneLine(c.message)}`,
    );
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
