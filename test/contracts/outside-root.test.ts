// Nothing outside the root is read (issue 11, item 3): every matched path is resolved to its real
// path and refused when that lies outside the real root, and the number of files is bounded.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { loadContracts } from '../../src/contracts/index.js';
import { discover } from '../../src/contracts/discover.js';
import { MAX_FILES_PER_RUN } from '../../src/contracts/limits.js';

const SECRET = 'OUTSIDE-VALUE-7f3a';
const schemaGlobs = ['cxone/schemas/**/*.{yaml,yml,json}'];
const filterGlobs = ['cxone/filters/**/*.yaml'];

async function put(root: string, rel: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), content);
}

let outside: string;
beforeAll(async () => {
  outside = await mkdtemp(path.join(tmpdir(), 'cxc-outside-'));
  // A valid contract whose values must never show: title, description and a pattern.
  await put(outside, 'secret.yaml', `title: ${SECRET}\ndescription: ${SECRET}\ntype: object\n`);
  await put(outside, 'sub/deep.yaml', `title: ${SECRET}\ntype: [\n`); // broken: a syntax error would quote it
});

async function repo(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'cxc-root-'));
}

function refusedOnly(r: Awaited<ReturnType<typeof loadContracts>>, files: string[]): void {
  expect(JSON.stringify(r)).not.toContain(SECRET);
  expect(r.contracts.filter((c) => files.includes(c.file))).toEqual([]);
  for (const file of files) {
    const f = r.findings.find((x) => x.file === file);
    expect(f, file).toMatchObject({ rule: 'file-unreadable', severity: 'error', line: 1, column: 1 });
    expect(f?.message).toMatch(/outside the repository root/);
  }
}

describe('paths that resolve outside the root', () => {
  it('refuses files under a symlinked schemas directory', async () => {
    const root = await repo();
    await mkdir(path.join(root, 'cxone'));
    await symlink(outside, path.join(root, 'cxone/schemas'));
    await put(root, 'cxone/filters/ok.yaml', 'name: ok\nchannel: voice\n');
    const r = await loadContracts({ root, schemaGlobs, filterGlobs });
    refusedOnly(r, ['cxone/schemas/secret.yaml']);
    expect(r.contracts.map((c) => c.file)).toEqual(['cxone/filters/ok.yaml']);
  });

  it('refuses files under a symlinked directory deeper in the tree', async () => {
    const root = await repo();
    await put(root, 'cxone/schemas/in.yaml', 'title: In\ntype: object\n');
    await symlink(outside, path.join(root, 'cxone/schemas/linked'));
    // A glob naming the linked folder explicitly is walked through it by the glob library.
    const r = await loadContracts({
      root,
      schemaGlobs: ['cxone/schemas/linked/**/*.yaml', ...schemaGlobs],
      filterGlobs: [],
    });
    refusedOnly(r, ['cxone/schemas/linked/secret.yaml', 'cxone/schemas/linked/sub/deep.yaml']);
    expect(r.contracts.map((c) => c.file)).toEqual(['cxone/schemas/in.yaml']);
  });

  it('refuses a symlinked file, and one reached through a chain of links', async () => {
    const root = await repo();
    await put(root, 'cxone/schemas/in.yaml', 'title: In\ntype: object\n');
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'cxone/schemas/link.yaml'));
    await symlink(path.join(root, 'cxone/schemas/link.yaml'), path.join(root, 'cxone/schemas/chain.yaml'));
    const r = await loadContracts({ root, schemaGlobs, filterGlobs: [] });
    refusedOnly(r, ['cxone/schemas/chain.yaml', 'cxone/schemas/link.yaml']);
  });

  it('refuses what an absolute or `..` glob matches, when one reaches the stage directly', async () => {
    const root = await repo();
    const rel = path.relative(root, outside).split(path.sep).join('/');
    const r = await loadContracts({ root, schemaGlobs: [`${outside}/*.yaml`], filterGlobs: [`${rel}/sub/*.yaml`] });
    expect(JSON.stringify(r)).not.toContain(SECRET);
    expect(r.contracts).toEqual([]);
    expect(r.findings).toHaveLength(2);
    for (const f of r.findings)
      expect(f).toMatchObject({
        rule: 'file-unreadable',
        message: 'cannot read file: it is outside the repository root',
      });
  });

  it('accepts links whose target is inside the root', async () => {
    const root = await repo();
    await put(root, 'shared/real.yaml', 'title: Real\ntype: object\n');
    await mkdir(path.join(root, 'cxone/schemas'), { recursive: true });
    await symlink(path.join(root, 'shared/real.yaml'), path.join(root, 'cxone/schemas/alias.yaml'));
    await symlink(path.join(root, 'shared'), path.join(root, 'cxone/schemas/shared'));
    const r = await loadContracts({
      root,
      schemaGlobs: ['cxone/schemas/*.yaml', 'cxone/schemas/shared/*.yaml'],
      filterGlobs: [],
    });
    expect(r.findings).toEqual([]);
    expect(r.contracts.map((c) => [c.file, c.name])).toEqual([
      ['cxone/schemas/alias.yaml', 'Real'],
      ['cxone/schemas/shared/real.yaml', 'Real'],
    ]);
  });

  it('works when the root itself is given as a symbolic link', async () => {
    const real = await repo();
    await put(real, 'cxone/schemas/a.yaml', 'title: A\ntype: object\n');
    await symlink(path.join(real, 'cxone/schemas/a.yaml'), path.join(real, 'cxone/schemas/b.yaml'));
    const link = path.join(await repo(), 'root-link');
    await symlink(real, link);
    const r = await loadContracts({ root: link, schemaGlobs, filterGlobs: [] });
    expect(r.findings).toEqual([]);
    expect(r.contracts.map((c) => c.file)).toEqual(['cxone/schemas/a.yaml', 'cxone/schemas/b.yaml']);
  });
});

describe('files per run', () => {
  it(`is capped (${MAX_FILES_PER_RUN} by default): past the cap the run stops with a usage error`, async () => {
    const root = await repo();
    for (let i = 0; i < 6; i++) await put(root, `cxone/schemas/s${i}.yaml`, `title: S${i}\n`);
    await put(root, 'cxone/filters/f.yaml', 'name: f\n');
    expect(await discover(root, schemaGlobs, filterGlobs, 7)).toHaveLength(7);
    const err = await discover(root, schemaGlobs, filterGlobs, 6).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/match more than 6 files/);
  });

  it('counts a file matched by both globs once', async () => {
    const root = await repo();
    await put(root, 'c/a.yaml', 'title: A\n');
    await put(root, 'c/b.yaml', 'title: B\n');
    expect(await discover(root, ['c/*.yaml'], ['c/*.yaml'], 2)).toHaveLength(2);
  });

  it('stops a real run past the default cap', async () => {
    const root = await repo();
    const dir = path.join(root, 'cxone/schemas');
    await mkdir(dir, { recursive: true });
    for (let i = 0; i <= MAX_FILES_PER_RUN; i++) await writeFile(path.join(dir, `s${i}.yaml`), '');
    await expect(loadContracts({ root, schemaGlobs, filterGlobs })).rejects.toThrow(UsageError);
  }, 60_000);
});

describe('listing at once and streaming', () => {
  it('find the same files: a tree whose folders hold more entries than the cap is streamed', async () => {
    const root = await repo();
    for (let i = 0; i < 3; i++) await put(root, `cxone/schemas/s${i}.yaml`, `title: S${i}\n`);
    for (let i = 0; i < 20; i++) await put(root, `cxone/schemas/notes${i}.txt`, 'not a contract\n');
    await put(root, 'cxone/schemas/dir.yaml/x.txt', 'a folder named like a contract\n');
    const atOnce = await discover(root, schemaGlobs, filterGlobs);
    const streamed = await discover(root, schemaGlobs, filterGlobs, 4);
    expect(atOnce.map((c) => [c.file, c.problem])).toEqual([
      ['cxone/schemas/dir.yaml', 'it is a directory'],
      ['cxone/schemas/s0.yaml', undefined],
      ['cxone/schemas/s1.yaml', undefined],
      ['cxone/schemas/s2.yaml', undefined],
    ]);
    expect(streamed).toEqual(atOnce);
  });
});
