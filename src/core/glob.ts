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

/**
 * A test of one listed file (a relative path, `/` separated) against `globs`, the way the walk
 * selects it: the patterns are compiled once, each call is one test of the file.
 */
export function listedMatcher(globs: readonly string[]): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  const tasks = fg.generateTasks([...globs], { dot: WALK_OPTIONS.dot }).map((task) => ({
    positive: task.positive.map((p) => micromatch.makeRe(p, MATCH_OPTIONS)),
    negative: task.negative.map((p) => micromatch.makeRe(p, { ...MATCH_OPTIONS, dot: true })),
    skipsFolders: folderSkipper(task.base, task.negative),
  }));
  return (file) =>
    tasks.some(
      (t) => t.positive.some((re) => re.test(file)) && !t.negative.some((re) => re.test(file)) && !t.skipsFolders(file),
    );
}

// The walk never enters a folder that a negative pattern with a plain last segment names
// (`!cxone/schemas/drafts`, `!**/drafts`): nothing below it is found, though no file path matches
// the pattern. (A negative ending in `/**` matches the files below too, so the file test covers it.)
// Only the folders below the walk's base (where it starts, never itself tested) whose own name is
// such a segment are tested: linear in the path, not its depth squared.
function folderSkipper(base: string, negative: readonly string[]): (file: string) => boolean {
  const byName = new Map<string, RegExp[]>();
  for (const pattern of negative) {
    const name = pattern.slice(pattern.lastIndexOf('/') + 1);
    if (pattern.endsWith('/**') || fg.isDynamicPattern(name)) continue;
    const res = byName.get(name) ?? [];
    res.push(micromatch.makeRe(pattern, MATCH_OPTIONS));
    byName.set(name, res);
  }
  if (byName.size === 0) return () => false;
  const below = base === '.' ? 0 : base.length + 1;
  return (file) => {
    if (below > 0 && !file.startsWith(`${base}/`)) return false;
    for (
      let start = below, end = file.indexOf('/', start);
      end !== -1;
      start = end + 1, end = file.indexOf('/', start)
    ) {
      const res = byName.get(file.slice(start, end));
      if (res && res.some((re) => re.test(file.slice(0, end)))) return true;
    }
    return false;
  };
}
