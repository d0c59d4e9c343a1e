// The one rule for what a path is relative to (src/core/paths.ts): the repository directory for
// GitHub and SARIF, locations that never climb out with `..`, and how a given path is named in errors.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeGiven,
  repoBaseOf,
  repoLocation,
  resolveGiven,
  rootPrefix,
  sarifArtifactLocation,
  shownPath,
} from '../../src/core/paths.js';
import { tempRepo } from '../e2e/helpers.js';

describe('the repository directory', () => {
  it('is the top of the git repository holding root (a .git directory, or a .git file as in a worktree)', async () => {
    const ws = await tempRepo({ 'a/b/c/x': '' });
    await mkdir(join(ws, 'a/.git'));
    expect(await repoBaseOf(join(ws, 'a/b/c'), ws)).toBe(join(ws, 'a'));
    await writeFile(join(ws, 'a/b/.git'), 'gitdir: /elsewhere\n');
    expect(await repoBaseOf(join(ws, 'a/b/c'), ws)).toBe(join(ws, 'a/b'));
  });

  it("in the action, a git repository above the workspace is not the checkout's (a self-hosted runner's home)", async () => {
    const home = await tempRepo({ 'ws/sub/x': '' });
    await mkdir(join(home, '.git'));
    const ws = join(home, 'ws');
    // The CLI's current directory may be anywhere inside the repository: it climbs.
    expect(await repoBaseOf(join(ws, 'sub'), ws)).toBe(home);
    // The action's workspace is the checkout: it stops there, and without git the workspace is the base.
    expect(await repoBaseOf(join(ws, 'sub'), ws, ws)).toBe(ws);
    await mkdir(join(ws, 'sub/.git'));
    expect(await repoBaseOf(join(ws, 'sub'), ws, ws)).toBe(join(ws, 'sub'));
  });

  it('without git, the workspace when it holds root, else root itself', async () => {
    const ws = await tempRepo({ 'sub/x': '' });
    const other = await tempRepo({ x: '' });
    expect(await repoBaseOf(join(ws, 'sub'), ws)).toBe(ws);
    expect(await repoBaseOf(other, ws)).toBe(other);
    expect(await repoBaseOf(join(ws, 'sub'), undefined)).toBe(join(ws, 'sub'));
  });
});

describe('repository locations', () => {
  const repo = { root: '/ws/sub', base: '/ws' };

  it('a finding file is a repository path, percent-encoded as a SARIF URI on %SRCROOT%', () => {
    const loc = repoLocation('cxone/schemas/a b#1 %ä?.yaml', repo);
    expect(loc).toEqual({ relative: 'sub/cxone/schemas/a b#1 %ä?.yaml' });
    expect(sarifArtifactLocation(loc)).toEqual({
      uri: 'sub/cxone/schemas/a%20b%231%20%25%C3%A4%3F.yaml',
      uriBaseId: '%SRCROOT%',
    });
    // A first segment with `:` is no scheme.
    expect(sarifArtifactLocation(repoLocation('c:x.yaml', { root: '/ws', base: '/ws' })).uri).toBe('c%3Ax.yaml');
  });

  it('never climbs out: a file outside the repository is an absolute file URI without a base id', () => {
    for (const file of ['../../etc/x #.yaml', '/etc/x #.yaml']) {
      const loc = repoLocation(file, repo);
      expect(loc).toEqual({ absolute: '/etc/x #.yaml' });
      expect(sarifArtifactLocation(loc)).toEqual({ uri: 'file:///etc/x%20%23.yaml' });
    }
    // `..` that stays inside is resolved away.
    expect(repoLocation('cxone/../cxone/a.yaml', repo)).toEqual({ relative: 'sub/cxone/a.yaml' });
  });

  it('the root as a repository path: its prefix, empty when they are one', () => {
    expect(rootPrefix(repo)).toBe('sub');
    expect(rootPrefix({ root: '/ws', base: '/ws' })).toBe('');
    expect(rootPrefix(undefined)).toBe('');
  });
});

describe('given paths', () => {
  it('are shown relative to where they were resolved when inside it, else absolute', () => {
    expect(shownPath(resolveGiven('x/e.json', '/ws', 'the workspace'))).toBe('x/e.json');
    expect(shownPath(resolveGiven('../tmp/e.json', '/ws', 'the workspace'))).toBe('/tmp/e.json');
    expect(shownPath(resolveGiven('/tmp/e.json', '/ws', 'the workspace'))).toBe('/tmp/e.json');
  });

  it('are named in errors by the absolute path and what it was resolved against, escaped and bounded', () => {
    expect(describeGiven(resolveGiven('x/e.json', '/ws', 'the workspace'))).toBe(
      '/ws/x/e.json (from "x/e.json", relative to the workspace /ws)',
    );
    expect(describeGiven(resolveGiven('/tmp/e.json', '/ws', 'the workspace'))).toBe('/tmp/e.json');
    const hostile = describeGiven(resolveGiven('a\n::error::x\u001b[2J', '/ws', 'the current directory'));
    expect(hostile).toBe(
      '/ws/a\\n::error::x\\u001b[2J (from "a\\n::error::x\\u001b[2J", relative to the current directory /ws)',
    );
    const long = describeGiven(resolveGiven(`${'d/'.repeat(5000)}e.json`, '/ws', 'the workspace'));
    expect(long.length).toBeLessThan(700);
    expect(long).toContain('…');
    expect(long).toMatch(/e\.json", relative to the workspace \/ws\)$/);
  });
});
