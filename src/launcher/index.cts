#!/usr/bin/env node
// The bin (dist/cli/index.js): runs the bundled CLI (dist/cli/app/, CommonJS chunks) through V8's
// code cache. Most of a small check's start is V8 compiling the ~2 MB of JavaScript it needs
// (docs/benchmarks.md). V8 can serialise the code it compiled, including every function compiled
// while the command ran, and a later run deserialises that instead of compiling. Node's own cache
// (module.enableCompileCache, 22.1+) serialises a module right after compiling it, before any of
// its functions ran, and Node 20 has none: hence this file. CommonJS (dist/cli/package.json), so
// Node needs no ES module loader for the bin; builtins only, as it is copied to dist/, not bundled
// (scripts/bundle.mjs).
//
// Where the cache lives, and the rules that make it safe to read: code from a cache file runs as
// the user, so a file anyone else could have written is never read.
//  - one directory per user in the temporary directory, created private (0700); used only when it
//    is a real directory (not a link), owned by this user and open to nobody else, and when no one
//    else can rename it away and put another in its place: every directory above it (the temporary
//    directory's real path) belongs to root or this user, and one others may write to is sticky;
//  - inside it one directory per build of the bundle (dist/cli/app/build.json, a hash of its files:
//    V8 itself checks only a source's length), Node version, platform and command (V8's cache is
//    tied to its version, and a command's cache holds the functions that command ran); the first
//    run of a new build removes the directories of other builds;
//  - files are written whole under a temporary name and renamed (concurrent runs read the old file
//    or the new one), owner-only; a file that cannot be read or written only costs speed;
//  - each file starts with a checksum (CRC-32) of its name and V8's data, checked before V8 sees the
//    data: V8 checks a header (version, flags, the source's length), not the bytes after it, and a
//    damaged file (bit rot, a disk that lied) would crash the process on every run. The directory is
//    the user's own, so this guards against damage, not an attacker: CRC-32 catches every burst of up
//    to 32 bits and all but one in 4 billion other damage, and node:zlib loads in a fraction of the
//    time node:crypto takes (about 2.5 ms against 4);
//  - a file of code the app compiles (compileCached: the validators it keeps) also holds that code,
//    compared whole before V8 sees the data: its name is a checksum of what the app compiled, which
//    a schema's author can choose to share (a bundle file's name is the build's own).
// NODE_DISABLE_COMPILE_CACHE (Node's own switch for its compile cache) turns it off.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS by design (above) */
import fs = require('node:fs');
import nodeModule = require('node:module');
import os = require('node:os');
import path = require('node:path');
import vm = require('node:vm');
import zlib = require('node:zlib');
/* eslint-enable @typescript-eslint/no-require-imports */

const APP = path.join(__dirname, 'app');
/** A command name as a directory name: anything else (a flag, a typo, a path) shares one. */
const COMMAND = /^[a-z][a-z-]{0,23}$/;
const BUILD_ID = /^[0-9a-f]{16,64}$/;

/** The cache directory for this run, or undefined: switched off, or not safe to use. */
function openCacheDir(command: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const build = (JSON.parse(fs.readFileSync(path.join(APP, 'build.json'), 'utf8')) as { id?: unknown }).id;
    if (typeof build !== 'string' || !BUILD_ID.test(build)) return undefined;
    const uid = process.getuid?.();
    const tmp = uid === undefined ? os.tmpdir() : fs.realpathSync.native(os.tmpdir());
    if (uid !== undefined && !onlyOursToRename(tmp, uid)) return undefined;
    const root = path.join(tmp, `cxone-contract-v8-cache-${uid ?? 'user'}`);
    if (!created(root)) {
      const stat = fs.lstatSync(root);
      if (!stat.isDirectory()) return undefined;
      // Windows has no owners or modes here; its temporary directory is the user's own.
      if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o077) !== 0)) return undefined;
    }
    const key = `${process.version}-${process.platform}-${process.arch}`;
    const dir = path.join(root, `${build}-${key}-${COMMAND.test(command ?? '') ? command : 'other'}`);
    if (created(dir))
      for (const other of fs.readdirSync(root))
        if (!other.startsWith(`${build}-`)) fs.rmSync(path.join(root, other), { recursive: true, force: true });
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Whether only root and `uid` can rename or replace what is in `dir` and in each directory above it:
 * each belongs to one of them, and one that group or others may write to has the sticky bit. Else
 * another user could swap the cache directory for theirs after it was checked, while the run reads it.
 */
function onlyOursToRename(dir: string, uid: number): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    const stat = fs.statSync(d);
    if (stat.uid !== 0 && stat.uid !== uid) return false;
    if ((stat.mode & 0o022) !== 0 && (stat.mode & 0o1000) === 0) return false;
    if (path.dirname(d) === d) return true;
  }
}

/**
 * mkdir, owner-only, unless it is there: true when this call created it. (No EEXIST thrown and
 * caught: an exception costs about a millisecond, on every run.)
 */
function created(dir: string): boolean {
  if (fs.lstatSync(dir, { throwIfNoEntry: false })) return false;
  fs.mkdirSync(dir, { mode: 0o700 });
  return true;
}

/** The checksum of a cache file (see the top of this file): CRC-32 of its name and V8's data, 4 bytes. */
const DIGEST_BYTES = 4;
function digest(name: string, data: Buffer): Buffer {
  const sum = Buffer.alloc(DIGEST_BYTES);
  sum.writeUInt32BE(zlib.crc32(data, zlib.crc32(`${name}\0`)));
  return sum;
}

/** V8's data of `name`, or undefined: absent, unreadable, or not the bytes that were written. */
function readCache(dir: string, name: string): Buffer | undefined {
  try {
    const bytes = readIntoScratch(path.join(dir, name));
    const data = bytes.subarray(DIGEST_BYTES);
    return bytes.length > DIGEST_BYTES && digest(name, data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One buffer for the cache files, read in turn: V8 reads a file's data while the script is built and
 * keeps none of it, and a fresh buffer for each (1.3 MB for a check) costs more than reading it.
 */
let scratch = Buffer.allocUnsafe(0);

/** The whole file, in `scratch` (valid until the next call). */
function readIntoScratch(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > scratch.length) scratch = Buffer.allocUnsafe(Math.max(size, 512 << 10));
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, scratch, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return scratch.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Write `name` whole, and remove the caches of other versions of the same file (`<file>-<mtime>.v8`)
 * and what runs killed while writing left (`<name>.<pid>.tmp`: a writer still at work only loses
 * its rename, as this file is in place).
 */
function writeCache(dir: string, name: string, data: Buffer): void {
  const file = path.join(dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([digest(name, data), data]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temporary, file);
    const stem = name.slice(0, name.lastIndexOf('-') + 1);
    for (const other of fs.readdirSync(dir))
      if (other !== name && other.startsWith(stem) && (other.endsWith('.v8') || other.endsWith('.tmp')))
        fs.rmSync(path.join(dir, other), { force: true });
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run writes it again.
    }
  }
}

const cacheDir = openCacheDir(process.argv[2], process.env);
const nodeRequire = nodeModule.createRequire(path.join(APP, 'index.cjs'));
/** The scripts compiled without an accepted cache: serialised at exit, with what the run compiled. */
const fresh: { script: vm.Script; name: string; source?: string }[] = [];
const loaded = new Map<string, { exports: unknown }>();

/**
 * One file of the bundle as CommonJS: the entry and the chunks it requires as `./N.index.cjs.js`.
 * Everything else the bundle requires is a Node builtin.
 */
function load(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const filename = path.join(APP, file);
  // Read as UTF-8 straight into a string (no buffer between): the bundle is ASCII (scripts/bundle.mjs),
  // so V8 makes it a one-byte string.
  const source = fs.readFileSync(filename, 'utf8');
  // The directory is the build's; the file's modification time tells a file edited in place.
  const name = cacheDir && `${file}-${Math.trunc(fs.statSync(filename).mtimeMs)}.v8`;
  const cachedData = cacheDir && name ? readCache(cacheDir, name) : undefined;
  // The wrapper Node gives a CommonJS module, on the source's first line: line numbers stay true.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  if (name && (!cachedData || script.cachedDataRejected)) fresh.push({ script, name });
  const module = { exports: {} };
  loaded.set(file, module);
  const appRequire = (id: string): unknown => (id.startsWith('./') ? load(id.slice(2)) : nodeRequire(id));
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, appRequire, module, filename, APP);
  return module.exports;
}

if (cacheDir)
  process.once('exit', () => {
    for (const { script, name, source } of fresh)
      writeCache(cacheDir, name, withSource(source, script.createCachedData()));
  });

/** A plain file name of the cache directory, `<stem>-<version>.v8` (the version part replaces older ones). */
const APP_CACHE_NAME = /^[A-Za-z0-9_.-]+-[A-Za-z0-9_.]+\.v8$/;

/**
 * Code the app compiles that is not in the bundle (the validators it keeps in the cache directory,
 * src/lint/validator-cache.ts), through the same code cache: the script's value. `name` is its
 * cache file's; a name that is not a plain `<stem>-<version>.v8` is compiled without a cache.
 *
 * Unlike a bundle file's, such a file holds its source too, and V8's data is used only for that
 * very source: V8 checks no more than the source's length, and the app names these files after
 * checksums of what it compiles (CRC-32s of a schema and of ajv's code for it), which the author of
 * a schema can make two different schemas share. V8 running one validator's code for another's
 * source would judge events by the wrong schema.
 */
function compileCached(name: string, source: string, filename: string): unknown {
  const usable = cacheDir !== undefined && APP_CACHE_NAME.test(name);
  const cachedData = usable ? dataOfSource(readCache(cacheDir, name), source) : undefined;
  const script = new vm.Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
  if (usable && (!cachedData || script.cachedDataRejected)) fresh.push({ script, name, source });
  return script.runInThisContext();
}

/** A cache file's content for `source` (compileCached): the source's UTF-8 length (4 bytes), the source, V8's data. */
function withSource(source: string | undefined, data: Buffer): Buffer {
  if (source === undefined) return data;
  const text = Buffer.from(source, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(text.length);
  return Buffer.concat([length, text, data]);
}

/** V8's data in `content` (withSource) when it was written for exactly `source`; else undefined. */
function dataOfSource(content: Buffer | undefined, source: string): Buffer | undefined {
  if (content === undefined || content.length < 4) return undefined;
  const end = 4 + content.readUInt32BE(0);
  if (end >= content.length || content.toString('utf8', 4, end) !== source) return undefined;
  return content.subarray(end);
}

type RunCli = (o: { cacheDir?: string; compileCached?: typeof compileCached }) => Promise<void>;

// runCli sets the exit code and reports its own errors: nothing to wait for here.
// The cache directory goes to the app as well: it keeps the validators it compiles there, and
// compiles them through this code cache (src/lint/validator-cache.ts).
// (and the bundle's entry need not work out whether it is the process's: src/cli.ts, isEntry)
(globalThis as Record<symbol, unknown>)[Symbol.for('cxone-contract.launched')] = true;
void (load('index.cjs') as { runCli: RunCli }).runCli(cacheDir ? { cacheDir, compileCached } : {});
