// A cheap, sound pre-check that lets most filter regexes skip recheck (~10-300 ms per pattern).
// A backtracking matcher can take super-linear time only when it has to choose between many ways
// of splitting the input. For a pattern that (a) has no lookaround, backreference or quantified
// group, (b) has at most one unbounded quantifier (*, +, {n,}) and only a few bounded choices
// (?, {n,m}, and the branches of an alternation), (c) has no alternation when it has an unbounded
// quantifier, and (d) starts with ^ when it has an unbounded quantifier, the matcher tries one start
// position (^) or a bounded amount of work per position, and at each one the single unbounded
// quantifier backtracks at most n times over a constant number of bounded choices: linear in the
// input. `^skill_42_.*$` and `^(support|billing)@x$` pass; `a*b` does not (quadratic when
// unanchored), nor `^(a+)+$`. Anything not proven linear here goes to recheck.
// "A bounded amount of work per position" also bounds the counts: `a{10000}b` tries 10,000 steps
// at each start position (quadratic up to 10,000 characters), and so does `^.*a{10000}$` at each
// step the star gives back; only one start position (anchored, no top-level `|`) and no unbounded
// quantifier lets a count be large (`^[0-9]{1,40}$`). `^a{30}|b{30}c` is not anchored: its second
// branch starts anywhere.

/** Product of the choices bounded quantifiers add; beyond it the constant factor is no longer small. */
const MAX_BOUNDED_CHOICES = 64;

/** Sum of the bounded counts repeated per start position or per step of the unbounded quantifier. */
const MAX_COUNTED = 16;

/**
 * True when `pattern` (a `u`-flag regex) cannot backtrack super-linearly. False means "not
 * proven", not "vulnerable". It may be asked about a pattern that does not compile (prepareRedos
 * asks before lint): it must then end, and its answer does not matter.
 */
export function provablyLinear(pattern: string): boolean {
  let unbounded = 0;
  let choices = 1;
  let counted = 0;
  let alternation = false;
  let topAlternation = false;
  let depth = 0;
  let last: 'none' | 'atom' | 'group' = 'none';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === '\\') {
      const n = pattern[i + 1] ?? '';
      if (/[1-9k]/.test(n)) return false; // backreference
      i += escapeLength(pattern, i);
      last = n === 'b' || n === 'B' ? 'none' : 'atom';
    } else if (c === '[') {
      i = classEnd(pattern, i);
      last = 'atom';
    } else if (c === '(') {
      if (/^\(\?<?[=!]/.test(pattern.slice(i, i + 4))) return false; // lookaround
      if (pattern.startsWith('(?:', i)) i += 3;
      else if (pattern.startsWith('(?<', i)) {
        // Named group. prepareRedos asks before the pattern is known to compile: no `>`, no proof
        // (indexOf's -1 would restart the loop at 0, forever).
        const close = pattern.indexOf('>', i);
        if (close < 0) return false;
        i = close + 1;
      } else i += 1;
      depth += 1;
      last = 'none';
    } else if (c === ')') {
      i += 1;
      depth -= 1;
      last = 'group';
    } else if (c === '|') {
      // A group of k branches has k - 1 bars, and 2^(k-1) >= k: a bound on the paths it adds.
      alternation = true;
      if (depth === 0) topAlternation = true; // `^a|b`: the ^ binds only the first branch
      choices *= 2;
      if (choices > MAX_BOUNDED_CHOICES) return false;
      i += 1;
      last = 'none';
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      if (last === 'group') return false; // quantified group
      const q = quantifier(pattern, i);
      if (!q) return false;
      if (q.max === Infinity) unbounded += 1;
      else {
        choices *= q.max - q.min + 1;
        counted += q.max;
      }
      if (unbounded > 1 || choices > MAX_BOUNDED_CHOICES) return false;
      i = q.end;
      if (pattern[i] === '?') i += 1; // lazy: same choices, other order
      last = 'none';
    } else if (c === '^') {
      if (i !== 0) return false; // keep the anchoring argument simple
      i += 1;
      last = 'none';
    } else {
      i += 1;
      last = c === '$' ? 'none' : 'atom';
    }
  }
  const anchored = pattern.startsWith('^') && !topAlternation;
  if (unbounded === 0) return anchored || counted <= MAX_COUNTED;
  return !alternation && anchored && counted <= MAX_COUNTED;
}

/** Longest `\u{…}` or `\p{…}` escape read as one: the longest property name and value fit. */
const BRACE_WINDOW = 64;

export function escapeLength(p: string, i: number): number {
  const n = p[i + 1];
  if ((n === 'u' || n === 'p' || n === 'P') && p[i + 2] === '{') {
    // `\u{10FFFF}`, `\p{Script_Extensions=…}`: the brace closes within a short window. Searching
    // the whole rest would make `\u{\u{\u{…` (no `}`) quadratic in the pattern's length.
    const close = p.slice(i, i + BRACE_WINDOW).indexOf('}');
    if (close > 0) return close + 1; // else not a valid pattern: step on (never back)
  }
  if (n === 'u') return 6;
  if (n === 'x') return 4;
  if (n === 'c') return 3;
  return 2;
}

/** Index just after the `]` closing the class that opens at `i`. */
export function classEnd(p: string, i: number): number {
  let j = i + 1;
  while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? escapeLength(p, j) : 1;
  return j + 1;
}

export function quantifier(p: string, i: number): { min: number; max: number; end: number } | null {
  const c = p[i];
  if (c === '*') return { min: 0, max: Infinity, end: i + 1 };
  if (c === '+') return { min: 1, max: Infinity, end: i + 1 };
  if (c === '?') return { min: 0, max: 1, end: i + 1 };
  const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
  return { min, max, end: i + m[0].length };
}
