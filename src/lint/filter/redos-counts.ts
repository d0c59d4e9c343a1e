// Counted repetition hides exponential backtracking from recheck's automaton checker: `(a|a?){18}`
// is a finite automaton, "safe" in theory, yet a backtracking matcher tries about 2^18 ways to fail
// on 17 `a`s and a `!` (20 s; `{22}` runs for minutes). So a pattern recheck calls safe is asked
// again with every count relaxed (`{n,m}` -> `+`, or `*` when n is 0): when that form is
// exponential, the original is exponential in its counts. Only exponential counts are refused: a
// polynomial relaxed form stays bounded by a power of the counts, small for any real pattern.

import { classEnd, escapeLength, quantifier } from './redos-fast-path.js';

/** `pattern` with each counted repetition allowing more than one match relaxed; undefined when it has none. */
export function relaxCounts(pattern: string): string | undefined {
  let out = '';
  let relaxed = false;
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === '\\') {
      const end = i + escapeLength(pattern, i);
      out += pattern.slice(i, end);
      i = end;
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      out += pattern.slice(i, end);
      i = end;
    } else if (c === '{' && i > 0) {
      const q = quantifier(pattern, i);
      if (q && q.max >= 2) {
        out += q.min === 0 ? '*' : '+';
        relaxed = true;
        i = q.end;
      } else {
        out += c;
        i += 1;
      }
    } else {
      out += c;
      i += 1;
    }
  }
  return relaxed ? out : undefined;
}
