// The registry export may be a file the pull request planted in the checkout (issue 11): inside
// the root it must stay inside the real root, and anywhere it must be a regular file under the cap,
// checked before a byte is read; a parse error never quotes the file's content.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExportFile } from '../../src/baseline/index.js';
import { UsageError } from '../../src/core/errors.js';

const SECRET = 'OUTSIDE-VALUE-7f3e';
const EXPORT = JSON.stringify({ entities: [{ title: 'Outside', cxoneVersion: '1.0.0', description: SECRET }] });

async function dirs(): Promise<{ root: string; outside: string }> {
  const root = await mkdtemp(join(tmpdir(), 'cxc-export-root-'));
  const outside = await mkdtemp(join(tmpdir(), 'cxc-export-outside-'));
  return { root, outside };
}

async function refused(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UsageError);
  const message = (err as UsageError).message;
  expect(message).not.toContain(SECRET);
  return message;
}

describe('reading the registry export', () => {
  it('refuses a link in the root to a JSON file outside it', async () => {
    const { root, outside } = await dirs();
    await writeFile(join(outside, 'export.json'), EXPORT);
    await symlink(join(outside, 'export.json'), join(root, 'export.json'));
    const message = await refused(readExportFile(join(root, 'export.json'), { cwd: root, roots: [root] }));
    expect(message).toBe(
      'registry-export: export.json: the export file resolves to a path outside the repository root; it was not read',
    );
  });

  it('refuses a link in the root to /proc/self/environ, showing nothing of it', async () => {
    const { root } = await dirs();
    await symlink('/proc/self/environ', join(root, 'export.json'));
    const message = await refused(readExportFile(join(root, 'export.json'), { cwd: root, roots: [root] }));
    expect(message).toMatch(/outside the repository root/);
    expect(message).not.toMatch(/PATH=|HOME=|SHELL=/);
  });

  it('refuses a file under a linked directory that leaves the root', async () => {
    const { root, outside } = await dirs();
    await writeFile(join(outside, 'export.json'), EXPORT);
    await symlink(outside, join(root, 'baseline'));
    expect(await refused(readExportFile(join(root, 'baseline/export.json'), { cwd: root, roots: [root] }))).toMatch(
      /outside the repository root/,
    );
  });

  it('guards the workspace too, when the root is a sub-directory of it', async () => {
    const { root: ws, outside } = await dirs();
    await mkdir(join(ws, 'contracts'));
    await writeFile(join(outside, 'export.json'), EXPORT);
    await symlink(join(outside, 'export.json'), join(ws, 'export.json'));
    expect(
      await refused(readExportFile(join(ws, 'export.json'), { cwd: ws, roots: [join(ws, 'contracts'), ws] })),
    ).toMatch(/outside the repository root/);
  });

  it('reads a path the workflow names outside the roots (e.g. RUNNER_TEMP), and a link inside that stays inside', async () => {
    const { root, outside } = await dirs();
    await writeFile(join(outside, 'export.json'), EXPORT);
    const live = await readExportFile(join(outside, 'export.json'), { cwd: root, roots: [root] });
    expect([...live.schemas.keys()]).toEqual(['Outside']);
    await mkdir(join(root, 'baseline'));
    await writeFile(join(root, 'baseline/real.json'), EXPORT);
    await symlink('real.json', join(root, 'baseline/export.json'));
    expect((await readExportFile(join(root, 'baseline/export.json'), { cwd: root, roots: [root] })).schemas.size).toBe(
      1,
    );
  });

  it('does not wait on a named pipe', async () => {
    const { root } = await dirs();
    execFileSync('mkfifo', [join(root, 'export.json')]);
    expect(await refused(readExportFile(join(root, 'export.json'), { cwd: root, roots: [root] }))).toBe(
      'registry-export: export.json: the export file is not a regular file (a pipe, socket or device)',
    );
  });

  it('refuses a device (/dev/zero) named outside the roots, without reading it', async () => {
    const { root } = await dirs();
    expect(await refused(readExportFile('/dev/zero', { cwd: root, roots: [root] }))).toMatch(
      /is not a regular file \(a pipe, socket or device\)/,
    );
  });

  it('refuses a file over the cap from its size, before reading (a sparse file of 1 GiB)', async () => {
    const { root } = await dirs();
    await writeFile(join(root, 'export.json'), '');
    await truncate(join(root, 'export.json'), 1024 * 1024 * 1024);
    expect(await refused(readExportFile(join(root, 'export.json'), { cwd: root, roots: [root] }))).toBe(
      'registry-export: export.json: the export file is 1024 MiB, over the 256 MiB limit; it was not read',
    );
  });

  it('cuts off a file whose stat says 0 bytes (a /proc file) at the cap', async () => {
    const { root } = await dirs();
    // /proc/self/status is a few hundred bytes and stats as 0: with a tiny cap it is noticed, not read to the end.
    expect(await refused(readExportFile('/proc/self/status', { cwd: root, roots: [root], maxBytes: 16 }))).toMatch(
      /proc\/self\/status: the export file is over the 16 bytes limit; it was not read$/,
    );
  });

  it('gives a line and column for invalid JSON, never the text', async () => {
    const { root, outside } = await dirs();
    await writeFile(join(outside, 'environ'), `SHELL=/bin/bash\0${SECRET}=1\0`);
    const m1 = await refused(readExportFile(join(outside, 'environ'), { cwd: root, roots: [root] }));
    expect(m1).toMatch(/is not valid JSON \(line 1, column 1\)$/);
    expect(m1).not.toContain('SHELL');
    await writeFile(join(outside, 'broken.json'), `{\n  "entities": [\n    {"title": "${SECRET}"} x\n  ]\n}`);
    const m2 = await refused(readExportFile(join(outside, 'broken.json'), { cwd: root, roots: [root] }));
    expect(m2).toMatch(/is not valid JSON \(line 3, column 37\)$/);
  });
});
