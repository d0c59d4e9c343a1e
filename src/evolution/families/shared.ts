// Helpers every keyword family uses the same way.

import { canonicalJson } from '../../core/canonical.js';
import type { Visit } from '../walk.js';

/** How messages name the node: `"customer.tier"`, or `the event` for the root. */
export function subject(v: Visit): string {
  return v.label ? `"${v.label}"` : 'the event';
}

/** A keyword with a value draft-07 does not define: its effect is unknown, so judge it conservatively. */
export function unanalysed(v: Visit, key: string): void {
  const before = v.old[key];
  const after = v.new[key];
  if (canonicalJson(before) === canonicalJson(after)) return;
  v.emit(
    'keyword-changed',
    `keyword "${key}" of ${subject(v)} changed to or from a value that is not valid draft-07; its effect is not analysed, so it is treated as breaking`,
    {
      at: after === undefined ? [] : [key],
      oldAt: before === undefined ? [] : [key],
      old: before,
      new: after,
    },
  );
}
