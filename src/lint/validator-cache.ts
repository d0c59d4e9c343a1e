// ajv's code for a user's schema, kept between runs of the bin: compiling is most of what a small
// check spends on ajv (the examples' three compiles, about 20 ms of a warm run: docs/benchmarks.md),
// and the same schemas are compiled again on every run. The bin (src/launcher/) passes the private
// directory of its own code cache; the action and the tests pass none, and compile as before.
//
// A file is a header line (a checksum of the rest, the key's length), the schema's exact JSON (the
// key) and ajv's standalone module for it (./validators.ts), named by two CRC-32s of the key (for
// keys of one length the second follows from the first: CRC is affine, so a name tells keys apart
// as 32 bits do, and a schema's author can make two share one); the whole key is compared when it
// is read, so a file is only ever used for the schema it was compiled from, and two schemas that
// share a name only cost compiles. The kept files of a directory are held to 2,048 and, with their
// code caches (below), 128 MB in all (the temporary directory is often memory; a code cache is
// written as its run ends, so it counts from the next run that keeps a file: until then the
// directory holds the code caches of the last such run beyond the bound): past either, the least
// recently used go first (a file read is touched), but never one this run has used: a repo whose
// schemas need more room keeps what fits and compiles the rest, instead of each run evicting what
// the next one needs. The first write of a run lists the directory once (and removes what killed
// runs left half-written); the run then keeps the tally.
//
// The directory is the launcher's (0700, its owner checked; files 0600, written whole and renamed),
// and code from it runs as the user, as V8's code cache does. The checksum guards against damage
// (a torn write, bit rot), not an attacker: damaged code could judge a schema wrongly without failing.
//
// The launcher also hands in its V8 code cache: a kept file's code is compiled through it, under
// `<file>-<CRC-32 of the code>.v8` (written by the launcher at the end of the run that compiled it,
// read by later ones), so a warm run deserialises each validator instead of parsing ajv's code
// again. Two codes can share that name (above): the launcher keeps the code in the file and uses
// V8's data only for that very code. That file goes with its kept file (evicted with it; one whose
// kept file is gone is removed).

import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The launcher's compile through its V8 code cache (src/launcher/index.cts): the script's value. */
export type CompileCached = (name: string, source: string, filename: string) => unknown;

let cacheDir: string | undefined;
let compileCached: CompileCached | undefined;
/**
 * The directory's kept files (name -> bytes with their code caches, least recently used first) and
 * the code caches of each, listed at the run's first write.
 */
let tally: { files: Map<string, number>; bytes: number; caches: Map<string, string[]> } | undefined;
/** The files this run has read or written: never evicted by it. */
let used = new Set<string>();
let limits = { maxFiles: 2048, maxBytes: 128 << 20 };

/**
 * The directory this run keeps validators in (the launcher's), or undefined: none kept. `bounds`:
 * how many files, and bytes in all, the directory holds (smaller in tests). `compile`: the
 * launcher's, to compile kept code through its V8 code cache.
 */
export function useValidatorCache(
  dir: string | undefined,
  bounds?: { maxFiles: number; maxBytes: number },
  compile?: CompileCached,
): void {
  cacheDir = dir;
  compileCached = dir === undefined ? undefined : compile;
  tally = undefined;
  used = new Set();
  limits = bounds ?? { maxFiles: 2048, maxBytes: 128 << 20 };
}

export const validatorCacheInUse = (): boolean => cacheDir !== undefined;

/**
 * Whether a new file may be kept: not once the files this run uses fill the room (none other to
 * evict). The caller then skips writing ajv's code out at all; keepValidatorCode checks again.
 */
export function validatorCacheHasRoom(): boolean {
  if (cacheDir === undefined) return false;
  if (tally === undefined) return true;
  const full = tally.files.size >= limits.maxFiles || tally.bytes >= limits.maxBytes;
  // (the files this run used are in the tally, but for one another run wrote after it was listed)
  return !full || tally.files.size > used.size;
}

/** Larger schemas are compiled every time: a kept file is read whole, and is some 20 times the schema. */
const MAX_KEY_CHARS = 256 << 10;
const MAX_FILE_CHARS = 8 << 20;

const PREFIX = 'validator-';
/** A surrogate not in a pair (in `u` mode a pair is one code point, not a surrogate). */
const LONE_SURROGATE = /\p{Cs}/u;
const SUFFIX = '.json';

const zlib = () => process.getBuiltinModule('node:zlib');
/** CRC-32 in hex (node:zlib, which the bin has loaded already). */
const crcHex = (text: string, seed?: number): string => zlib().crc32(text, seed).toString(16).padStart(8, '0');

/**
 * The key's file name: two CRC-32s of it (64 bits, but for keys of one length only 32 of them tell
 * keys apart: see the top of this file; a shared name costs compiles, never a wrong validator).
 */
function fileName(key: string): string {
  return `${PREFIX}${crcHex(key)}${crcHex(key, 0x9e3779b9)}${SUFFIX}`;
}

/** The code kept for `key`, or undefined: none kept, another schema's, damaged, or too large. */
export function keptValidatorCode(key: string): string | undefined {
  if (cacheDir === undefined || key.length > MAX_KEY_CHARS) return undefined;
  try {
    const name = fileName(key);
    const file = join(cacheDir, name);
    const text = readFileSync(file, 'utf8');
    if (text.length > MAX_FILE_CHARS) return undefined;
    const newline = text.indexOf('\n');
    const [sum, keyLength] = text.slice(0, newline).split(' ');
    const body = text.slice(newline + 1);
    if (newline < 1 || sum !== crcHex(body) || keyLength !== String(key.length)) return undefined;
    if (!body.startsWith(key)) return undefined;
    used.add(name);
    touch(file);
    const size = tally?.files.get(name);
    if (tally && size !== undefined) {
      tally.files.delete(name); // to the end: the most recently used
      tally.files.set(name, size);
    }
    return body.slice(key.length);
  } catch {
    return undefined; // absent or unreadable: compile
  }
}

/** A kept validator's code as CommonJS gets it: called with (require, module, exports). */
export type KeptModule = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void;

/**
 * The function of `code`, kept for `key`: through the launcher's V8 code cache when it handed one
 * in, named after the key's file and the code's checksum (another code under the same name is
 * another file), else compiled here. Run as ajv runs what it compiles: sloppy, in this realm.
 */
export function keptValidatorModule(key: string, code: string): KeptModule {
  if (cacheDir === undefined || compileCached === undefined)
    return new Function('require', 'module', 'exports', code) as KeptModule;
  const name = `${codeCacheStem(fileName(key))}${crcHex(code)}.v8`;
  const source = `(function (require, module, exports) {${code}\n})`;
  return compileCached(name, source, join(cacheDir, name.slice(0, -'.v8'.length) + '.js')) as KeptModule;
}

/** The code caches of kept file `name` are `<stem><CRC-32 of the code>.v8`. */
const codeCacheStem = (name: string): string => `${name.slice(0, -SUFFIX.length)}-`;

/** Keeps `code` for `key`: whether it is kept; a failure only costs the next run a compile. */
export function keepValidatorCode(key: string, code: string): boolean {
  if (cacheDir === undefined || key.length > MAX_KEY_CHARS) return false;
  const body = key + code;
  // A lone surrogate would be read back as U+FFFD under a matching checksum (both are over UTF-8):
  // ajv escapes them, and code that has one anyway is not kept.
  if (body.length > MAX_FILE_CHARS || LONE_SURROGATE.test(body)) return false;
  const text = `${crcHex(body)} ${key.length}\n${body}`;
  const name = fileName(key);
  const file = join(cacheDir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const kept = (tally ??= listKept(cacheDir));
    const size = Buffer.byteLength(text);
    forget(kept, name);
    const full = () => kept.files.size >= limits.maxFiles || kept.bytes + size > limits.maxBytes;
    if (full()) {
      for (const other of [...kept.files.keys()]) {
        if (used.has(other)) continue;
        for (const cache of [other, ...(kept.caches.get(other) ?? [])]) rmSync(join(cacheDir, cache), { force: true });
        forget(kept, other);
        if (!full()) break;
      }
      if (full()) return false; // what this run uses fills the room: this one is compiled each time
    }
    used.add(name);
    writeFileSync(temporary, text, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
    kept.files.set(name, size);
    kept.bytes += size;
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run compiles and writes it again.
    }
    return false;
  }
}

/** Marks `file` used now (the last to go); a file that cannot be touched is still good to use. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // (replaced or removed by another run meanwhile: its order only)
  }
}

function forget(kept: NonNullable<typeof tally>, name: string): void {
  const size = kept.files.get(name);
  if (size === undefined) return;
  kept.files.delete(name);
  kept.caches.delete(name);
  kept.bytes -= size;
}

/**
 * The kept files of `dir`, least recently used first, after removing the temporary files of writes that
 * never finished (a run killed while writing; a run writing now loses only its rename, and compiles
 * again next time).
 */
function listKept(dir: string): NonNullable<typeof tally> {
  const found: { name: string; size: number; written: number }[] = [];
  const codeCaches: { name: string; size: number }[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(PREFIX)) continue;
    const path = join(dir, name);
    if (name.endsWith('.tmp')) rmSync(path, { force: true });
    else if (name.endsWith(SUFFIX)) {
      const stat = statSync(path);
      found.push({ name, size: stat.size, written: stat.mtimeMs });
    } else if (name.endsWith('.v8')) codeCaches.push({ name, size: statSync(path).size });
  }
  found.sort((a, b) => a.written - b.written);
  const files = new Map(found.map((f) => [f.name, f.size]));
  const byStem = new Map(found.map((f) => [codeCacheStem(f.name), f.name]));
  const caches = new Map<string, string[]>();
  for (const c of codeCaches) {
    const owner = byStem.get(c.name.slice(0, c.name.lastIndexOf('-') + 1));
    if (owner === undefined) {
      rmSync(join(dir, c.name), { force: true }); // its kept file is gone
      continue;
    }
    files.set(owner, files.get(owner)! + c.size);
    caches.set(owner, [...(caches.get(owner) ?? []), c.name]);
  }
  let bytes = 0;
  for (const size of files.values()) bytes += size;
  return { files, bytes, caches };
}
