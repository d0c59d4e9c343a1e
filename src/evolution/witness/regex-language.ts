// What a `pattern` accepts, read from its tree (./regex-parse.ts): the lengths of the strings it
// matches, and, when they are few, all of them. Used to see that `^$` -> `^.{0,2}$` only widens,
// and that `minLength: 3` with `^.{0,2}$` leaves no string (issue 12, false alarms).

import { parsedPattern, type Node } from './regex-parse.js';

const minMemo = new WeakMap<Node, number>();
const maxMemo = new WeakMap<Node, number>();

/** Shortest string the subtree matches (in code points). */
export function minLen(n: Node): number {
  let v = minMemo.get(n);
  if (v !== undefined) return v;
  switch (n.t) {
    case 'seq':
      v = n.items.reduce((a, x) => a + minLen(x), 0);
      break;
    case 'alt':
      // No spread: a huge alternation must not overflow the call.
      v = n.options.reduce((a, x) => Math.min(a, minLen(x)), Infinity);
      break;
    case 'set':
      v = 1;
      break;
    case 'rep':
      v = n.min * minLen(n.node);
      break;
    case 'empty':
      v = 0;
  }
  minMemo.set(n, v);
  return v;
}

/** Longest string the subtree matches (Infinity when unbounded). */
export function maxLen(n: Node): number {
  let v = maxMemo.get(n);
  if (v !== undefined) return v;
  switch (n.t) {
    case 'seq':
      v = n.items.reduce((a, x) => a + maxLen(x), 0);
      break;
    case 'alt':
      v = n.options.reduce((a, x) => Math.max(a, maxLen(x)), 0);
      break;
    case 'set':
      v = 1;
      break;
    case 'rep': {
      const m = maxLen(n.node);
      v = m === 0 ? 0 : n.max * m;
      break;
    }
    case 'empty':
      v = 0;
  }
  maxMemo.set(n, v);
  return v;
}

/**
 * Whether the pattern is anchored at both ends and nowhere else (`^(a|b)$`, not `^a|b$` nor
 * `a(^b)`): then a string is valid exactly when it is a whole match of the tree. Escapes and
 * character classes are skipped; a `|` outside any group makes the anchors per option: no.
 */
export function anchoredWhole(pattern: string): boolean {
  if (pattern.length < 2 || pattern[0] !== '^' || pattern[pattern.length - 1] !== '$') return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < pattern.length - 1; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      if (i >= pattern.length - 1) return false; // the final `$` is escaped
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '^' || c === '$' || (c === '|' && depth === 0)) return false;
  }
  return !inClass && depth === 0;
}

/**
 * Lengths (code points) a string valid under `pattern` can have: at least `min`; at most `max` when
 * the pattern is anchored at both ends (else Infinity). Undefined when not read.
 */
export function patternLengths(pattern: string): { min: number; max: number } | undefined {
  const tree = parsedPattern(pattern);
  if (tree === null) return undefined;
  return { min: minLen(tree), max: anchoredWhole(pattern) ? maxLen(tree) : Infinity };
}

/** Most strings listed for one pattern, and their longest. */
const MAX_WORDS = 256;
const MAX_WORD = 64;

/**
 * Every string valid under `pattern` when they are few (at most MAX_WORDS, none longer than
 * MAX_WORD code points) and the pattern is anchored at both ends; otherwise undefined.
 */
export function patternWords(pattern: string): string[] | undefined {
  if (!anchoredWhole(pattern)) return undefined;
  const tree = parsedPattern(pattern);
  if (tree === null || maxLen(tree) > MAX_WORD) return undefined;
  return words(tree) ?? undefined;
}

function words(n: Node): string[] | null {
  switch (n.t) {
    case 'empty':
      return [''];
    case 'set': {
      if (n.negate) return null;
      let count = 0;
      for (const [lo, hi] of n.ranges) count += hi - lo + 1;
      if (count > MAX_WORDS) return null;
      const out: string[] = [];
      for (const [lo, hi] of n.ranges)
        for (let c = lo; c <= hi; c++) if (c < 0xd800 || c > 0xdfff) out.push(String.fromCodePoint(c));
      return out;
    }
    case 'alt': {
      const out = new Set<string>();
      for (const o of n.options) {
        const w = words(o);
        if (w === null) return null;
        for (const x of w) out.add(x);
        if (out.size > MAX_WORDS) return null;
      }
      return [...out];
    }
    case 'seq': {
      let acc = [''];
      for (const item of n.items) {
        const w = words(item);
        if (w === null) return null;
        acc = product(acc, w);
        if (acc.length > MAX_WORDS) return null;
      }
      return acc;
    }
    case 'rep': {
      const w = words(n.node);
      if (w === null) return null;
      if (w.every((x) => x === '')) return [''];
      if (!Number.isFinite(n.max)) return null;
      const out = new Set<string>(n.min === 0 ? [''] : []);
      let power = [''];
      for (let k = 1; k <= n.max; k++) {
        power = product(power, w);
        if (power.length > MAX_WORDS) return null;
        if (k >= n.min) for (const x of power) out.add(x);
        if (out.size > MAX_WORDS) return null;
      }
      return [...out];
    }
  }
}

function product(a: string[], b: string[]): string[] {
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      out.add(x + y);
      if (out.size > MAX_WORDS) return [...out];
    }
  }
  return [...out];
}
