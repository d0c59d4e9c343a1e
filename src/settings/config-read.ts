// Reading the config file, which a pull request controls: through the bounded reader
// (src/core/bounded-read.ts): it must resolve (through any links) to a path inside the real root,
// be a regular file, and fit the size cap, all checked before a byte is read.

import { readBounded } from '../core/bounded-read.js';
import { UsageError } from '../core/errors.js';

export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The config text, or undefined when there is no file at `absPath`. */
export async function readConfigText(absPath: string, displayPath: string, root: string): Promise<string | undefined> {
  const bytes = await readBounded(absPath, {
    noun: 'the config file',
    maxBytes: MAX_CONFIG_BYTES,
    inside: root,
    fail: (what) => new UsageError(`${displayPath}: ${what}`),
  });
  return bytes?.toString('utf8');
}
