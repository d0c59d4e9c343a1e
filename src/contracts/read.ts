// Reading one contract file from disk, bounded: stat before reading (a 20 GB file is never
// pulled into memory), and open non-blocking so a named pipe matching a glob cannot hang us.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../core/finding.js';
import { readProblem } from '../core/paths.js';
import { defineRules, finding } from '../core/rule.js';

export const fileRules = defineRules({
  fileTooLarge: {
    id: 'file-too-large',
    raisedBy: () => tooLarge,
    test: 'test/contracts/load.test.ts',
    severity: 'error',
    summary: 'The file is larger than the configured limit.',
    doc:
      'Event schemas and filters are small (a few KB to a few hundred KB). A file past the limit ' +
      '(2 MiB by default) is almost certainly generated output, a data dump or a committed mistake, ' +
      'and parsing it would cost every run time and memory. It is not read at all.',
    fix: 'Split the contract, remove the large file from the contract globs, or raise the limit in the config if it is genuine.',
  },
  fileUnreadable: {
    id: 'file-unreadable',
    raisedBy: () => unreadable,
    test: 'test/contracts/load.test.ts',
    severity: 'error',
    summary: 'A file matched by the contract globs cannot be read.',
    doc:
      'The path matched a schema or filter glob but is not a readable regular file: permission ' +
      'denied, a directory named like a contract file, a named pipe or device, a broken symbolic ' +
      'link, or a path whose real location is outside the repository root (a linked file, or a file ' +
      'under a linked directory): such a file is never read, so none of its content can reach the ' +
      'output. It cannot be checked, so it is reported rather than silently skipped.',
    fix: 'Make the path a regular, readable file inside the repository, or exclude it from the globs.',
  },
  runBudgetExceeded: {
    id: 'run-budget-exceeded',
    raisedBy: () => overBudget,
    test: 'test/contracts/budgets.test.ts',
    severity: 'error',
    summary: 'The contract files of this run together exceed the run budget; this file was not checked.',
    doc:
      'One run reads at most 128 MiB of contract files and parses at most 5,000,000 YAML nodes in all, ' +
      'in file order. Real repos stay far below (a contract is a few KB and a few hundred nodes); many ' +
      'large files under every per-file limit would otherwise cost minutes. Each file past the budget ' +
      'is reported here, unread, so the run fails rather than passing files it never checked, and ' +
      'the files before it are checked as usual.',
    fix: 'Remove the bulk files from the contract globs (generated data, dumps), or split the repo into several runs with narrower globs.',
  },
});

export function overBudget(file: string, what: string): Finding {
  return finding(fileRules.runBudgetExceeded, { file, line: 1, column: 1, message: `not checked: ${what}` });
}

export function tooLarge(file: string, size: number, max: number): Finding {
  return finding(fileRules.fileTooLarge, {
    file,
    line: 1,
    column: 1,
    message: `file is ${formatBytes(size)}, over the ${formatBytes(max)} limit; it was not parsed`,
  });
}

export function unreadable(file: string, reason: string): Finding {
  return finding(fileRules.fileUnreadable, { file, line: 1, column: 1, message: `cannot read file: ${reason}` });
}

export function describeFsError(err: unknown): string {
  // Discovery found the file a moment ago: missing now is deleted since, or a dangling link.
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    return 'it does not exist (deleted while running, or a broken symbolic link)';
  return readProblem(err);
}

export type ReadResult = { bytes: Uint8Array } | { finding: Finding };

// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function readBounded(absPath: string, file: string, maxBytes: number): Promise<ReadResult> {
  return readBoundedSync(absPath, file, maxBytes);
}

/**
 * Synchronous on purpose: contract files are small and local, and a sync open/fstat/read/close is
 * a fraction of the promise machinery of four async calls (measured on the 2,000-file corpus:
 * docs/benchmarks.md). A FIFO cannot block it (O_NONBLOCK, then fstat refuses it).
 */
function readBoundedSync(absPath: string, file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(absPath, OPEN_FLAGS);
  } catch (err) {
    return { finding: unreadable(file, describeFsError(err)) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { finding: unreadable(file, 'it is a directory') };
    if (!st.isFile()) return { finding: unreadable(file, 'it is not a regular file (a pipe, socket or device)') };
    if (st.size > maxBytes) return { finding: tooLarge(file, st.size, maxBytes) };
    // +1 so a file that grew since stat is noticed without a second read call in the usual case.
    let buf = Buffer.allocUnsafe(st.size + 1);
    let length = 0;
    for (;;) {
      const wanted = buf.length - length;
      const bytesRead = readSync(fd, buf, length, wanted, null);
      length += bytesRead;
      if (length > maxBytes) return { finding: tooLarge(file, length, maxBytes) };
      if (bytesRead < wanted) break; // a short read of a regular file is its end: saves an extra call
      if (length === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
    }
    return { bytes: buf.subarray(0, length) };
  } catch (err) {
    return { finding: unreadable(file, describeFsError(err)) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do: the bytes (or the finding) stand
    }
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${n} bytes`;
}
