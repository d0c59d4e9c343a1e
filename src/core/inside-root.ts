// Whether a path lies inside a directory, by path arithmetic only: used on real paths (after
// realpath) to refuse what a link leads out to, and on given paths to decide which root guards them.

import { realpathSync } from 'node:fs';
import path from 'node:path';

export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return !(rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel));
}

/** The first of `roots` that `p` (absolute) lies inside, as given: that root guards it. */
export function guardingRoot(roots: readonly (string | undefined)[], p: string): string | undefined {
  return roots.find((r): r is string => r !== undefined && isInside(path.resolve(r), path.resolve(p)));
}

/**
 * The real path of a root; the path as given when it cannot be resolved (it is then compared as is).
 * fs.realpathSync.native asks the system: the JavaScript fs.realpathSync removes `..` from a link's
 * target as text (`a/link/../x` is `a/x` to it, the parent of where `link` leads to the system), and
 * builds a path from a /proc link's text (`pipe:[123]`) that names nothing.
 */
export function realRoot(root: string): string {
  try {
    return realpathSync.native(root);
  } catch {
    return path.resolve(root);
  }
}
