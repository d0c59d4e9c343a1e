// The three-way merge a deploy does when the live state moved since the check
// (docs/architecture.md, "Choices not to undo"): base = the live version the plan was made
// against, theirs = the live version now, ours = the repo. What only theirs changed is kept; what
// only ours changed is taken; where both changed the same node differently, that node is a
// conflict and nothing is written. Objects merge key by key; arrays and scalars are atomic.
// `cxoneVersion` has its own rule: ours must stay above theirs.

import semverGt from 'semver/functions/gt.js';
import semverValid from 'semver/functions/valid.js';
import { sameContent } from '../../core/canonical.js';
import { changedPointers } from '../../core/changed-pointers.js';
import { escapeToken } from '../../core/pointer.js';

export interface MergeResult {
  merged: Record<string, unknown>;
  /** Pointers where the live (out-of-band) change was kept: the repo should take them in. */
  kept: string[];
  /** Pointers both sides changed differently: when any, nothing may be written. */
  conflicts: string[];
}

const ABSENT = Symbol('absent');
type Value = unknown | typeof ABSENT;

export function threeWayMerge(
  base: Record<string, unknown>,
  theirs: Record<string, unknown>,
  ours: Record<string, unknown>,
): MergeResult {
  const kept: string[] = [];
  const conflicts: string[] = [];
  const merged = mergeValue(base, theirs, ours, '', kept, conflicts) as Record<string, unknown>;
  return { merged, kept, conflicts };
}

function mergeValue(b: Value, t: Value, o: Value, ptr: string, kept: string[], conflicts: string[]): Value {
  if (same(t, o)) return t;
  if (same(o, b)) {
    if (b === ABSENT || t === ABSENT) kept.push(ptr || '/');
    else changedPointers(b, t, ptr, kept);
    return t;
  }
  if (same(t, b)) return o;
  if (ptr === '/cxoneVersion') return mergeVersion(t, o, ptr, conflicts);
  if (isObject(t) && isObject(o) && (b === ABSENT || isObject(b))) {
    const out: Record<string, unknown> = {};
    const base = isObject(b) ? b : {};
    for (const key of new Set([...Object.keys(base), ...Object.keys(t), ...Object.keys(o)])) {
      const v = mergeValue(at(base, key), at(t, key), at(o, key), `${ptr}/${escapeToken(key)}`, kept, conflicts);
      if (v !== ABSENT) out[key] = v;
    }
    return out;
  }
  conflicts.push(ptr || '/');
  return o;
}

/** Both sides moved the version: ours must stay above theirs, or the live history would go backwards. */
function mergeVersion(t: Value, o: Value, ptr: string, conflicts: string[]): Value {
  const theirs = typeof t === 'string' ? semverValid(t) : null;
  const ours = typeof o === 'string' ? semverValid(o) : null;
  if (theirs && ours && semverGt(ours, theirs)) return o;
  conflicts.push(ptr);
  return o;
}

function at(obj: Record<string, unknown>, key: string): Value {
  return Object.hasOwn(obj, key) ? obj[key] : ABSENT;
}

function same(a: Value, b: Value): boolean {
  if (a === ABSENT || b === ABSENT) return a === b;
  return sameContent(a, b);
}

function isObject(v: Value): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
