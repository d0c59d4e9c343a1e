// "Did you mean" for near misses: users type `Voice`, `equal`, `greater-than`, `polcy`, `maxLenght`.
// In core because every stage suggests: settings (config keys), lint, triage (rule ids).

const MAX_LENGTH = 256;

/** The candidate closest to `value` (case, `-`/`_` and small typos forgiven), or undefined. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-\s]/g, '_');
  // Far longer than any keyword, enum word or path: no near miss, and the table would be costly.
  if (value.length > MAX_LENGTH) return undefined;
  const v = norm(value);
  let best: string | undefined;
  // One edit for short words, one per three letters for longer ones: beyond that it is a guess.
  let bestDistance = Math.max(1, Math.floor(v.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(v, norm(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): `froce` is one edit from
 * `force`, as a typist's swap should be. Inputs are short enum words, so the quadratic table is fine.
 */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** ` (did you mean "x"?)` or the empty string; `aliases` maps other tools' spellings (`gt`). */
export function didYouMean(
  value: unknown,
  candidates: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string {
  if (typeof value !== 'string') return '';
  const alias = Object.prototype.hasOwnProperty.call(aliases, value.toLowerCase())
    ? aliases[value.toLowerCase()]
    : undefined;
  const c = alias ?? closest(value, candidates);
  return c === undefined ? '' : ` (did you mean "${c}"?)`;
}
