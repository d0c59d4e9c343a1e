// Shared by the settings tests: a config-bearing temp repo, and "this rejects with a usage error".

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { UsageError } from '../../src/core/errors.js';

/** A temp repo with `dirs` created and, when given, `.cxone-contract.yml` holding `config`. */
export async function configRepo(config: string | undefined, dirs: string[] = ['cxone']): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-settings-'));
  for (const d of dirs) await mkdir(join(dir, d), { recursive: true });
  if (config !== undefined) await writeFile(join(dir, '.cxone-contract.yml'), config);
  return dir;
}

/** The UsageError (exit 2) that `p` rejects with; fails the test when it resolves or throws anything else. */
export async function usageError(p: Promise<unknown>): Promise<UsageError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UsageError);
  expect((err as UsageError).exitCode).toBe(2);
  return err as UsageError;
}
