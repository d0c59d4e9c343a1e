// The failures that are not findings, each with its own exit code (docs/architecture.md, "Exit codes"):
// 2 = the user asked for something impossible (bad flag, bad config, credentials or scopes the
// platform refuses), 3 = the platform failed us (unreachable, 5xx, timeouts),
// 4 = cxone-contract itself failed (a bug): never reported as "you configured it wrong".

import { escapedShort } from './log-safe.js';

export class UsageError extends Error {
  readonly exitCode = 2;
  override readonly name = 'UsageError';
}

export class PlatformError extends Error {
  /** 3, or 2 where the platform refused our configuration (credentials, a scope): no retry fixes that. */
  readonly exitCode: 2 | 3;
  override readonly name = 'PlatformError';

  constructor(message: string, options: { configuration?: boolean } = {}) {
    super(message);
    this.exitCode = options.configuration ? 2 : 3;
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2, platform: 3, bug: 4 } as const;

/**
 * The exit code for any thrown value: ours carry one; an error of the operating system (a file
 * that cannot be written, a full disk) is the environment's, reported like configuration;
 * anything else is a bug.
 */
export function exitCodeOf(err: unknown): number {
  if (err instanceof UsageError || err instanceof PlatformError) return err.exitCode;
  if (isSystemError(err)) return EXIT.usage;
  return EXIT.bug;
}

/** Longest failure line; Node's own messages quote a path whole (ENAMETOOLONG on a 100 KB --report-file). */
const MAX_LINE = 2000;

/** The one line that reports `err`: its message, or for a bug, that it is one and of which version. */
export function failureLine(err: unknown, version: string): string {
  // Messages quote what the user gave (a flag, an input, a file's words): one line, nothing a
  // terminal or the runner would act on, wherever the message was made.
  const message = escapedShort(err instanceof Error ? err.message : String(err), MAX_LINE, 1500);
  if (exitCodeOf(err) !== EXIT.bug) return message;
  const name = err instanceof Error && err.name !== 'Error' ? `${err.name}: ` : '';
  return `internal error in cxone-contract ${version} (a bug, not a problem with your contracts or configuration; please report it with this line): ${name}${message}`;
}

function isSystemError(err: unknown): boolean {
  const e = err as NodeJS.ErrnoException | null;
  return e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string';
}
