// Example strings for a `pattern`: a generator over the tree ./regex-parse.ts builds, that can
// aim at a length (min/max lengths of each subtree guide how many repetitions and which option
// to take). Every sample is tested with the real RegExp (unicode flag, as ajv compiles patterns).

import { parsedPattern, type Node, type Range } from './regex-parse.js';
import { maxLen, minLen } from './regex-language.js';
import { regex, strLength } from './schema.js';

/** Longest sample we build: witnesses are for people to read. */
export const MAX_SAMPLE_LENGTH = 10_000;

/** Characters tried first, so samples read naturally. */
const PREFERRED = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-. @:/+';

function inRanges(ranges: Range[], c: number): boolean {
  return ranges.some(([lo, hi]) => c >= lo && c <= hi);
}

/** A character of the set: the `variant`-th of the preferred ones it holds (variants give distinct samples). */
function pick(set: { ranges: Range[]; negate: boolean }, variant: number): string | undefined {
  const ok = (c: number) => inRanges(set.ranges, c) !== set.negate && !(c >= 0xd800 && c <= 0xdfff);
  const preferred = [...PREFERRED].filter((ch) => ok(ch.codePointAt(0)!));
  if (preferred.length > 0) return preferred[variant % preferred.length];
  if (!set.negate) {
    for (const [lo, hi] of set.ranges)
      for (let c = lo; c <= Math.min(hi, lo + 64); c++) if (ok(c)) return String.fromCodePoint(c);
    return undefined;
  }
  for (let c = 32; c < 0x3000; c++) if (ok(c)) return String.fromCodePoint(c);
  return undefined;
}

/**
 * Append a string of `n` to `out`, aiming at length `len` (best effort: the caller checks). Returns
 * the characters appended, or -1.
 */
function build(n: Node, len: number, out: string[], variant = 0): number {
  switch (n.t) {
    case 'empty':
      return 0;
    case 'set': {
      const c = pick(n, variant);
      if (c === undefined) return -1;
      out.push(c);
      return 1;
    }
    case 'alt': {
      const opt =
        n.options.find((o) => minLen(o) <= len && len <= maxLen(o)) ??
        n.options.reduce((a, b) => (minLen(b) < minLen(a) ? b : a));
      return build(opt, len, out, variant);
    }
    case 'seq': {
      const mins = n.items.map(minLen);
      let extra = Math.max(0, len - mins.reduce((a, b) => a + b, 0));
      let total = 0;
      for (let k = 0; k < n.items.length; k++) {
        const item = n.items[k]!;
        const take = Math.min(extra, maxLen(item) - mins[k]!);
        const got = build(item, mins[k]! + take, out, variant);
        if (got < 0) return -1;
        extra -= Math.max(0, got - mins[k]!);
        total += got;
      }
      return total;
    }
    case 'rep': {
      const emin = minLen(n.node);
      const emax = maxLen(n.node);
      let count = n.min;
      if (emax > 0 && len > n.min * emin) {
        count = Math.min(n.max, Math.max(n.min, Math.ceil(len / Math.min(emax, Math.max(emin, 1)))));
        if (emin > 0) count = Math.min(count, Math.max(n.min, Math.floor(len / emin)));
      }
      count = Math.min(count, MAX_SAMPLE_LENGTH);
      let rest = len;
      let total = 0;
      for (let k = 0; k < count; k++) {
        const share = Math.max(emin, Math.min(emax, Math.ceil(rest / (count - k))));
        const got = build(n.node, share, out, variant);
        if (got < 0) return -1;
        rest -= got;
        total += got;
      }
      return total;
    }
  }
}

/** Whether `pattern` (a valid one) can match the empty string, read from its parse, never by running it. */
export function matchesEmpty(pattern: string): boolean {
  const node = parsedPattern(pattern);
  return node !== null && regex(pattern) !== null && minLen(node) === 0;
}

/**
 * Strings matching `pattern`: the shortest sample, then samples of each requested length
 * (padding around unanchored patterns where the pattern alone cannot reach it). Each is verified.
 */
export function patternSamples(pattern: string, lengths: readonly number[] = []): readonly string[] {
  // The same pattern is sampled for many candidates: each sample costs up to 17 regex runs.
  const key = `${lengths.join(',')}\u0000${pattern}`;
  let samples = sampled.get(key);
  if (samples === undefined) {
    samples = buildSamples(pattern, lengths);
    if (sampled.size > 2000) sampled.clear();
    sampled.set(key, samples);
  }
  return samples;
}

const sampled = new Map<string, readonly string[]>();

function buildSamples(pattern: string, lengths: readonly number[]): string[] {
  const re = regex(pattern);
  if (!re) return [];
  const node = parsedPattern(pattern);
  const out = new Set<string>();
  const ok = (s: string) => re.test(s);
  if (node) {
    const lo = minLen(node);
    for (const len of [lo, ...lengths, lo + 4]) {
      if (len < 0 || len > MAX_SAMPLE_LENGTH) continue;
      const parts: string[] = [];
      try {
        if (build(node, Math.max(len, lo), parts) < 0) continue;
      } catch {
        continue; // nesting too deep
      }
      let s = parts.join('');
      const have = strLength(s);
      if (have < len && len <= MAX_SAMPLE_LENGTH) {
        const pad = 'a'.repeat(len - have);
        if (ok(s + pad)) s += pad;
        else if (ok(pad + s)) s = pad + s;
      }
      if (ok(s)) out.add(s);
    }
  }
  for (const s of ['', 'a', 'example', 'A', '0', '1']) if (ok(s)) out.add(s);
  // The same samples with one other character at either end: another pattern may refuse exactly that.
  for (const s of [...out].slice(0, 4)) {
    for (const c of FILLERS) {
      if (strLength(s) + 1 > MAX_SAMPLE_LENGTH) break;
      if (ok(s + c)) out.add(s + c);
      if (ok(c + s)) out.add(c + s);
    }
  }
  return [...out];
}

/** Characters of different classes (letters past a/b, digits, punctuation, space, upper case). */
const FILLERS = ['c', 'z', '0', '_', '-', '.', ' ', 'Z'];

/** Up to `count` distinct shortest samples of `pattern` (different characters), each verified. */
export function patternVariants(pattern: string, count: number): string[] {
  const re = regex(pattern);
  const node = parsedPattern(pattern);
  if (!re || !node) return [];
  const out = new Set<string>();
  const len = minLen(node) || 1;
  for (let v = 0; v < count * 2 && out.size < count; v++) {
    const parts: string[] = [];
    try {
      if (build(node, len, parts, v) < 0) continue;
    } catch {
      return [...out];
    }
    const s = parts.join('');
    if (re.test(s)) out.add(s);
  }
  return [...out];
}
