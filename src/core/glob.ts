// The product's one glob dialect: tinyglobby (picomatch 4 underneath) evaluates every `schemas:` and
// `filters:` glob, on disk (discovery) and over a commit's tree listed by git (the git baseline).
// The tree is not on disk, so it is handed to the same library as a file system of its own
// (tinyglobby's `fs` option): one library, one matcher, the same answers (test/baseline/glob-parity.test.ts).
//
// The walk keeps what discovery has always relied on: dot files only when a glob names them, a
// symbolic link reported as an entry of its own and never walked into (a folder a glob names as
// its base is entered, as it must be to list it), directories reported too (a directory named like
// a contract is a finding, not silence), and each positive glob walked from its own base.

import { readdir } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern, type FileSystemAdapter, type GlobOptions } from 'tinyglobby';
import { braceReadings, MAX_BRACE_READINGS } from './braces.js';

export interface GlobEntry {
  /** Relative to the cwd, forward slashes. */
  path: string;
  directory: boolean;
  symlink: boolean;
}

/** The directory entry fields the walker reads. */
interface DirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** Reads one directory (absolute path, `/` separated), as `fs.readdir` with `withFileTypes` does. */
type ReadDir = (dir: string, done: (err: NodeJS.ErrnoException | null, entries: DirEntry[]) => void) => void;

const OPTIONS: GlobOptions = {
  dot: false,
  // A glob means what it says: `cxone/schemas` is that one entry, not everything below it.
  expandDirectories: false,
  // Links are shown to the walker as plain entries (below), so it neither follows nor drops them.
  followSymbolicLinks: false,
  onlyFiles: false,
};

/** A positive glob is walked; a `!glob` is an ignore pattern for every walk of its list (`!(x)` is an extglob). */
function isPositive(glob: string): boolean {
  return glob[0] !== '!' || glob[1] === '(';
}

/** A closed brace group holding `..`: a range, or text picomatch reads as one. */
const RANGE_GROUP = /\{[^{}]*\.\.[^{}]*\}/;

/**
 * Globs with their brace ranges spelled out. picomatch 4 compiles `{1..10}` to a character range
 * (it matches `1` and `0`, not `10`) and knows no steps; a glob means the numbers, as it did for
 * every release before tinyglobby. The settings bound the spelling (at most MAX_BRACE_READINGS).
 */
function spellRanges(globs: readonly string[]): string[] {
  return globs.flatMap((g) => (RANGE_GROUP.test(g) ? braceReadings(g, MAX_BRACE_READINGS) : [g]));
}

/** The entries under `cwd` that `globs` match, each once; `symlinks` holds the links `read` showed as files. */
async function globWith(
  cwd: string,
  written: readonly string[],
  read: ReadDir,
  symlinks: ReadonlySet<string> = new Set(),
): Promise<GlobEntry[]> {
  const globs = spellRanges(written);
  const fs = walkerFs(read);
  const negative = globs.filter((g) => !isPositive(g));
  const found = new Map<string, GlobEntry>();
  for (const positive of globs.filter(isPositive)) {
    const base = walkBase(positive);
    // One walk per glob, from its own base: a linked folder that is a glob's base is entered, one below it is not.
    for (const match of await glob([positive, ...negative], { ...OPTIONS, cwd, fs })) {
      const directory = match.endsWith('/');
      const rel = directory ? match.slice(0, -1) : match;
      // `dir/**` matches `dir` itself too; the folder a walk starts from is not one of its finds.
      if (found.has(rel) || (directory && rel === base)) continue;
      found.set(rel, { path: rel, directory, symlink: symlinks.has(path.resolve(cwd, rel)) });
    }
  }
  return [...found.values()];
}

/** The folder a glob's walk starts from (its leading static segments), when more follows; else undefined. */
function walkBase(glob: string): string | undefined {
  const segments = glob.replace(/^(\.\/)+/, '').split('/');
  const dynamic = segments.findIndex((s) => isDynamicPattern(s));
  return dynamic > 0 ? path.posix.normalize(segments.slice(0, dynamic).join('/')) : undefined;
}

/** Matches of `globs` on disk under `cwd` (an absolute path). */
export function globOnDisk(cwd: string, globs: readonly string[]): Promise<GlobEntry[]> {
  const symlinks = new Set<string>();
  // Each symbolic link is shown to the walker as a plain file: reported, never walked into.
  // So is anything else that is no directory (a named pipe): discovery says why it cannot be read.
  const read: ReadDir = (dir, done) =>
    readdir(dir, { withFileTypes: true }, (err, entries) => {
      if (err) return done(err, []);
      const shown = entries.map((e): DirEntry => {
        if (e.isFile() || e.isDirectory()) return e;
        // A link, a pipe, a socket: the walker would skip it silently; a contract path must not be.
        if (e.isSymbolicLink()) symlinks.add(path.resolve(dir, e.name));
        return { name: e.name, isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false };
      });
      done(null, shown);
    });
  return globWith(cwd, globs, read, symlinks);
}

/** Matches of `globs` among `files` (relative paths, `/` separated, files only): a listing that is not on disk. */
export async function globListed(files: readonly string[], globs: readonly string[]): Promise<string[]> {
  // A name only, nothing is read from disk; absolute and `/`-separated as the walker asks for it.
  const root = path.resolve('/listed').split(path.sep).join('/');
  const dirs = new Map<string, Map<string, boolean>>();
  const add = (dir: string, name: string, isDir: boolean) => {
    let entries = dirs.get(dir);
    if (!entries) dirs.set(dir, (entries = new Map()));
    if (!entries.has(name)) entries.set(name, isDir);
  };
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 0; i < parts.length; i++) add([root, ...parts.slice(0, i)].join('/'), parts[i]!, i < parts.length - 1);
  }
  const read: ReadDir = (dir, done) => {
    const entries = dirs.get(dir.replace(/\/+$/, ''));
    const shown = [...(entries ?? [])].map(([name, isDir]): DirEntry => ({
      name,
      isFile: () => !isDir,
      isDirectory: () => isDir,
      isSymbolicLink: () => false,
    }));
    const err = entries
      ? null
      : Object.assign(new Error(`ENOENT: no such directory in the listing, ${dir}`), { code: 'ENOENT' });
    process.nextTick(() => done(err, shown));
  };
  return (await globWith(root, globs, read)).filter((e) => !e.directory).map((e) => e.path);
}

/** The file system the walker sees: only `readdir`; links are never followed, so nothing else is asked for. */
function walkerFs(read: ReadDir): FileSystemAdapter {
  const refuse = () => {
    throw new Error('the glob walk asked for more than directory listings');
  };
  return {
    readdir: ((dir: string, _options: unknown, done: Parameters<ReadDir>[1]) => read(dir, done)) as never,
    readdirSync: refuse as never,
    realpath: refuse as never,
    realpathSync: refuse as never,
    stat: refuse as never,
    statSync: refuse as never,
  };
}
