// The product's one glob library: fast-glob. It walks the disk (../contracts/discover.ts); a listing
// that is not on disk (a commit's tree, ../baseline/git-tree.ts) is matched by fast-glob's own matcher,
// micromatch, the way fast-glob's walker matches each entry: the same tasks (braces expanded, ranges
// included; duplicate slashes removed; patterns split into positive and `!` negative as fast-glob
// splits them, `!(…)` being an extglob), the same micromatch options (a negative pattern matches dot
// files too). test/baseline/glob-parity.test.ts holds the walk and the listing to the same answers.
//
// Matching a listing is linear in its size: one test of each file against the patterns' regexes,
// never a walk of folders that are not there (a deep tree must not cost its depth squared).

import fg from 'fast-glob';
import micromatch from 'micromatch';

/** How discovery walks the disk: dot files only when a glob names them, links never followed. */
export const WALK_OPTIONS = {
  dot: false,
  followSymbolicLinks: false,
  // Directories too, so a directory named like a contract file is reported, not skipped silently.
  onlyFiles: false,
  unique: true,
  suppressErrors: true,
} as const;

/** The micromatch options fast-glob's walker uses with WALK_OPTIONS (its defaults otherwise). */
const MATCH_OPTIONS = { dot: WALK_OPTIONS.dot, posix: true, strictSlashes: false } as const;

/** The files of `files` (relative paths, `/` separated) that `globs` select, in listing order. */
export function matchListed(files: readonly string[], globs: readonly string[]): string[] {
  if (globs.length === 0) return [];
  const tasks = fg.generateTasks([...globs], { dot: WALK_OPTIONS.dot }).map((task) => ({
    positive: task.positive.map((p) => micromatch.makeRe(p, MATCH_OPTIONS)),
    negative: task.negative.map((p) => micromatch.makeRe(p, { ...MATCH_OPTIONS, dot: true })),
  }));
  return files.filter((file) =>
    tasks.some((t) => t.positive.some((re) => re.test(file)) && !t.negative.some((re) => re.test(file))),
  );
}
