// Example strings for a `pattern`: a tiny parser of the common regex shapes (literals, classes,
// escapes, groups, alternation, quantifiers, anchors) and a generator that can aim at a length.
// Lookarounds, back-references and unicode property escapes are not modelled: no samples then.
// Every sample is tested with the real RegExp (unicode flag, as ajv compiles patterns).

import { regex, strLength } from './schema.js';

type Range = [number, number];
type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'set'; ranges: Range[]; negate: boolean }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'empty' };

class Unsupported extends Error {}

const MAX_PATTERN = 2000;
/** Longest sample we build: witnesses are for people to read. */
export const MAX_SAMPLE_LENGTH = 10_000;

const DIGIT: Range[] = [[48, 57]];
const WORD: Range[] = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE: Range[] = [
  [9, 13],
  [32, 32],
  [160, 160],
  [0x2028, 0x2029],
  [0xfeff, 0xfeff],
];
const DOT: Range[] = [
  [0, 9],
  [11, 12],
  [14, 0x2027],
  [0x202a, 0x10ffff],
];

/** Characters tried first, so samples read naturally. */
const PREFERRED = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-. @:/+';

function parse(src: string): Node {
  let i = 0;
  const peek = () => src[i];
  const lit = (c: number): Node => ({ t: 'set', ranges: [[c, c]], negate: false });

  const alternation = (): Node => {
    const options = [sequence()];
    while (peek() === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < src.length && peek() !== '|' && peek() !== ')') {
      const atom = atomOf();
      if (atom === null) continue;
      items.push(quantified(atom));
    }
    return { t: 'seq', items };
  };
  const quantified = (atom: Node): Node => {
    let node = atom;
    for (;;) {
      const c = peek();
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        if (!m) throw new Unsupported('brace');
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        i += m[0].length - 1;
      } else return node;
      i++;
      if (peek() === '?') i++; // lazy: same language
      node = { t: 'rep', node, min, max };
    }
  };
  const atomOf = (): Node | null => {
    const c = src[i++]!;
    switch (c) {
      case '^':
      case '$':
        return { t: 'empty' }; // anchors: samples are whole matches anyway
      case '.':
        return { t: 'set', ranges: DOT, negate: false };
      case '[':
        return charClass();
      case '(': {
        if (src.startsWith('?:', i)) i += 2;
        else if (src.startsWith('?<', i) && src[i + 2] !== '=' && src[i + 2] !== '!') i = src.indexOf('>', i) + 1;
        else if (peek() === '?') throw new Unsupported('lookaround');
        const inner = alternation();
        if (peek() !== ')') throw new Unsupported('group');
        i++;
        return inner;
      }
      case '\\':
        return escape(false);
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
        throw new Unsupported('syntax');
      default:
        return lit(c.codePointAt(0)!);
    }
  };
  const escapeCode = (): number | Range[] | 'b' => {
    const c = src[i++];
    if (c === undefined) throw new Unsupported('escape');
    switch (c) {
      case 'd':
        return DIGIT;
      case 'w':
        return WORD;
      case 's':
        return SPACE;
      case 'D':
        return complement(DIGIT);
      case 'W':
        return complement(WORD);
      case 'S':
        return complement(SPACE);
      case 'b':
      case 'B':
        return 'b';
      case 'n':
        return 10;
      case 't':
        return 9;
      case 'r':
        return 13;
      case 'f':
        return 12;
      case 'v':
        return 11;
      case '0':
        return 0;
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(src.slice(i));
        if (!m) throw new Unsupported('escape');
        i += 2;
        return parseInt(m[0], 16);
      }
      case 'u': {
        const m = /^(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/.exec(src.slice(i));
        if (!m) throw new Unsupported('escape');
        i += m[0].length;
        return parseInt(m[1] ?? m[2]!, 16);
      }
      default:
        if (/[0-9pPkc]/.test(c)) throw new Unsupported('escape'); // back-references, \p{..}, \k<..>, \cX
        return c.codePointAt(0)!;
    }
  };
  const escape = (inClass: boolean): Node | null => {
    const e = escapeCode();
    if (e === 'b') {
      if (inClass) return lit(8);
      return null; // word boundary: an assertion, no character
    }
    return typeof e === 'number' ? lit(e) : { t: 'set', ranges: e, negate: false };
  };
  const charClass = (): Node => {
    let negate = false;
    if (peek() === '^') {
      negate = true;
      i++;
    }
    const ranges: Range[] = [];
    while (i < src.length && peek() !== ']') {
      let lo: number | Range[];
      const c = src[i++]!;
      if (c === '\\') {
        const e = escapeCode();
        lo = e === 'b' ? 8 : e;
      } else lo = c.codePointAt(0)!;
      if (typeof lo !== 'number') {
        ranges.push(...lo);
        continue;
      }
      if (peek() === '-' && src[i + 1] !== ']' && src[i + 1] !== undefined) {
        i++;
        let hi: number | Range[];
        const d = src[i++]!;
        if (d === '\\') {
          const e = escapeCode();
          hi = e === 'b' ? 8 : e;
        } else hi = d.codePointAt(0)!;
        if (typeof hi !== 'number') {
          ranges.push([lo, lo], [45, 45], ...hi);
          continue;
        }
        ranges.push([lo, hi]);
      } else ranges.push([lo, lo]);
    }
    if (peek() !== ']') throw new Unsupported('class');
    i++;
    return { t: 'set', ranges, negate };
  };

  const node = alternation();
  if (i !== src.length) throw new Unsupported('syntax');
  return node;
}

function complement(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

function inRanges(ranges: Range[], c: number): boolean {
  return ranges.some(([lo, hi]) => c >= lo && c <= hi);
}

/** A character of the set: the `variant`-th of the preferred ones it holds (variants give distinct samples). */
function pick(set: { ranges: Range[]; negate: boolean }, variant: number): string | undefined {
  const ok = (c: number) => inRanges(set.ranges, c) !== set.negate && !(c >= 0xd800 && c <= 0xdfff);
  const preferred = [...PREFERRED].filter((ch) => ok(ch.codePointAt(0)!));
  if (preferred.length > 0) return preferred[variant % preferred.length];
  if (!set.negate) {
    for (const [lo, hi] of set.ranges) for (let c = lo; c <= Math.min(hi, lo + 64); c++) if (ok(c)) return String.fromCodePoint(c);
    return undefined;
  }
  for (let c = 32; c < 0x3000; c++) if (ok(c)) return String.fromCodePoint(c);
  return undefined;
}

const minMemo = new WeakMap<Node, number>();
const maxMemo = new WeakMap<Node, number>();

function minLen(n: Node): number {
  let v = minMemo.get(n);
  if (v !== undefined) return v;
  switch (n.t) {
    case 'seq':
      v = n.items.reduce((a, x) => a + minLen(x), 0);
      break;
    case 'alt':
      v = Math.min(...n.options.map(minLen));
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

function maxLen(n: Node): number {
  let v = maxMemo.get(n);
  if (v !== undefined) return v;
  switch (n.t) {
    case 'seq':
      v = n.items.reduce((a, x) => a + maxLen(x), 0);
      break;
    case 'alt':
      v = Math.max(...n.options.map(maxLen));
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

/** Append a string of `n` to `out`, aiming at length `len` (best effort: the caller checks). Returns the characters appended, or -1. */
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
      const opt = n.options.find((o) => minLen(o) <= len && len <= maxLen(o)) ?? n.options.reduce((a, b) => (minLen(b) < minLen(a) ? b : a));
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

const parsed = new Map<string, Node | null>();

function parsedPattern(pattern: string): Node | null {
  let n = parsed.get(pattern);
  if (n === undefined) {
    try {
      n = pattern.length > MAX_PATTERN ? null : parse(pattern);
    } catch {
      n = null; // unsupported syntax, or nesting too deep for the parser
    }
    if (parsed.size > 2000) parsed.clear();
    parsed.set(pattern, n);
  }
  return n;
}

/**
 * Strings matching `pattern`: the shortest sample, then samples of each requested length
 * (padding around unanchored patterns where the pattern alone cannot reach it). Each is verified.
 */
export function patternSamples(pattern: string, lengths: readonly number[] = []): string[] {
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
  return [...out];
}

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
