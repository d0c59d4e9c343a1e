// The formats each command prints (checked before anything is read, so a refused format costs no
// request and writes no file). The help text (src/cli-help.ts) lists them from the same table.

import { UsageError } from './core/errors.js';
import { escapeControl } from './core/log-safe.js';
import type { Format } from './settings/types.js';

/** `a, b or c` (`and` likewise): the lists of words the messages and the help name. */
export function wordList(words: readonly string[], conjunction: 'or' | 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)!}`;
}

/**
 * The formats each command prints. The command line never prints workflow commands (its output is
 * made inert for the runner, src/core/log-safe.ts), so `github` is the action's alone; SARIF is for
 * findings placed on repo files (check, drift), not for a deploy's or an export's result.
 */
export const COMMAND_FORMATS = {
  check: ['text', 'json', 'sarif'],
  diff: ['text', 'json'],
  deploy: ['text', 'json'],
  drift: ['text', 'json', 'sarif'],
  export: ['text', 'json'],
  rules: ['text', 'json'],
} as const satisfies Record<string, readonly Format[]>;

type FormatCommand = keyof typeof COMMAND_FORMATS;

/**
 * The `--format` of `command`, checked before anything is read: a format the command does not print
 * is a usage error.
 */
export function commandFormat<C extends FormatCommand>(
  command: C,
  value: string | undefined,
): (typeof COMMAND_FORMATS)[C][number] {
  const allowed: readonly string[] = COMMAND_FORMATS[command];
  const v = value?.trim() ?? '';
  if (v === '') return 'text';
  if (allowed.includes(v)) return v as (typeof COMMAND_FORMATS)[C][number];
  const use = `${command} prints ${wordList(allowed, 'or')}`;
  if (v === 'github') {
    const sarif = allowed.includes('sarif')
      ? '; for annotations from a run: step, upload --format sarif with github/codeql-action/upload-sarif'
      : '';
    throw new UsageError(
      `--format github is the action's format (annotations, job summary and PR comment: uses: cxone-contract/cxone-contract); on the command line ${use}${sarif}`,
    );
  }
  if (v === 'sarif')
    throw new UsageError(
      `--format sarif is not available for ${command}: SARIF holds findings on repo files (check, drift); ${use}`,
    );
  throw new UsageError(`--format: "${escapeControl(v)}" is not one of ${allowed.join(', ')} (for ${command})`);
}
