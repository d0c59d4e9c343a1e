// The git baseline's reading of a commit, on real repos: bounded like the working tree's
// contracts, hostile trees (paths that climb, links, oversized or broken files) kept out.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitBaseline } from '../../src/baseline/index.js';
import { resolveRevision } from '../../src/baseline/git-rev.js';
import { UsageError } from '../../src/core/errors.js';
import { commitFiles, git, gitRepo } from '../e2e/helpers.js';

const schema = (title: string, extra = '') =>
  `title: ${title}\ndescription: d\ncxoneVersion: 1.0.0\ntype: object\nadditionalProperties: false\nproperties: {}\n${extra}`;
const GLOBS = { schemaGlobs: ['cxone/schemas/**/*.yaml'], filterGlobs: ['cxone/filters/**/*.yaml'] };

describe('readGitBaseline', () => {
  it('reads the schemas and filters of a commit under the root, by title and name, with their paths at that commit', async () => {
    const { dir, first } = await gitRepo({
      'contracts/cxone/schemas/a.yaml': schema('A'),
      'contracts/cxone/filters/f.yaml': 'name: f\ndescription: d\nchannel: voice\nmatchers: []\n',
      'cxone/schemas/outside-root.yaml': schema('Outside'),
    });
    await commitFiles(dir, { 'contracts/cxone/schemas/a.yaml': null }, 'delete');
    const { live, skipped } = await readGitBaseline({ root: join(dir, 'contracts'), sha: first, ...GLOBS });
    expect(live.source).toBe(`git:${first}`);
    expect(live.repo).toBe(true);
    expect([...live.schemas.keys()]).toEqual(['A']);
    expect(live.schemas.get('A')).toMatchObject({ title: 'A', file: 'cxone/schemas/a.yaml', doc: { title: 'A' } });
    expect([...live.filters!.keys()]).toEqual(['f']);
    expect(live.groups).toBeUndefined();
    expect(skipped).toEqual([]);
  });

  it('skips what cannot serve (too large, broken, untitled) and says which; refuses more files or bytes than a run may read', async () => {
    const { dir, first } = await gitRepo({
      'cxone/schemas/big.yaml': schema('Big', `x-pad: "${'x'.repeat(2000)}"\n`),
      'cxone/schemas/broken.yaml': 'title: [unclosed\n',
      'cxone/schemas/untitled.yaml': 'type: object\n',
      'cxone/schemas/ok.yaml': schema('Ok'),
    });
    const { live, skipped } = await readGitBaseline({
      root: dir,
      sha: first,
      ...GLOBS,
      limits: { maxFileBytes: 1000 },
    });
    expect([...live.schemas.keys()]).toEqual(['Ok']);
    expect(skipped).toEqual([
      expect.stringMatching(/^cxone\/schemas\/big\.yaml \(\d+ bytes, over the 1000-byte limit of a contract file\)$/),
      expect.stringMatching(/^cxone\/schemas\/broken\.yaml \([a-z-]+\)$/),
      'cxone/schemas/untitled.yaml (no title)',
    ]);
    await expect(readGitBaseline({ root: dir, sha: first, ...GLOBS, maxNodes: 10 })).rejects.toThrow(
      /hold more than 10 YAML nodes/,
    );
    const { readTree } = await import('../../src/baseline/git-tree.js');
    await expect(
      readTree({ cwd: dir, sha: first, ...GLOBS, limits: { maxFileBytes: 1e6 }, maxFiles: 3 }),
    ).rejects.toThrow('more than 3 files there match the globs');
    await expect(
      readTree({ cwd: dir, sha: first, ...GLOBS, limits: { maxFileBytes: 1e6 }, maxTotalBytes: 100 }),
    ).rejects.toThrow(UsageError);
  });

  it('never reads a path that climbs out of the root or a link, whatever the globs match', async () => {
    const { dir } = await gitRepo({ 'keep.txt': '' });
    const evil = hashObject(dir, schema('Climbed'));
    const ok = hashObject(dir, schema('Ok'));
    const inner = mktree(dir, `100644 blob ${evil}\tevil.yaml\n`);
    // A tree git itself would refuse to check out: a directory named `..`, and a link whose target text is a schema.
    const link = hashObject(dir, schema('Linked'));
    const tree = mktree(
      dir,
      `040000 tree ${inner}\t..\n100644 blob ${ok}\tok.yaml\n120000 blob ${link}\tlinked.yaml\n`,
    );
    const sha = git(dir, 'commit-tree', tree, '-m', 'hostile');
    const { live } = await readGitBaseline({ root: dir, sha, schemaGlobs: ['../*.yaml', '*.yaml'], filterGlobs: [] });
    expect([...live.schemas.keys()]).toEqual(['Ok']);
  });
});

describe("a commit's own globs", () => {
  it('come from its config at the same path; a config there that cannot be read means the defaults, said in a note; a path that leaves the root names none', async () => {
    const { commitLayout } = await import('../../src/baseline/git-config.js');
    const { dir, first } = await gitRepo({
      'c/.cxone-contract.yml': 'schemas: ["x/**/*.yaml", "!x/drafts/**"]\n',
      'c/broken.yml': 'schemas: [unclosed\n',
      'c/dir.yml/inner': '',
    });
    const root = join(dir, 'c');
    expect(await commitLayout({ cwd: root, sha: first })).toEqual({
      globs: { schemaGlobs: ['x/**/*.yaml', '!x/drafts/**'], filterGlobs: ['cxone/filters/**/*.{yaml,yml,json}'] },
      rootExists: true,
      notes: [],
    });
    // Globs given as inputs win over the commit's config, as over the working tree's.
    expect((await commitLayout({ cwd: root, sha: first, given: { schemas: true, filters: false } })).globs).toEqual({
      schemaGlobs: [],
      filterGlobs: ['cxone/filters/**/*.{yaml,yml,json}'],
    });
    const broken = await commitLayout({ cwd: root, sha: first, configPath: 'broken.yml' });
    expect(broken.globs?.schemaGlobs).toEqual(['cxone/schemas/**/*.{yaml,yml,json}']);
    expect(broken.notes).toEqual([
      expect.stringMatching(/^broken\.yml at [0-9a-f]{12}:\d+: .*[^:]; its globs are the defaults$/),
    ]);
    expect((await commitLayout({ cwd: root, sha: first, configPath: 'dir.yml' })).notes).toEqual([
      'dir.yml at that commit is a tree: its globs are the defaults',
    ]);
    expect(await commitLayout({ cwd: root, sha: first, configPath: '../c/.cxone-contract.yml' })).toMatchObject({
      globs: { schemaGlobs: ['cxone/schemas/**/*.{yaml,yml,json}'] },
      notes: [],
    });
    expect(
      (
        await commitLayout({
          cwd: join(dir, 'c'),
          sha: await commitFiles(dir, {
            'c/.cxone-contract.yml': null,
            'c/broken.yml': null,
            'c/dir.yml/inner': null,
            'other.txt': '',
          }),
        })
      ).rootExists,
    ).toBe(false);
  });

  it("keeps a note quoting the commit's config on one line (a key with a newline and a command)", async () => {
    const { commitLayout } = await import('../../src/baseline/git-config.js');
    const { dir, first } = await gitRepo({ '.cxone-contract.yml': '"x\\n::error::forged": 1\n' });
    const { notes } = await commitLayout({ cwd: dir, sha: first });
    expect(notes).toHaveLength(1);
    expect(notes[0]).not.toMatch(/[\n\r]/);
    expect(notes[0]).toContain('x\\n::error::forged');
  });

  it('a negated glob excludes, as in the working tree, and either set of globs reads a file', async () => {
    const { dir, first } = await gitRepo({
      'x/a.yaml': schema('A'),
      'x/drafts/b.yaml': schema('B'),
      'y/c.yaml': schema('C'),
      'README.md': 'not a contract',
    });
    const { live } = await readGitBaseline({
      root: dir,
      sha: first,
      schemaGlobs: ['y/**/*.yaml'],
      filterGlobs: [],
      config: { configPath: 'none.yml' },
    });
    expect([...live.schemas.keys()]).toEqual(['C']);
    const tree = await (
      await import('../../src/baseline/git-tree.js')
    ).readTree({
      cwd: dir,
      sha: first,
      schemaGlobs: ['y/**/*.yaml'],
      filterGlobs: [],
      ownGlobs: { schemaGlobs: ['x/**/*.yaml', '!x/drafts/**'], filterGlobs: [] },
      limits: { maxFileBytes: 1e6 },
    });
    expect(tree.files.map((f) => f.file)).toEqual(['x/a.yaml', 'y/c.yaml']);
  });
});

describe('resolveRevision', () => {
  it('resolves names to the commit, refuses option-like and unknown revisions, and sees no commit before a root', async () => {
    const { dir, first } = await gitRepo({ 'a.txt': 'a' });
    const o = { cwd: dir, label: '--against', fetch: false };
    expect(await resolveRevision('main', o)).toEqual({ sha: first });
    expect(await resolveRevision(first.slice(0, 10).toUpperCase(), o)).toEqual({ sha: first });
    expect(await resolveRevision('main~1', o)).toEqual({
      none: `--against "main~1" is the parent of the root commit ${first.slice(0, 12)}: there is no earlier commit`,
    });
    await expect(resolveRevision('-h', o)).rejects.toThrow('--against: "-h" starts with "-"');
    await expect(resolveRevision('main:a.txt', o)).rejects.toThrow('is not a commit');
    await expect(resolveRevision('x'.repeat(300), o)).rejects.toThrow('longer than 256 characters');
  });
});

function hashObject(dir: string, text: string): string {
  const r = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: text, encoding: 'utf8' });
  return r.stdout.trim();
}

function mktree(dir: string, entries: string): string {
  const r = spawnSync('git', ['mktree'], { cwd: dir, input: entries, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe("git's words in a message", () => {
  it('keep one line and lose the credentials a remote URL may carry', async () => {
    const { firstLine } = await import('../../src/baseline/git-run.js');
    expect(
      firstLine("\nfatal: unable to access 'https://x-access-token:ghs_secret@github.com/acme/c.git/': 403\nmore"),
    ).toBe("fatal: unable to access 'https://***@github.com/acme/c.git/': 403");
  });
});
