// Reading the config file, which a pull request controls: through the bounded reader
// (src/core/bounded-read.ts): it must resolve (through any links) to a path inside the real root,
// be a regular file, and fit the size cap, all checked before a byte is read.

import { readBounded } from '../core/bounded-read.js';
import { UsageError } from '../core/errors.js';
import { describeGiven, type GivenPath } from '../core/paths.js';

export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The config text, or undefined when there is no file at `file`. */
export async function readConfigText(file: GivenPath, root: string): Promise<string | undefined> {
  const bytes = await readBounded(file.path, {
    noun: 'the config file',
    maxBytes: MAX_CONFIG_BYTES,
    inside: root,
    fail: (what) => new UsageError(`${file.given}: ${what}`),
    // A file that is there and cannot be read (permissions, a directory): where it was looked for.
    cannotRead: (problem) => new UsageError(`config: cannot read ${describeGiven(file)}: ${problem}`),
  });
  return bytes?.toString('utf8');
}
