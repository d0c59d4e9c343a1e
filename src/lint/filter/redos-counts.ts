// Counted repetition hides exponential backtracking from recheck's automaton checker: `(a|a?){18}`
// is a finite automaton, "safe" in theory, yet a backtracking matcher tries about 2^18 ways to fail
// on 17 `a`s and a `!` (20 s; `{22}` runs for minutes). So a pattern recheck calls safe is asked
// again with the counts on its groups relaxed (`(...){n,m}` -> `(...)+`, or `*` when n is 0): when
// that form is exponential, the original is exponential in its counts. Only group counts are
// relaxed: a count on a single atom (`\d{4}`) fixes the group's length, and relaxing it would make
// `(?:\d{4}[ -]?){3}` (a card number) look like `(?:\d+[ -]?)+`, ambiguous where the original is
// not. Only exponential forms are refused: a polynomial relaxed form stays bounded by a power of
// the counts, small for any real pattern.

import { classEnd, escapeLength, quantifier } from './redos-fast-path.js';

/**
 * `pattern` with each counted repetition of a group that allows more than one match relaxed;
 * undefined when it has none.
 */
export function relaxCounts(pattern: string): string | undefined {
  let out = '';
  let relaxed = false;
  let afterGroup = false;
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    const q = c === '{' && afterGroup ? quantifier(pattern, i) : null;
    let end = i + 1;
    if (c === '\\') end = i + escapeLength(pattern, i);
    else if (c === '[') end = classEnd(pattern, i);
    if (q && q.max >= 2) {
      out += q.min === 0 ? '*' : '+';
      relaxed = true;
      end = q.end;
    } else {
      out += pattern.slice(i, end);
    }
    afterGroup = c === ')';
    i = end;
  }
  return relaxed ? out : undefined;
}
