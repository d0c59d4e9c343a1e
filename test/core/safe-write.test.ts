// Report, SARIF and audit files are never written through a link a pull request planted in the
// checkout (issue 11): inside a guarded root the directory must resolve inside it and the file
// must not be a link, a pipe or a second name of another file; outside every root it is written as before.
import { execFileSync } from 'node:child_process';
import { link, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { openAppendSafely, writeFileSafely } from '../../src/core/safe-write.js';

async function dirs(): Promise<{ root: string; outside: string; victim: string }> {
  const root = await mkdtemp(join(tmpdir(), 'cxc-write-root-'));
  const outside = await mkdtemp(join(tmpdir(), 'cxc-write-outside-'));
  const victim = join(outside, 'victim');
  await writeFile(victim, 'precious\n');
  return { root, outside, victim };
}

async function refused(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UsageError);
  return (err as UsageError).message;
}

describe('the safe writer', () => {
  it('refuses a target in the root that is a link to a file outside, leaving it untouched', async () => {
    const { root, victim } = await dirs();
    await symlink(victim, join(root, 'results.out'));
    const message = await refused(
      writeFileSafely({ file: join(root, 'results.out'), name: 'sarif-file', roots: [root] }, 'REPORT'),
    );
    expect(message).toMatch(/^sarif-file: .*results\.out is a symbolic link in the repository/);
    expect(message).not.toContain(victim);
    expect(await readFile(victim, 'utf8')).toBe('precious\n');
  });

  it("refuses a link even when it points inside the root (the link is the PR's, not the workflow's)", async () => {
    const { root } = await dirs();
    await writeFile(join(root, 'real.json'), 'x');
    await symlink('real.json', join(root, 'report.json'));
    await refused(writeFileSafely({ file: join(root, 'report.json'), name: 'report-file', roots: [root] }, 'REPORT'));
    expect(await readFile(join(root, 'real.json'), 'utf8')).toBe('x');
  });

  it('refuses a target under a linked directory that leaves the root, creating nothing outside', async () => {
    const { root, outside } = await dirs();
    await symlink(outside, join(root, 'out'));
    const message = await refused(
      writeFileSafely({ file: join(root, 'out/sub/report.json'), name: 'report-file', roots: [root] }, 'REPORT'),
    );
    expect(message).toMatch(/under a directory that is a symbolic link leading outside the repository root/);
    await expect(readFile(join(outside, 'sub/report.json'))).rejects.toThrow();
    execFileSync('test', ['!', '-e', join(outside, 'sub')]);
  });

  it('refuses a hard link to another file, and a named pipe, without blocking', async () => {
    const { root, victim } = await dirs();
    // Both under the same temp directory, so one filesystem: the link can be made.
    await link(victim, join(root, 'hard.out'));
    expect(
      await refused(writeFileSafely({ file: join(root, 'hard.out'), name: 'audit-file', roots: [root] }, 'X')),
    ).toMatch(/has another name \(a hard link\)/);
    expect(await readFile(victim, 'utf8')).toBe('precious\n');
    execFileSync('mkfifo', [join(root, 'fifo.out')]);
    expect(
      await refused(writeFileSafely({ file: join(root, 'fifo.out'), name: 'report-file', roots: [root] }, 'X')),
    ).toMatch(/not a regular file/);
  });

  it('creates missing directories inside the root and replaces a regular file', async () => {
    const { root } = await dirs();
    const file = join(root, 'reports/deep/report.json');
    await writeFileSafely({ file, name: 'report-file', roots: [root] }, 'first, longer text');
    await writeFileSafely({ file, name: 'report-file', roots: [root] }, 'second');
    expect(await readFile(file, 'utf8')).toBe('second');
  });

  it('follows a linked directory that stays inside the root', async () => {
    const { root } = await dirs();
    await mkdir(join(root, 'real-out'));
    await symlink('real-out', join(root, 'out'));
    await writeFileSafely({ file: join(root, 'out/report.json'), name: 'report-file', roots: [root] }, 'ok');
    expect(await readFile(join(root, 'real-out/report.json'), 'utf8')).toBe('ok');
  });

  it('writes a target outside every root as before, even through a link there (the workflow chose it)', async () => {
    const { root, outside, victim } = await dirs();
    await symlink(victim, join(outside, 'chosen'));
    await writeFileSafely({ file: join(outside, 'chosen'), name: 'report-file', roots: [root, undefined] }, 'REPORT');
    expect(await readFile(victim, 'utf8')).toBe('REPORT');
    await writeFileSafely({ file: join(outside, 'new/dir/r.json'), name: 'report-file', roots: [root] }, 'R');
    expect(await readFile(join(outside, 'new/dir/r.json'), 'utf8')).toBe('R');
  });

  it('appends records to a checked file, and refuses a planted link before the first byte', async () => {
    const { root, victim } = await dirs();
    const append = await openAppendSafely(
      { file: join(root, 'audit.jsonl'), name: 'audit-file', roots: [root] },
      'header\n',
    );
    append('one\n');
    append('two\n');
    expect(await readFile(join(root, 'audit.jsonl'), 'utf8')).toBe('header\none\ntwo\n');
    await symlink(victim, join(root, 'planted.jsonl'));
    await refused(
      openAppendSafely({ file: join(root, 'planted.jsonl'), name: 'audit-file', roots: [root] }, 'header\n'),
    );
    expect(await readFile(victim, 'utf8')).toBe('precious\n');
  });

  it('refuses a device or a pipe outside every root too: the report would reach the log unescaped', async () => {
    const { root } = await dirs();
    const fifo = join(await mkdtemp(join(tmpdir(), 'cxc-dev-')), 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const file of ['/dev/null', fifo]) {
      const err = await writeFileSafely({ file, name: 'report-file', roots: [root] }, 'R').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(
        /is a device or a pipe, not a file \(to print the report, use --format json\)/,
      );
    }
  });
});
