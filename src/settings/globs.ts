// Globs come from the PR-controlled config and from inputs; they are relative to the repository
// root and may never name a place outside it. An absolute glob would walk the whole filesystem,
// and a `..` segment climbs out of the root before any matched path is checked.

import fg from 'fast-glob';
import { UsageError } from '../core/errors.js';

/** Why `glob` could reach outside the root, or undefined when it cannot. */
export function globOutsideRoot(glob: string): string | undefined {
  const positive = glob.replace(/^!+/, ''); // a negation is an ignore pattern: same rules
  let expanded: string[] = [];
  try {
    // fast-glob's own brace expansion: `{.,}./x` and `{a,/etc}` only show their shape expanded.
    expanded = fg.generateTasks([positive]).flatMap((t) => t.patterns);
  } catch {
    // A glob fast-glob cannot read is rejected later by the glob itself; check the text as given.
  }
  for (const pattern of [positive, ...expanded]) {
    // Backslash is an escape in a glob (`.\.` is `..`) and a separator on Windows: check both readings.
    for (const text of [pattern, pattern.replace(/\\(.)/g, '$1')]) {
      if (/^(?:[\\/]|[A-Za-z]:)/.test(text)) return 'is an absolute path; globs are relative to the repository root';
      if (text.split(/[\\/()|]/).includes('..')) return 'has a ".." segment; globs cannot reach outside the repository root';
    }
  }
  return undefined;
}

/** Throws a UsageError for the first glob that reaches outside; `where(i)` prefixes the message. */
export function checkGlobs(globs: readonly string[], where: (index: number) => string): void {
  globs.forEach((glob, i) => {
    const why = globOutsideRoot(glob);
    if (why) throw new UsageError(`${where(i)}${JSON.stringify(glob)} ${why}`);
  });
}
