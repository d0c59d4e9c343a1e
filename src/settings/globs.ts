// Globs come from the PR-controlled config and from inputs; they are relative to the repository
// root and may never name a place outside it. An absolute glob would walk the whole filesystem,
// and a `..` segment climbs out of the root before any matched path is checked.
//
// They are also bounded before any glob library sees them: brace expansion is exponential
// (`{a,b}` seventeen times is 131,072 patterns, which hung fast-glob: it expands braces into one
// pattern each), a numeric range is as large as its ends (`{1..100000000}`), and a segment with
// many `*` compiles to a regex that backtracks polynomially on a long file name the PR also
// controls. Whatever the libraries still throw is a usage error naming where the glob came from,
// never a crash. The globs are evaluated by ../core/glob.ts (fast-glob and its matcher), on disk
// and in a commit's tree alike.

import fg from 'fast-glob';
import { braceReadings, countExpansions, MAX_BRACE_READINGS } from '../core/braces.js';
import { UsageError } from '../core/errors.js';

export const GLOB_LIMITS = {
  /** Characters in one glob. */
  maxLength: 512,
  /** `{…}` groups (lists and ranges, nested or not) in one glob. */
  maxBraceGroups: 8,
  /** Patterns one glob expands to (the product of its brace groups, a range counting its size). */
  maxExpansions: MAX_BRACE_READINGS,
  /** Repeating wildcards (`*`, `*(…)`, `+(…)`, `!(…)`; `**` alone is a segment walk) in one path segment. */
  maxWildcardsPerSegment: 2,
  /** Globs in one list (schemas or filters). */
  maxGlobs: 100,
} as const;

/** Why `glob` is too large or too costly to hand to the glob library, or undefined. */
export function globTooCostly(glob: string): string | undefined {
  const L = GLOB_LIMITS;
  if (glob.length > L.maxLength) return `is ${glob.length} characters long, over the limit of ${L.maxLength}`;
  const groups = countBraceOpenings(glob);
  if (groups > L.maxBraceGroups) return `has ${groups} brace groups, over the limit of ${L.maxBraceGroups}`;
  const n = countExpansions(glob, L.maxExpansions + 1);
  if (n > L.maxExpansions)
    return `expands to more than ${L.maxExpansions} patterns (brace lists and ranges multiply), the limit for one glob`;
  return undefined;
}

/**
 * The patterns `glob` expands to, bounded and checked; throws a UsageError (prefixed `where`) for
 * a glob that is too costly, that the library cannot read, or that reaches outside the root.
 */
export function checkGlob(glob: string, where: string, options: { outside?: boolean } = {}): string[] {
  const fail = (why: string) =>
    new UsageError(`${where}${JSON.stringify(glob.length > 80 ? glob.slice(0, 80) + '…' : glob)} ${why}`);
  const costly = globTooCostly(glob);
  if (costly) throw fail(costly);
  const positive = glob.replace(/^!+/, ''); // a negation is an ignore pattern: same rules
  let expanded: string[];
  try {
    fg.isDynamicPattern(positive); // the library's own reading: what it throws on is no glob
    // Every pattern the braces can spell: `{.,}./x` and `{a,/etc}` only show their shape expanded.
    expanded = braceReadings(positive, GLOB_LIMITS.maxExpansions + 1);
  } catch (err) {
    throw fail(`cannot be read as a glob (${libraryMessage(err)})`);
  }
  // The counter above is the gate; the readings are the proof.
  if (expanded.length > GLOB_LIMITS.maxExpansions)
    throw fail(`expands to ${expanded.length} patterns, over the limit of ${GLOB_LIMITS.maxExpansions}`);
  for (const pattern of expanded.length > 0 ? expanded : [positive]) {
    const wild = maxWildcardsInSegment(pattern);
    if (wild > GLOB_LIMITS.maxWildcardsPerSegment) {
      throw fail(
        `has ${wild} repeating wildcards in one path segment, over the limit of ${GLOB_LIMITS.maxWildcardsPerSegment} (matching it is slow on long file names)`,
      );
    }
  }
  const outside = options.outside === false ? undefined : globOutsideRoot(positive, expanded);
  if (outside) throw fail(outside);
  return expanded;
}

/** Why `glob` could reach outside the root, or undefined when it cannot. */
export function globOutsideRoot(glob: string, expanded: readonly string[] = []): string | undefined {
  const positive = glob.replace(/^!+/, '');
  for (const pattern of [positive, ...expanded]) {
    // Backslash is an escape in a glob (`.\.` is `..`) and a separator on Windows: check both readings.
    for (const text of [pattern, pattern.replace(/\\(.)/g, '$1')]) {
      if (/^(?:[\\/]|[A-Za-z]:)/.test(text)) return 'is an absolute path; globs are relative to the repository root';
      if (text.split(/[\\/()|]/).includes('..'))
        return 'has a ".." segment; globs cannot reach outside the repository root';
    }
  }
  return undefined;
}

/**
 * Throws a UsageError for the first glob that is too costly or reaches outside; `where(i)` prefixes
 * the message. `outside: false` checks the cost only (discovery refuses outside matches one by one).
 */
export function checkGlobs(
  globs: readonly string[],
  where: (index: number) => string,
  options: { outside?: boolean } = {},
): void {
  if (globs.length > GLOB_LIMITS.maxGlobs) {
    throw new UsageError(
      `${where(GLOB_LIMITS.maxGlobs)}${globs.length} globs given, over the limit of ${GLOB_LIMITS.maxGlobs} in one list`,
    );
  }
  globs.forEach((glob, i) => checkGlob(glob, where(i), options));
}

/** A library's message, first line only and short: it may echo the (long) glob. */
function libraryMessage(err: unknown): string {
  const text = err instanceof Error ? `${err.name === 'Error' ? '' : err.name + ': '}${err.message}` : String(err);
  const line = text.split('\n')[0]!;
  return line.length > 120 ? line.slice(0, 120) + '…' : line;
}

/** Unescaped `{` in the text: every one may open a group, so all count. */
function countBraceOpenings(glob: string): number {
  let n = 0;
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === '{') n++;
  }
  return n;
}

/** The most repeating wildcards in one `/`-separated segment of an already brace-expanded pattern. */
function maxWildcardsInSegment(pattern: string): number {
  let most = 0;
  for (const segment of pattern.split('/')) {
    if (segment === '**') continue;
    let n = 0;
    for (let i = 0; i < segment.length; i++) {
      const ch = segment[i]!;
      if (ch === '\\') i++;
      else if (ch === '*') {
        n++;
        while (segment[i + 1] === '*') i++; // `**` inside a segment is one star to the matcher
      } else if ((ch === '+' || ch === '!') && segment[i + 1] === '(') n++; // `!(x)` is `(?!x)[^/]*?` to picomatch
    }
    most = Math.max(most, n);
  }
  return most;
}
