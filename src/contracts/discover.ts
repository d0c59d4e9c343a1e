// Which files are contracts: the schema and filter globs, expanded under the root. Symbolic links
// are not traversed as directories (no loops, no escaping through a linked folder); a linked file
// is accepted only when its target is inside the root.

import fg from 'fast-glob';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ContractKind } from '../core/contract.js';

export interface Candidate {
  /** Relative to the root, forward slashes. */
  file: string;
  kind: ContractKind;
  absPath: string;
  /** Set when the path cannot be a readable contract (reported as file-unreadable). */
  problem?: string;
}

export async function discover(root: string, schemaGlobs: string[], filterGlobs: string[]): Promise<Candidate[]> {
  const absRoot = path.resolve(root);
  const [schemas, filters] = await Promise.all([expand(absRoot, schemaGlobs), expand(absRoot, filterGlobs)]);
  const byFile = new Map<string, Entry & { kind: ContractKind }>();
  // Schemas first: a file matched by both globs is a schema.
  for (const [entries, kind] of [[schemas, 'schema'], [filters, 'filter']] as const) {
    for (const e of entries) if (!byFile.has(e.file)) byFile.set(e.file, { ...e, kind });
  }
  const entries = [...byFile.values()];
  await checkSymlinks(absRoot, entries.filter((e) => e.symlink));
  return entries
    .map(({ file, kind, absPath, problem }): Candidate => ({ file, kind, absPath, ...(problem ? { problem } : {}) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

type Entry = Omit<Candidate, 'kind'> & { symlink: boolean };

async function expand(absRoot: string, globs: string[]): Promise<Entry[]> {
  if (globs.length === 0) return [];
  const found = await fg(globs, {
    cwd: absRoot,
    dot: false,
    followSymbolicLinks: false,
    // Directories too, so a directory named like a contract file is reported, not skipped silently.
    onlyFiles: false,
    objectMode: true,
    unique: true,
    suppressErrors: true,
  });
  const out: Entry[] = [];
  for (const e of found) {
    const absPath = path.resolve(absRoot, e.path);
    const file = path.relative(absRoot, absPath).split(path.sep).join('/');
    const dirent = e.dirent;
    if (dirent.isDirectory()) {
      if (!looksLikeFile(file)) continue; // `dir/**` also matches plain sub-directories
      out.push({ file, absPath, symlink: false, problem: 'it is a directory' });
    } else if (isOutside(file)) {
      out.push({ file, absPath, symlink: false, problem: 'it is outside the repository root' });
    } else {
      out.push({ file, absPath, symlink: dirent.isSymbolicLink() });
    }
  }
  return out;
}

function looksLikeFile(file: string): boolean {
  const base = path.posix.basename(file);
  return path.posix.extname(base) !== '';
}

async function checkSymlinks(absRoot: string, links: Entry[]): Promise<void> {
  if (links.length === 0) return;
  let realRoot: string;
  try {
    realRoot = await realpath(absRoot);
  } catch {
    realRoot = absRoot;
  }
  await Promise.all(
    links.map(async (e) => {
      try {
        if (isOutside(path.relative(realRoot, await realpath(e.absPath)))) {
          e.problem = 'it is a symbolic link to a file outside the repository root';
        }
      } catch {
        e.problem = 'it is a broken symbolic link';
      }
    }),
  );
}

function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith('..' + path.sep) || rel.startsWith('../') || path.isAbsolute(rel);
}
