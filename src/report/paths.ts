// Finding files are relative to the contract root; GitHub (annotations, SARIF, PR files) speaks
// paths relative to the repository. One prefix maps between the two.

/** `file` relative to the repository, given the contract root's path from it (`contracts`). */
export function repoPath(file: string, prefix: string | undefined): string {
  if (!prefix || prefix === '.') return file;
  return `${prefix.replace(/\\/g, '/').replace(/\/+$/, '')}/${file.replace(/^\.\//, '')}`;
}

/** Repository paths (e.g. a PR's changed files) as contract-root-relative paths; others dropped. */
export function rootPaths(paths: Iterable<string>, prefix: string | undefined): Set<string> {
  if (!prefix || prefix === '.') return new Set(paths);
  const head = `${prefix.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
  return new Set([...paths].filter((p) => p.startsWith(head)).map((p) => p.slice(head.length)));
}
