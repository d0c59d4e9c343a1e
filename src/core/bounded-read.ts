// Reading a file a pull request may have planted (the config, a registry export in the checkout):
// it must resolve (through any links) to a path inside the real root when one guards it, be a
// regular file, and fit the size cap, all checked before a byte is read. It is opened
// non-blocking and checked on the open handle, so a named pipe cannot hang the run, a device
// (/dev/zero) is refused, and a file swapped between the checks is still the one measured. At
// most cap + 1 bytes are ever read: a /proc file (size 0 to stat) or a file that grew is cut off.
// Synchronous calls: each asynchronous one is a round trip through libuv's thread pool, and a check
// reads this file beside contracts it loads synchronously, so the trips waited for the loading and
// then for each other (about 10 ms of a small check). Non-blocking open keeps a pipe from hanging it.

import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isInside, realRoot } from './inside-root.js';
import { readProblem } from './paths.js';

// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface BoundedReadOptions {
  /** How the file is named in messages, e.g. "the config file". */
  noun: string;
  maxBytes: number;
  /** When set, the file's real path must lie inside this directory's real path. */
  inside?: string;
  /** Builds the error thrown for `what` went wrong (the caller prefixes where). */
  fail: (what: string) => Error;
  /**
   * Builds the error thrown when the file is there but cannot be read (permissions, a directory, a
   * loop of links): `problem` in words (src/core/paths.ts readProblem); the caller names the path
   * and what it was resolved against.
   */
  cannotRead: (problem: string) => Error;
}

/** The file's bytes, or undefined when there is nothing at `absPath`. */
export async function readBounded(absPath: string, o: BoundedReadOptions): Promise<Buffer | undefined> {
  const cannot = (err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    return o.cannotRead(code ? readProblem(code) : (err as Error).message);
  };
  try {
    lstatSync(absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw cannot(err);
  }
  let real: string;
  try {
    // .native, as the system resolves it: the JavaScript one drops `..` from a link's target as text.
    real = realpathSync.native(absPath);
  } catch {
    throw o.fail(`${o.noun} is a broken symbolic link`);
  }
  if (o.inside !== undefined && !isInside(realRoot(o.inside), real)) {
    // Where it leads is not shown: that is outside information too.
    throw o.fail(`${o.noun} resolves to a path outside the repository root; it was not read`);
  }
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (err) {
    throw cannot(err);
  }
  const limit = sizeText(o.maxBytes);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw o.cannotRead(readProblem('EISDIR'));
    if (!st.isFile()) throw o.fail(`${o.noun} is not a regular file (a pipe, socket or device)`);
    if (st.size > o.maxBytes)
      throw o.fail(`${o.noun} is ${sizeText(st.size)}, over the ${limit} limit; it was not read`);
    // Room for the stated size (or a little, for files whose stat says 0), plus one byte to notice more.
    let buf = Buffer.alloc(Math.min(o.maxBytes, Math.max(st.size, 64 * 1024)) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        const bigger = Buffer.alloc(Math.min(o.maxBytes + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const bytesRead = readSync(fd, buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > o.maxBytes) throw o.fail(`${o.noun} is over the ${limit} limit; it was not read`);
    }
    return buf.subarray(0, length);
  } catch (err) {
    if (!isSystemError(err)) throw err;
    throw cannot(err);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a descriptor we read from cannot lose data; nothing to report.
    }
  }
}

export function sizeText(n: number): string {
  const [unit, size] = n >= 1024 * 1024 ? ['MiB', 1024 * 1024] : n >= 1024 ? ['KiB', 1024] : ['bytes', 1];
  return `${(n / size).toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

function isSystemError(err: unknown): boolean {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string';
}
