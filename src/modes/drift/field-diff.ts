// Field-level difference of two JSON documents (filters): every leaf that differs, by pointer.
// Objects are compared key by key, arrays index by index (a filter's matchers are ordered data).

import { sameContent } from '../../core/canonical.js';
import { escapeToken } from '../../core/pointer.js';
import type { FieldDiff } from './types.js';

export function fieldDiff(repo: unknown, live: unknown, pointer = ''): FieldDiff[] {
  if (sameContent(repo, live)) return [];
  if (isObject(repo) && isObject(live)) {
    const keys = [...new Set([...Object.keys(repo), ...Object.keys(live)])];
    return keys.flatMap((k) => fieldDiff(repo[k], live[k], `${pointer}/${escapeToken(k)}`));
  }
  if (Array.isArray(repo) && Array.isArray(live)) {
    const n = Math.max(repo.length, live.length);
    return Array.from({ length: n }, (_, i) => fieldDiff(repo[i], live[i], `${pointer}/${i}`)).flat();
  }
  return [{ pointer, ...(repo !== undefined ? { repo } : {}), ...(live !== undefined ? { live } : {}) }];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
