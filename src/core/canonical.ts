// Content equality of JSON documents regardless of key order: "unchanged" is decided by content,
// never by a version string.

import { setOwn } from './own-property.js';

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) setOwn(out, key, sortKeys((value as Record<string, unknown>)[key]));
  return out;
}

/**
 * Deep equality of two JSON values, key order ignored, without building anything (it runs on
 * every schema of every check). Iterative, so deep documents cannot overflow the stack; `skip`
 * names keys of the top-level object to ignore (e.g. a schema's cxoneVersion).
 */
export function sameContent(a: unknown, b: unknown, skipTopLevel?: ReadonlySet<string>): boolean {
  // Recursion is the fast path (no allocation); documents nested deeper than it goes are
  // compared again iteratively, which cannot overflow the stack.
  const quick = equalRecursive(a, b, skipTopLevel, 0);
  return quick === undefined ? equalIterative(a, b, skipTopLevel) : quick;
}

const MAX_RECURSION = 200;

/** true/false, or undefined when the documents are deeper than MAX_RECURSION. */
function equalRecursive(
  x: unknown,
  y: unknown,
  skip: ReadonlySet<string> | undefined,
  depth: number,
): boolean | undefined {
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (depth > MAX_RECURSION) return undefined;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      const r = equalRecursive(x[i], y[i], undefined, depth + 1);
      if (r !== true) return r;
    }
    return true;
  }
  if (Array.isArray(y)) return false;
  const ox = x as Record<string, unknown>;
  const oy = y as Record<string, unknown>;
  // Object.keys, not for-in: the same own enumerable keys, and a third cheaper on parsed documents.
  const kx = Object.keys(ox);
  let nx = 0;
  for (let i = 0; i < kx.length; i++) {
    const key = kx[i]!;
    const vx = ox[key];
    if (vx === undefined || skip?.has(key)) continue;
    nx++;
    if (!Object.hasOwn(oy, key)) return false;
    const r = equalRecursive(vx, oy[key], undefined, depth + 1);
    if (r !== true) return r;
  }
  const ky = Object.keys(oy);
  let ny = 0;
  for (let i = 0; i < ky.length; i++) if (oy[ky[i]!] !== undefined && !skip?.has(ky[i]!)) ny++;
  return nx === ny;
}

function equalIterative(a: unknown, b: unknown, skipTopLevel?: ReadonlySet<string>): boolean {
  const stack: [unknown, unknown, boolean][] = [[a, b, true]];
  while (stack.length > 0) {
    const [x, y, top] = stack.pop()!;
    if (x === y) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i], false]);
      continue;
    }
    if (Array.isArray(y)) return false;
    const ox = x as Record<string, unknown>;
    const oy = y as Record<string, unknown>;
    const skip = top ? skipTopLevel : undefined;
    let nx = 0;
    for (const key in ox) {
      if (!Object.hasOwn(ox, key) || skip?.has(key) || ox[key] === undefined) continue;
      nx++;
      if (!Object.hasOwn(oy, key)) return false;
      stack.push([ox[key], oy[key], false]);
    }
    let ny = 0;
    for (const key in oy) if (Object.hasOwn(oy, key) && !skip?.has(key) && oy[key] !== undefined) ny++;
    if (nx !== ny) return false;
  }
  return true;
}
