// Where the launcher keeps V8's code cache, and the rules that make it safe to read: code from a
// cache file runs as the user, so a file anyone else could have written is never read.
//  - one directory per user in the temporary directory, created private (0700); used only when it
//    is a real directory (not a link), owned by this user and writable by nobody else;
//  - inside it one directory per build of the bundle (dist/cli/app/build.json, a hash of its files:
//    V8 itself checks only a source's length), Node version, platform and command (V8's cache is
//    tied to its version, and a command's cache holds the functions that command ran); the first
//    run of a new build removes the directories of other builds;
//  - files are written whole under a temporary name and renamed (concurrent runs read either the
//    old or the new file), owner-only; a file that cannot be read or written only costs speed.
// NODE_DISABLE_COMPILE_CACHE (Node's own switch for its compile cache) turns it off.
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CacheDir {
  dir: string;
}

/** A command name as a directory name: anything else (a flag, a typo, a path) shares one. */
const COMMAND = /^[a-z][a-z-]{0,23}$/;
const BUILD_ID = /^[0-9a-f]{16,64}$/;

/** The cache directory for this run of the bundle in `app`, or undefined: switched off, or not safe. */
export function openCacheDir(app: string, command: string | undefined, env: NodeJS.ProcessEnv): CacheDir | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const build = (JSON.parse(readFileSync(join(app, 'build.json'), 'utf8')) as { id?: unknown }).id;
    if (typeof build !== 'string' || !BUILD_ID.test(build)) return undefined;
    const uid = process.getuid?.();
    const root = join(tmpdir(), `cxone-contract-v8-cache-${uid ?? 'user'}`);
    if (!created(root)) {
      const stat = lstatSync(root);
      if (!stat.isDirectory()) return undefined;
      // Windows has no owners or modes here; its temporary directory is the user's own.
      if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o077) !== 0)) return undefined;
    }
    const key = `${process.version}-${process.platform}-${process.arch}`;
    const dir = join(root, `${build}-${key}-${COMMAND.test(command ?? '') ? command : 'other'}`);
    if (created(dir))
      for (const other of readdirSync(root))
        if (!other.startsWith(`${build}-`)) rmSync(join(root, other), { recursive: true, force: true });
    return { dir };
  } catch {
    return undefined;
  }
}

/** mkdir, owner-only, unless it is there: true when this call created it. (No EEXIST thrown and caught:
 * an exception costs about a millisecond, on every run.) */
function created(dir: string): boolean {
  if (lstatSync(dir, { throwIfNoEntry: false })) return false;
  mkdirSync(dir, { mode: 0o700 });
  return true;
}

export function readCache(cache: CacheDir, name: string): Buffer | undefined {
  try {
    return readFileSync(join(cache.dir, name));
  } catch {
    return undefined;
  }
}

/** Write `name` whole, and remove the caches of other versions of the same file (`<file>-<mtime>.v8`). */
export function writeCache(cache: CacheDir, name: string, data: Buffer): void {
  const file = join(cache.dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
    const stem = name.slice(0, name.lastIndexOf('-') + 1);
    for (const other of readdirSync(cache.dir))
      if (other !== name && other.startsWith(stem) && other.endsWith('.v8'))
        rmSync(join(cache.dir, other), { force: true });
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run writes it again.
    }
  }
}
