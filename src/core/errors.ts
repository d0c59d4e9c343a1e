// The two failures that are not findings, each with its own exit code (DESIGN.md):
// 2 = the user asked for something impossible (bad flag, bad config), 3 = the platform failed us.

export class UsageError extends Error {
  readonly exitCode = 2;
  override readonly name = 'UsageError';
}

export class PlatformError extends Error {
  readonly exitCode = 3;
  override readonly name = 'PlatformError';
}

export const EXIT = { ok: 0, findings: 1, usage: 2, platform: 3 } as const;

/** The exit code for any thrown value: ours carry one; anything else is a bug, reported as usage-level. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof UsageError || err instanceof PlatformError) return err.exitCode;
  return EXIT.usage;
}
