// Where two JSON documents differ, as JSON pointers: objects key by key, arrays and scalars whole
// (a list is one value to the platform). Used by the plan (what an update changes, and whether
// anything does) and the deploy's three-way merge (what a live change it keeps touched).

import { sameContent } from './canonical.js';
import { escapeToken } from './pointer.js';

/** Below this depth a differing node is named whole: the walk is bounded on hostile nesting. */
const MAX_DEPTH = 64;

/**
 * Pointers under `at` where `b` differs from `a`; a member present on one side only counts. Equal
 * subtrees are skipped whole (sameContent is fast and stops at the first difference), so equal
 * documents cost one comparison and changed ones about twice their size.
 */
export function changedPointers(a: unknown, b: unknown, at = '', out: string[] = [], depth = 0): string[] {
  if (sameContent(a, b)) return out;
  if (isObject(a) && isObject(b) && depth < MAX_DEPTH) {
    for (const key of Object.keys(a)) {
      const ptr = `${at}/${escapeToken(key)}`;
      if (!Object.hasOwn(b, key)) out.push(ptr);
      else changedPointers(a[key], b[key], ptr, out, depth + 1);
    }
    for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) out.push(`${at}/${escapeToken(key)}`);
    return out;
  }
  out.push(at || '/');
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
