// Reading the config file, which a pull request controls: it must resolve (through any links) to a
// path inside the real root, be a regular file, and fit the size cap, all checked before a byte is
// read. It is opened non-blocking and checked on the open handle, so a named pipe cannot hang the
// run and a file swapped between the checks is still the one measured.

import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';

export const MAX_CONFIG_BYTES = 1024 * 1024;

// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The config text, or undefined when there is no file at `absPath`. */
export async function readConfigText(absPath: string, displayPath: string, root: string): Promise<string | undefined> {
  const fail = (what: string) => new UsageError(`${displayPath}: ${what}`);
  const exists = await lstat(absPath).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return false;
      throw fail(`cannot read the config file (${err.code ?? err.message})`);
    },
  );
  if (!exists) return undefined;
  const real = await realpath(absPath).catch(() => {
    throw fail('the config file is a broken symbolic link');
  });
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  const rel = path.relative(realRoot, real);
  if (rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) {
    // Where it leads is not shown: that is outside information too.
    throw fail('the config file resolves to a path outside the repository root; it was not read');
  }
  const handle = await open(real, OPEN_FLAGS).catch((err: NodeJS.ErrnoException) => {
    throw fail(`cannot read the config file (${err.code ?? err.message})`);
  });
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw fail('the config file is not a regular file (it is a directory)');
    if (!st.isFile()) throw fail('the config file is not a regular file (a pipe, socket or device)');
    if (st.size > MAX_CONFIG_BYTES) throw fail(`the config file is ${mib(st.size)}, over the 1 MiB limit; it was not read`);
    // One byte more than allowed: a file that grew since the stat is noticed, not read to its end.
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_CONFIG_BYTES) throw fail('the config file is over the 1 MiB limit; it was not read');
    }
    return buf.toString('utf8', 0, length);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw fail(`cannot read the config file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function mib(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}
