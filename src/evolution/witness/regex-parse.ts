// The regex parser behind ./regex.ts: turns the common `pattern` shapes (literals, classes,
// escapes, groups, alternation, quantifiers, anchors) into a small tree of sequences,
// alternatives, character sets and repetitions. Lookarounds, back-references and unicode
// property escapes are not modelled: such patterns parse to null (no samples then).

import { boundedMemo } from '../../core/memo.js';

export type Range = [number, number];
export type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'set'; ranges: Range[]; negate: boolean }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'empty' };

class Unsupported extends Error {}

const MAX_PATTERN = 2000;

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

const MAX_CACHED = 2000;
const parsed = new Map<string, Node | null>();

/** The tree of `pattern` (cached), or null when it is too long or uses syntax not modelled. */
export function parsedPattern(pattern: string): Node | null {
  return boundedMemo(parsed, pattern, MAX_CACHED, (p) => {
    try {
      return p.length > MAX_PATTERN ? null : parse(p);
    } catch {
      return null; // unsupported syntax, or nesting too deep for the parser
    }
  });
}
