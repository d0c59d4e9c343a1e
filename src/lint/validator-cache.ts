// ajv's code for a user's schema, kept between runs of the bin: compiling is most of what a small
// check spends on ajv (the examples' three compiles, about 20 ms of a warm run: docs/benchmarks.md),
// and the same schemas are compiled again on every run. The bin (src/launcher/) passes the private
// directory of its own code cache; the action and the tests pass none, and compile as before.
//
// A file is the schema's exact JSON (the key) and ajv's standalone module for it (./validators.ts),
// under a checksum. Files are named by a slot, a hash of the key cut to SLOTS values, so the
// directory holds at most SLOTS of them however many versions of a schema a user checks; a slot
// taken by another schema is a miss, and the compile overwrites it. The whole key is compared: a
// file is only ever used for the schema it was compiled from.
//
// The directory is the launcher's (0700, its owner checked; files 0600, written whole and renamed),
// and code from it runs as the user, as V8's code cache does. The checksum guards against damage
// (a torn write, bit rot), not an attacker: damaged code could judge a schema wrongly without failing.

import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let cacheDir: string | undefined;

/** The directory this run keeps validators in (the launcher's), or undefined: none kept. */
export function useValidatorCache(dir: string | undefined): void {
  cacheDir = dir;
}

export const validatorCacheInUse = (): boolean => cacheDir !== undefined;

const SLOTS = 1024;
/** Larger schemas and code are compiled every time: a cache file is read whole. */
const MAX_KEY_CHARS = 1 << 20;
const MAX_FILE_BYTES = 8 << 20;

/** CRC-32 in hex (node:zlib, which the bin has loaded already). */
const checksum = (text: string): string =>
  process.getBuiltinModule('node:zlib').crc32(text).toString(16).padStart(8, '0');

function slotFile(dir: string, key: string): string {
  return join(
    dir,
    `validator-${(process.getBuiltinModule('node:zlib').crc32(key) % SLOTS).toString(16).padStart(3, '0')}.json`,
  );
}

/** The code kept for `key`, or undefined: none kept, another schema's, damaged, or too large. */
export function keptValidatorCode(key: string): string | undefined {
  if (cacheDir === undefined || key.length > MAX_KEY_CHARS) return undefined;
  try {
    const text = readFileSync(slotFile(cacheDir, key), 'utf8');
    if (text.length > MAX_FILE_BYTES) return undefined;
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline < 1 || text.slice(0, newline) !== checksum(body)) return undefined;
    const kept: unknown = JSON.parse(body);
    if (!Array.isArray(kept) || kept[0] !== key || typeof kept[1] !== 'string') return undefined;
    return kept[1];
  } catch {
    return undefined; // absent or unreadable: compile
  }
}

/** Keeps `code` for `key`; a failure only costs the next run a compile. */
export function keepValidatorCode(key: string, code: string): void {
  if (cacheDir === undefined || key.length > MAX_KEY_CHARS) return;
  const body = JSON.stringify([key, code]);
  if (body.length > MAX_FILE_BYTES) return;
  const file = slotFile(cacheDir, key);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${checksum(body)}\n${body}`, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run compiles and writes it again.
    }
  }
}
