// Finding files are relative to the contract root; GitHub (annotations, SARIF, PR files) speaks
// paths relative to the repository. src/core/paths.ts says which directory that is, the same for
// both fronts; this maps between the two.

import { rootPrefix, type RepoPaths } from '../core/paths.js';

/** Repository paths (e.g. a PR's changed files) as contract-root-relative paths; others dropped. */
export function rootPaths(paths: Iterable<string>, repo: RepoPaths | undefined): Set<string> {
  const prefix = rootPrefix(repo);
  if (prefix === '') return new Set(paths);
  const head = `${prefix}/`;
  return new Set([...paths].filter((p) => p.startsWith(head)).map((p) => p.slice(head.length)));
}
