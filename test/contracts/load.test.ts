// loadContracts on a real directory tree: globs, kinds, names, order, and files that cannot be read.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContracts, type LoadResult } from '../../src/contracts/index.js';

let root: string;
let outside: string;

async function put(rel: string, content: string | Uint8Array): Promise<void> {
  const abs = path.join(root, rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, content);
}

const schemaGlobs = ['cxone/schemas/**/*.{yaml,yml,json}'];
const filterGlobs = ['cxone/filters/**/*.yaml', 'cxone/shared/*.yaml'];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cxone-contracts-'));
  outside = await mkdtemp(path.join(tmpdir(), 'cxone-outside-'));
  await put('cxone/schemas/b-order.yaml', 'title: OrderPlaced\ntype: object\n');
  await put('cxone/schemas/a-customer.yml', 'title: ""\ntype: object\n'); // empty title -> base name
  await put('cxone/schemas/nested/deep/call.json', '{"title": "CallEnded", "type": "object"}\n');
  await put('cxone/schemas/.hidden.yaml', 'title: Hidden\n'); // dot files are not matched
  await put('cxone/filters/vip.yaml', 'name: vip-voice\nchannel: voice\n');
  await put('cxone/filters/no-name.yaml', 'channel: chat\n');
  await put('cxone/filters/notes.txt', 'not a contract\n');
  // Matched by a filter glob and (below) a schema glob: it is a schema.
  await put('cxone/shared/both.yaml', 'title: Both\nname: both-filter\n');
  await put('cxone/filters/broken.yaml', 'name: x\nname: y\n');
  await put('cxone/filters/bom.yaml', '\uFEFFname: with-bom\n');
  // A 20 MB file that takes no disk space (sparse) and must never be read.
  await put('cxone/schemas/huge.yaml', '');
  await truncate(path.join(root, 'cxone/schemas/huge.yaml'), 20 * 1024 * 1024);
  // A directory named like a contract, and a plain sub-directory (silently skipped).
  await mkdir(path.join(root, 'cxone/filters/dir.yaml'), { recursive: true });
  await mkdir(path.join(root, 'cxone/filters/sub'), { recursive: true });
  // Symbolic links: one inside the root (fine), one out of it, one broken, one to an outside folder.
  await writeFile(path.join(outside, 'secret.yaml'), 'name: stolen\n');
  await mkdir(path.join(outside, 'dir'));
  await writeFile(path.join(outside, 'dir', 'inner.yaml'), 'name: inner\n');
  await symlink('vip.yaml', path.join(root, 'cxone/filters/link-inside.yaml'));
  await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'cxone/filters/link-out.yaml'));
  await symlink(path.join(root, 'missing.yaml'), path.join(root, 'cxone/filters/link-broken.yaml'));
  await symlink(path.join(outside, 'dir'), path.join(root, 'cxone/filters/linked-dir'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('loadContracts', () => {
  let result: LoadResult;
  beforeAll(async () => {
    result = await loadContracts({ root, schemaGlobs: [...schemaGlobs, 'cxone/shared/both.yaml'], filterGlobs });
  });

  it('lists matched files relative to the root, sorted, without dot files', () => {
    expect(result.files).toEqual([
      'cxone/filters/bom.yaml',
      'cxone/filters/broken.yaml',
      'cxone/filters/dir.yaml',
      'cxone/filters/link-broken.yaml',
      'cxone/filters/link-inside.yaml',
      'cxone/filters/link-out.yaml',
      'cxone/filters/no-name.yaml',
      'cxone/filters/vip.yaml',
      'cxone/schemas/a-customer.yml',
      'cxone/schemas/b-order.yaml',
      'cxone/schemas/huge.yaml',
      'cxone/schemas/nested/deep/call.json',
      'cxone/shared/both.yaml',
    ]);
  });

  it('detects kinds and names', () => {
    const summary = result.contracts.map((c) => [c.file, c.kind, c.name]);
    expect(summary).toEqual([
      ['cxone/filters/bom.yaml', 'filter', 'with-bom'],
      ['cxone/filters/link-inside.yaml', 'filter', 'vip-voice'],
      ['cxone/filters/no-name.yaml', 'filter', 'no-name'],
      ['cxone/filters/vip.yaml', 'filter', 'vip-voice'],
      ['cxone/schemas/a-customer.yml', 'schema', 'a-customer'],
      ['cxone/schemas/b-order.yaml', 'schema', 'OrderPlaced'],
      ['cxone/schemas/nested/deep/call.json', 'schema', 'CallEnded'],
      ['cxone/shared/both.yaml', 'schema', 'Both'],
    ]);
  });

  it('turns every unusable file into one located finding', () => {
    const byFile = Object.fromEntries(result.findings.map((f) => [f.file, f]));
    expect(Object.keys(byFile).sort()).toEqual([
      'cxone/filters/bom.yaml',
      'cxone/filters/broken.yaml',
      'cxone/filters/dir.yaml',
      'cxone/filters/link-broken.yaml',
      'cxone/filters/link-out.yaml',
      'cxone/schemas/huge.yaml',
    ]);
    expect(byFile['cxone/filters/bom.yaml']).toMatchObject({ rule: 'file-bom', severity: 'warning', line: 1 });
    expect(byFile['cxone/filters/broken.yaml']).toMatchObject({ rule: 'yaml-duplicate-key', line: 2, column: 1 });
    expect(byFile['cxone/schemas/huge.yaml']).toMatchObject({ rule: 'file-too-large', severity: 'error', line: 1 });
    expect(byFile['cxone/schemas/huge.yaml']?.message).toMatch(/20 MiB, over the 2 MiB limit/);
    expect(byFile['cxone/filters/dir.yaml']).toMatchObject({
      rule: 'file-unreadable',
      line: 1,
      message: 'cannot read file: it is a directory',
    });
    expect(byFile['cxone/filters/link-out.yaml']).toMatchObject({ rule: 'file-unreadable', line: 1 });
    expect(byFile['cxone/filters/link-out.yaml']?.message).toMatch(/outside the repository root/);
    expect(byFile['cxone/filters/link-broken.yaml']?.message).toMatch(/broken symbolic link/);
  });

  it('honours limits passed in', async () => {
    const r = await loadContracts({
      root,
      schemaGlobs: ['cxone/schemas/b-order.yaml'],
      filterGlobs: [],
      limits: { maxFileBytes: 10 },
    });
    expect(r.contracts).toEqual([]);
    expect(r.findings).toMatchObject([{ rule: 'file-too-large', file: 'cxone/schemas/b-order.yaml' }]);
  });

  it('returns nothing for globs that match nothing', async () => {
    expect(await loadContracts({ root, schemaGlobs: ['none/**/*.yaml'], filterGlobs: [] })).toEqual({
      contracts: [],
      findings: [],
      files: [],
    });
  });

  it('reports a named pipe instead of blocking on it', async () => {
    const fifo = path.join(root, 'pipes/p.yaml');
    await mkdir(path.dirname(fifo), { recursive: true });
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this platform
    }
    const r = await loadContracts({ root, schemaGlobs: ['pipes/*.yaml'], filterGlobs: [] });
    expect(r.findings).toMatchObject([{ rule: 'file-unreadable', file: 'pipes/p.yaml', line: 1 }]);
    expect(r.findings[0]?.message).toMatch(/not a regular file/);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('reports permission denied', async () => {
    await put('locked/l.yaml', 'title: L\n');
    await chmod(path.join(root, 'locked/l.yaml'), 0o000);
    const r = await loadContracts({ root, schemaGlobs: ['locked/*.yaml'], filterGlobs: [] });
    expect(r.findings).toMatchObject([
      { rule: 'file-unreadable', file: 'locked/l.yaml', message: 'cannot read file: permission denied' },
    ]);
  });
});
