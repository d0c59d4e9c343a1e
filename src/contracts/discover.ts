// Which files are contracts: the schema and filter globs, expanded under the root. Every match is
// resolved to its real path and refused when that lies outside the real root: the glob library
// walks into a linked folder named in a glob (`cxone/schemas -> /elsewhere`), and a linked file
// can point anywhere. Contracts are read through the checked real path. The glob library is the one
// the git baseline matches a commit's tree with (../core/glob.ts).
//
// A small tree is listed synchronously: the glob library's stream walks each folder through a
// thread-pool round trip and an object stream, and took 10 of the 14 ms a small check spent
// listing its 15 files. The listing reads folders entry by entry and gives up past SYNC_ENTRIES
// entries in all (or the file cap, if lower): a larger tree is walked as before, as a stream that
// stops once the matches pass the file cap (a tree with few matches is still walked whole, but
// never held in memory), so at most SYNC_ENTRIES entries are read twice.

import fg from 'fast-glob';
import { opendirSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { ContractKind } from '../core/contract.js';
import { UsageError } from '../core/errors.js';
import { WALK_OPTIONS } from '../core/glob.js';
import { isInside, realRoot as realRootOf } from '../core/inside-root.js';
import { checkGlobs } from '../settings/globs.js';
import { MAX_FILES_PER_RUN } from './limits.js';

/** Entries a synchronous listing reads at most (see the top of this file). */
const SYNC_ENTRIES = 2_000;

export interface Candidate {
  /** Relative to the root, forward slashes. */
  file: string;
  kind: ContractKind;
  /** The resolved real path, checked to lie inside the real root (unset meaning when `problem` is). */
  absPath: string;
  /** Set when the path cannot be a readable contract (reported as file-unreadable). */
  problem?: string;
}

export async function discover(
  root: string,
  schemaGlobs: string[],
  filterGlobs: string[],
  maxFiles: number = MAX_FILES_PER_RUN,
): Promise<Candidate[]> {
  const absRoot = path.resolve(root);
  // Compare real paths: the root itself may be given through a link.
  const realRoot = realRootOf(absRoot);
  const byFile = new Map<string, Entry & { kind: ContractKind }>();
  // Schemas first: a file matched by both globs is a schema.
  for (const [globs, kind] of [
    [schemaGlobs, 'schema'],
    [filterGlobs, 'filter'],
  ] as const) {
    // Settings checked them with their source; their cost is checked again here so no caller hands
    // the library an unbounded glob (what one matches outside the root is refused file by file below).
    checkGlobs(globs, () => `${kind === 'schema' ? 'schemas' : 'filters'}: `, { outside: false });
    await expand(
      absRoot,
      globs,
      kind,
      (e) => {
        if (byFile.has(e.file)) return true;
        byFile.set(e.file, { ...e, kind });
        return byFile.size <= maxFiles;
      },
      maxFiles,
    );
    if (byFile.size > maxFiles) {
      throw new UsageError(
        `schemas/filters: the globs match more than ${maxFiles} files, the limit for one run; ` +
          'narrow the globs (in .cxone-contract.yml or the schemas/filters inputs)',
      );
    }
  }
  const entries = [...byFile.values()];
  for (const e of entries) if (!e.problem) resolveInside(realRoot, e);
  return entries
    .map(({ file, kind, absPath, problem }): Candidate => ({ file, kind, absPath, ...(problem ? { problem } : {}) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

type Entry = Omit<Candidate, 'kind'> & { symlink: boolean };

/** Hands the matches of `globs` to `accept` until it returns false (see the top of this file). */
async function expand(
  absRoot: string,
  globs: string[],
  kind: ContractKind,
  accept: (e: Entry) => boolean,
  maxEntries: number,
): Promise<void> {
  if (globs.length === 0) return;
  try {
    await walk(absRoot, globs, accept, maxEntries);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    // Whatever the glob library throws on a glob is the glob's problem, not a crash (issue 11).
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 120);
    throw new UsageError(`${kind === 'schema' ? 'schemas' : 'filters'}: the globs cannot be expanded (${message})`);
  }
}

async function walk(
  absRoot: string,
  globs: string[],
  accept: (e: Entry) => boolean,
  maxEntries: number,
): Promise<void> {
  const listed = listSmallTree(absRoot, globs, Math.min(maxEntries, SYNC_ENTRIES));
  if (listed) {
    for (const found of listed) {
      const e = toEntry(absRoot, found);
      if (e && !accept(e)) return;
    }
    return;
  }
  const stream = fg.stream(globs, { ...WALK_OPTIONS, cwd: absRoot, objectMode: true });
  for await (const found of stream) {
    const e = toEntry(absRoot, found as unknown as fg.Entry);
    // Leaving the loop ends the iterator, which destroys the stream: the walk stops here.
    if (e && !accept(e)) return;
  }
}

/**
 * The matches of `globs`, listed synchronously, or undefined when the folders the walk reads hold
 * more than `maxEntries` entries in all: it stops reading there (one entry past), and the caller
 * streams instead.
 */
function listSmallTree(absRoot: string, globs: string[], maxEntries: number): fg.Entry[] | undefined {
  let left = maxEntries;
  // The library's readdirSync, read entry by entry (a huge folder is never read whole here).
  const readdirSync = (dir: string): Dirent[] => {
    const entries: Dirent[] = [];
    if (left < 0) return entries;
    const handle = opendirSync(dir);
    try {
      for (let d = handle.readSync(); d !== null; d = handle.readSync()) {
        if (--left < 0) return [];
        entries.push(d);
      }
    } finally {
      handle.closeSync();
    }
    return entries;
  };
  const found = fg.sync(globs, {
    ...WALK_OPTIONS,
    cwd: absRoot,
    objectMode: true,
    fs: { readdirSync: readdirSync as unknown as NonNullable<fg.Options['fs']>['readdirSync'] },
  });
  return left < 0 ? undefined : found;
}

function toEntry(absRoot: string, e: fg.Entry): Entry | undefined {
  const absPath = path.resolve(absRoot, e.path);
  const file = path.relative(absRoot, absPath).split(path.sep).join('/');
  if (e.dirent.isDirectory()) {
    if (!looksLikeFile(file)) return undefined; // `dir/**` also matches plain sub-directories
    return { file, absPath, symlink: false, problem: 'it is a directory' };
  }
  if (!isInside(absRoot, absPath))
    return { file, absPath, symlink: false, problem: 'it is outside the repository root' };
  return { file, absPath, symlink: e.dirent.isSymbolicLink() };
}

function looksLikeFile(file: string): boolean {
  const base = path.posix.basename(file);
  return path.posix.extname(base) !== '';
}

/**
 * Replace `e.absPath` by its real path, or set `e.problem` when it leaves the root or is broken.
 * Synchronous, as the files are then read (./read.ts): a thread-pool round trip per file costs more.
 */
function resolveInside(realRoot: string, e: Entry): void {
  let real: string;
  try {
    real = realpathSync.native(e.absPath); // as the system resolves it (../core/inside-root.ts)
  } catch {
    e.problem = e.symlink ? 'it is a broken symbolic link' : 'it does not exist (deleted while running)';
    return;
  }
  if (!isInside(realRoot, real)) {
    // The target is not named: where the link points is itself outside information.
    e.problem = e.symlink
      ? 'it is a symbolic link to a file outside the repository root'
      : 'it lies outside the repository root (through a symbolically linked directory)';
    return;
  }
  e.absPath = real;
}
