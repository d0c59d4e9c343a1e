// The one writer of the files a run leaves behind (report, SARIF, audit). A pull request can commit
// a symbolic link where a report goes (`results.out -> /outside/victim`) or a linked directory
// above it; writing through either would overwrite a file outside the checkout. So a target inside
// a guarded root (the repo root, the workspace) is written only when every directory above it
// resolves inside that root's real path (missing ones are created there, one by one) and the file
// itself is not a link (O_NOFOLLOW), not a pipe or device, and has no second name (a hard link).
// A target outside every root (RUNNER_TEMP, the action's default) is the workflow's choice and is
// written as before.

import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { lstat, mkdir, open, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';
import { guardingRoot, isInside, realRoot } from './inside-root.js';

export interface WriteTarget {
  file: string;
  /** The input or flag that named the file, for messages (`sarif-file`, `--report-file`). */
  name: string;
  /** Directories a pull request may control; undefined entries are skipped. */
  roots: readonly (string | undefined)[];
}

const { O_WRONLY, O_CREAT, O_APPEND } = constants;
// No link at the last component; a FIFO without a reader fails (ENXIO) instead of blocking.
const NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Write `text` to the target (created or replaced). */
export async function writeFileSafely(target: WriteTarget, text: string): Promise<void> {
  const real = await checkedTarget(target);
  if (real === undefined) {
    await refuseDevice(target);
    await mkdir(path.dirname(target.file), { recursive: true });
    await writeFile(target.file, text);
    return;
  }
  const handle = await open(real, O_WRONLY | O_CREAT | NO_FOLLOW, 0o644).catch((err: NodeJS.ErrnoException) => {
    throw refusalFor(err, target) ?? err;
  });
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw refuse(target, 'is not a regular file');
    if (st.nlink > 1) throw refuse(target, 'has another name (a hard link)');
    // Truncated only now that it is known to be ours: O_TRUNC at open would have emptied a hard-linked file.
    await handle.truncate(0);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/**
 * Outside every root the path is the workflow's, but a device or a pipe (`/dev/stdout`) would put
 * the report, unescaped, into the log: the log has one way in (src/core/log-safe.ts).
 */
async function refuseDevice(target: WriteTarget): Promise<void> {
  const st = await stat(target.file).catch(() => undefined);
  if (st && !st.isFile()) {
    const what = st.isDirectory()
      ? 'is a directory'
      : 'is a device or a pipe, not a file (to print the report, use --format json)';
    throw new UsageError(`${target.name}: ${target.file} ${what}; it was not written`);
  }
}

/**
 * Start the target with `first` and return an appender that adds to it synchronously, one call
 * per record (a kill loses no record already written). Each append reopens the checked real path
 * without following a link.
 */
export async function openAppendSafely(target: WriteTarget, first: string): Promise<(text: string) => void> {
  await writeFileSafely(target, first);
  const real = await checkedTarget(target);
  return (text) => {
    const fd = openSync(real ?? target.file, O_WRONLY | O_APPEND | (real !== undefined ? NO_FOLLOW : 0));
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  };
}

/**
 * The path to open for a guarded target (its directory resolved, created inside the root where
 * missing), or undefined when no root guards it. Throws a UsageError when the target leaves.
 */
async function checkedTarget(target: WriteTarget): Promise<string | undefined> {
  const abs = path.resolve(target.file);
  const root = guardingRoot(target.roots, abs);
  if (root === undefined) return undefined;
  const real = realRoot(root);
  const parts = path
    .relative(path.resolve(root), path.dirname(abs))
    .split(path.sep)
    .filter((p) => p !== '');
  let dir = real;
  for (const part of parts) {
    const next = path.join(dir, part);
    const st = await lstat(next).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
    if (st === undefined) {
      await mkdir(next).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EEXIST') throw err;
      });
      dir = next;
      continue;
    }
    const resolved = st.isSymbolicLink() ? await realpath(next).catch(() => undefined) : next;
    // Where a link leads is not shown: that is outside information.
    if (resolved === undefined || !isInside(real, resolved))
      throw refuse(target, 'is under a directory that is a symbolic link leading outside the repository root');
    dir = resolved;
  }
  const file = path.join(dir, path.basename(abs));
  const st = await lstat(file).catch(() => undefined);
  if (st?.isSymbolicLink())
    throw refuse(target, 'is a symbolic link in the repository; a report is never written through a link');
  return file;
}

function refusalFor(err: NodeJS.ErrnoException, target: WriteTarget): UsageError | undefined {
  if (err.code === 'ELOOP')
    return refuse(target, 'is a symbolic link in the repository; a report is never written through a link');
  if (err.code === 'ENXIO') return refuse(target, 'is not a regular file (a pipe with no reader)');
  return undefined;
}

function refuse(target: WriteTarget, why: string): UsageError {
  return new UsageError(
    `${target.name}: ${target.file} ${why}; it was not written (choose a path outside the checkout, e.g. under RUNNER_TEMP, or remove the link)`,
  );
}
