// Where two JSON documents differ, as JSON pointers: objects key by key, arrays and scalars whole
// (a list is one value to the platform). Used by the plan (what an update changes) and the deploy's
// three-way merge (what a live change it keeps touched).

import { sameContent } from './canonical.js';
import { escapeToken } from './pointer.js';

/** Below this depth a differing node is named whole: the walk is bounded on hostile nesting. */
const MAX_DEPTH = 64;

/** Pointers under `at` where `b` differs from `a`; a member present on one side only counts. */
export function changedPointers(a: unknown, b: unknown, at = '', depth = 0): string[] {
  if (sameContent(a, b)) return [];
  if (!isObject(a) || !isObject(b) || depth >= MAX_DEPTH) return [at || '/'];
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const ptr = `${at}/${escapeToken(key)}`;
    if (!Object.hasOwn(a, key) || !Object.hasOwn(b, key)) out.push(ptr);
    else out.push(...changedPointers(a[key], b[key], ptr, depth + 1));
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
